package org.openpractice.platform.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.openpractice.platform.ValidationException;

/** Collects per-field messages while a request is checked, then fails once with all of them. */
public final class Errors {
    private final Map<String, String> fields = new LinkedHashMap<>();

    public Errors add(String field, String message) {
        fields.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Trims the value; records "is required" and returns null when it is blank. */
    public String required(String field, String value) {
        String trimmed = Text.trimToNull(value);
        if (trimmed == null) {
            add(field, "is required");
        }
        return trimmed;
    }

    /** Trims the value and records a message when it is longer than {@code max}. */
    public String maxLength(String field, String value, int max) {
        String trimmed = Text.trimToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Runs a check that answers null when the value is fine or a message when it is not. */
    public <T> T check(String field, T value, Function<T, String> rule) {
        if (value != null) {
            String message = rule.apply(value);
            if (message != null) {
                add(field, message);
            }
        }
        return value;
    }

    public void throwIfAny() {
        if (!fields.isEmpty()) {
            throw new ValidationException(fields);
        }
    }
}
