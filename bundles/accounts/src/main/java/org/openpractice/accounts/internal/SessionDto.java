package org.openpractice.accounts.internal;

import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.security.CurrentMember;

/** A sign-in as the API answers it; the token is shown only here. */
public record SessionDto(String token, MemberDto member) {
    /** Who is signed in, in which account. */
    public record MemberDto(String loginId, String email, String accountId, String accountName, String memberId,
            String displayName, String role, boolean mustEnrolTwoFactor) {
        static MemberDto of(CurrentMember m) {
            return new MemberDto(m.loginId(), m.email(), m.accountId(), m.accountName(), m.memberId(),
                    m.displayName(), m.role().name(), m.mustEnrolTwoFactor());
        }
    }

    static SessionDto of(SignedIn s) {
        return new SessionDto(s.token(), MemberDto.of(s.member()));
    }
}
