package org.openpractice.accounts;

/** Who to invite, with which role. */
public record NewInvitation(String email, String displayName, String role) {
}
