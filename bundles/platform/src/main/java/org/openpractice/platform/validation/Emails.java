package org.openpractice.platform.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail address syntax (a practical subset of RFC 5322 that mail servers accept). */
public final class Emails {
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private Emails() {
    }

    public static String problem(String email) {
        if (email == null || email.length() > 254 || !ADDRESS.matcher(email.strip()).matches()
                || email.strip().startsWith(".") || email.contains("..")) {
            return "is not a valid e-mail address";
        }
        return null;
    }

    /** Lower-cased and trimmed, the form stored and compared. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
