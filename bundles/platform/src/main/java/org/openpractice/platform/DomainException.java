package org.openpractice.platform;

import java.util.Map;

/** A failure the caller can act on; carries a stable code and optional per-field messages. */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of failure, mapped to an HTTP status at the REST edge. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, UNAVAILABLE }

    private final Kind kind;
    private final String code;
    private final Map<String, String> fields;

    public DomainException(Kind kind, String code, String message, Map<String, String> fields) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    public DomainException(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public Kind kind() { return kind; }

    public String code() { return code; }

    public Map<String, String> fields() { return fields; }

    /** Something asked for does not exist in the active account (also used for other accounts' ids). */
    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, "not_found", what + " not found");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, "forbidden", message);
    }
}
