package org.openpractice.contacts.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Text;

/** Query parameters read as text and converted here, so a bad value is a 400 naming the parameter, not a 404. */
final class RestParams {
    private RestParams() {
    }

    static int integer(Errors errors, String field, String value, int fallback) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return fallback;
        }
    }

    static boolean bool(Errors errors, String field, String value) {
        String v = Text.trimToNull(value);
        if (v == null || "false".equalsIgnoreCase(v)) {
            return false;
        }
        if ("true".equalsIgnoreCase(v)) {
            return true;
        }
        errors.add(field, "must be true or false");
        return false;
    }

    static <E extends Enum<E>> E enumValue(Errors errors, String field, String value, Class<E> type) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    static LocalDate date(Errors errors, String field, String value) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date such as 2026-03-31");
            return null;
        }
    }
}
