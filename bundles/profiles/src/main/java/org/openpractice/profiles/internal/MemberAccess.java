package org.openpractice.profiles.internal;


import org.openpractice.platform.DomainException;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;
import org.openpractice.profiles.internal.AccountMembers.Membership;

/** Who may see and change a member's details: the member themself and the account's directors. */
final class MemberAccess {
    private MemberAccess() {
    }

    /**
     * The member {@code memberId} of the acting member's account, if the acting member may work on it. Ids of other
     * accounts' members are not found (404) whatever the role; someone else's details are forbidden (403) unless
     * the acting member is a director.
     */
    static Membership check(AccountMembers members, CurrentMember me, String memberId) {
        if (!Ids.looksValid(memberId)) {
            throw DomainException.notFound("Member");
        }
        Membership member = members.find(me.accountId(), memberId)
                .orElseThrow(() -> DomainException.notFound("Member"));
        if (!memberId.equals(me.memberId()) && me.role() != Role.DIRECTOR) {
            throw DomainException.forbidden("Only the member themself or a director can see or change these details");
        }
        return member;
    }
}
