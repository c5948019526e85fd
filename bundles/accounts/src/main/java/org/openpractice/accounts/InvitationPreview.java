package org.openpractice.accounts;

/** What the invitee sees before accepting: the practice, the role, and whether they must choose a password. */
public record InvitationPreview(String accountName, String email, String displayName, String role,
        boolean newLogin) {
}
