package org.openpractice.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.mail.internet.MimeMessage;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

public class JavaMailSystemMailerTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    static MailConfig config(String mode, String dir, int port) {
        return new MailConfig() {
            @Override public Class<? extends Annotation> annotationType() { return MailConfig.class; }
            @Override public String mode() { return mode; }
            @Override public String directory() { return dir; }
            @Override public String from() { return "OpenPractice <no-reply@practice.test>"; }
            @Override public String smtp_host() { return "127.0.0.1"; }
            @Override public int smtp_port() { return port; }
            @Override public boolean smtp_starttls() { return false; }
            @Override public boolean smtp_ssl() { return false; }
            @Override public String smtp_user() { return ""; }
            @Override public String smtp_password() { return ""; }
            @Override public int timeout_ms() { return 5000; }
        };
    }

    @Test
    public void fileModeWritesAnEmlFile() throws Exception {
        Path dir = folder.newFolder("mail").toPath();
        new JavaMailSystemMailer(config("file", dir.toString(), 0)).send("dana@example.org", "Welcome", "Hello Dana");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.collect(Collectors.toList());
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        String eml = Files.readString(files.get(0));
        assertTrue(eml.contains("To: dana@example.org"));
        assertTrue(eml.contains("Subject: Welcome"));
    }

    @Test
    public void smtpModeDeliversToARealServer() throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            int port = greenMail.getSmtp().getPort();
            new JavaMailSystemMailer(config("smtp", "", port)).send("lee@example.org", "Reset", "Your link");
            assertTrue(greenMail.waitForIncomingEmail(5000, 1));
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertEquals("Reset", received.getSubject());
            assertEquals("lee@example.org", received.getAllRecipients()[0].toString());
        } finally {
            greenMail.stop();
        }
    }
}
