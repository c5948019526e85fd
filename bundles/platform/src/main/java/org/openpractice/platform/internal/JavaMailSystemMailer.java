package org.openpractice.platform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.openpractice.platform.mail.MailException;
import org.openpractice.platform.mail.SystemMailer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends system mail with JavaMail, or writes it to a folder as .eml files when no SMTP server is configured. */
@Component(service = SystemMailer.class, configurationPid = "org.openpractice.mail",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MailConfig.class)
public class JavaMailSystemMailer implements SystemMailer {
    private final Logger logger = LoggerFactory.getLogger(JavaMailSystemMailer.class);
    private final MailConfig config;
    private final Session session;

    @Activate
    public JavaMailSystemMailer(MailConfig config) {
        this.config = config;
        this.session = session(config);
    }

    @Override
    public void send(String to, String subject, String body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JavaMail finds its providers through the context class loader; inside a bundle that must be its own.
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(Date.from(Instant.now()));
            message.saveChanges();
            if ("smtp".equalsIgnoreCase(config.mode())) {
                Transport.send(message);
                logger.info("System mail sent via SMTP");
            } else {
                Path file = writeFile(message);
                logger.info("System mail written to {}", file.getFileName());
            }
        } catch (MessagingException | IOException e) {
            throw new MailException("The message could not be sent: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Path writeFile(MimeMessage message) throws IOException, MessagingException {
        Path dir = directory();
        Files.createDirectories(dir);
        Path file = dir.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            message.writeTo(out);
        }
        Files.move(tmp, file);
        return file;
    }

    Path directory() {
        if (!config.directory().isBlank()) {
            return Path.of(config.directory());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "mail");
    }

    private static Session session(MailConfig config) {
        Properties props = new Properties();
        String protocol = config.smtp_ssl() ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", config.smtp_host());
        props.put("mail." + protocol + ".port", String.valueOf(config.smtp_port()));
        props.put("mail." + protocol + ".connectiontimeout", String.valueOf(config.timeout_ms()));
        props.put("mail." + protocol + ".timeout", String.valueOf(config.timeout_ms()));
        props.put("mail." + protocol + ".writetimeout", String.valueOf(config.timeout_ms()));
        props.put("mail.smtp.starttls.enable", String.valueOf(config.smtp_starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(config.smtp_starttls()));
        boolean auth = !config.smtp_user().isBlank();
        props.put("mail." + protocol + ".auth", String.valueOf(auth));
        if (!auth) {
            return Session.getInstance(props);
        }
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.smtp_user(), config.smtp_password());
            }
        });
    }
}
