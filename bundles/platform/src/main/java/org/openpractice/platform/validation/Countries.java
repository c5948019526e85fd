package org.openpractice.platform.validation;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, the form every country column (CHAR(2)) holds. */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** The trimmed, upper-cased code, or null when blank. */
    public static String normalise(String code) {
        String trimmed = Text.trimToNull(code);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    /** Answers null when {@code code} is an assigned alpha-2 code (any case), otherwise a message for the user. */
    public static String problem(String code) {
        String normalised = normalise(code);
        return normalised != null && CODES.contains(normalised) ? null
                : "must be a two-letter country code such as US";
    }
}
