package org.openpractice.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B password rules: at least 12 characters, at most 128, no composition rules, not a commonly used
 * or breached password from the bundled list, not the login e-mail.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Answers null when the password is acceptable, otherwise a message for the user. */
    public static String problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "is too common; choose a password that is not on lists of breached passwords";
        }
        if (password.codePoints().distinct().count() < 4) {
            return "repeats too few characters; choose a longer phrase";
        }
        if (email != null && (lower.equals(email.strip().toLowerCase(Locale.ROOT))
                || lower.equals(email.strip().toLowerCase(Locale.ROOT).split("@")[0]))) {
            return "must not be your e-mail address";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the common password list", e);
        }
        return Set.copyOf(words);
    }
}
