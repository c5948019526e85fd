package org.openpractice.accounts;

/**
 * What the invitee sees before accepting: the practice, the role, whether they must choose a password, and whether
 * their existing login also needs a two-factor code.
 */
public record InvitationPreview(String accountName, String email, String displayName, String role,
        boolean newLogin, boolean twoFactor) {
}
