package org.openpractice.platform.security;

/**
 * Who is acting: the login, the active account and the membership that joins them.
 *
 * @param sessionId identifier of the sign-in session (not the secret token)
 */
public record CurrentMember(String sessionId, String loginId, String email, String accountId, String accountName,
        String memberId, String displayName, Role role) {

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}
