package org.openpractice.accounts;

/**
 * Accepting an invitation: a new login chooses a password; an existing login confirms with its own and, when it has
 * two-factor authentication on, with a code from its authenticator app (or a recovery code).
 */
public record Acceptance(String password, String code) {
    /** Without a code: a new login, or an existing one without two-factor authentication. */
    public Acceptance(String password) {
        this(password, null);
    }
}
