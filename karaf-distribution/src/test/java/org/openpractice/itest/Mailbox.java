package org.openpractice.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the .eml files the server's system mailer writes in file mode (the default). */
public final class Mailbox {
    private Mailbox() {
    }

    /**
     * The token after {@code path} (e.g. "/invitation/") in the newest such link mailed to {@code email}; waits up to
     * five seconds for the mail to be written.
     */
    public static String token(Path mailDir, String email, String path) throws IOException, InterruptedException {
        return find(mailDir, email, path).group(2);
    }

    /** The whole newest link with {@code path} mailed to {@code email}, as a member would click it. */
    public static String link(Path mailDir, String email, String path) throws IOException, InterruptedException {
        return find(mailDir, email, path).group();
    }

    private static Matcher find(Path mailDir, String email, String path) throws IOException, InterruptedException {
        Pattern link = Pattern.compile("(https?://[^\\s\"<>]*?)" + Pattern.quote(path) + "([A-Za-z0-9_-]{20,})");
        for (int attempt = 0; attempt < 50; attempt++) {
            if (Files.isDirectory(mailDir)) {
                List<Path> files;
                try (Stream<Path> all = Files.list(mailDir)) {
                    files = all.filter(p -> p.getFileName().toString().endsWith(".eml"))
                            .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
                }
                for (Path file : files) {
                    // undo quoted-printable soft line breaks, should the body have been encoded that way
                    String message = Files.readString(file, StandardCharsets.UTF_8).replaceAll("=\r?\n", "");
                    Matcher m = link.matcher(message);
                    if (message.contains("To: " + email) && m.find()) {
                        return m;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + path + " link mailed to " + email + " in " + mailDir);
    }
}
