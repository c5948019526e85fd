package org.openpractice.accounts;

/** Accepting an invitation: a new login chooses a password; an existing login confirms with its own. */
public record Acceptance(String password) {
}
