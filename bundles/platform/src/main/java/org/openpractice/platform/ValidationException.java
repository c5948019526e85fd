package org.openpractice.platform;

import java.util.Map;

/** Input that breaks a domain rule; every offending field carries its own message. */
public class ValidationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ValidationException(Map<String, String> fields) {
        super(Kind.INVALID, "validation_failed", "Some fields are not valid", fields);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }
}
