package org.openpractice.platform.security;

/**
 * Who is acting: the login, the active account and the membership that joins them.
 *
 * @param sessionId identifier of the sign-in session (not the secret token)
 * @param mustEnrolTwoFactor the account requires two-factor authentication and this login has not enrolled: until it
 *        does, the member may do nothing but enrol (or sign out)
 */
public record CurrentMember(String sessionId, String loginId, String email, String accountId, String accountName,
        String memberId, String displayName, Role role, boolean mustEnrolTwoFactor) {

    public CurrentMember(String sessionId, String loginId, String email, String accountId, String accountName,
            String memberId, String displayName, Role role) {
        this(sessionId, loginId, email, accountId, accountName, memberId, displayName, role, false);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}
