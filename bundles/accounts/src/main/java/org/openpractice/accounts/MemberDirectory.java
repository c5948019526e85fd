package org.openpractice.accounts;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Looks up accounts and their members by id for other areas (profiles, scheduling, online booking). Callers scope
 * every call to an account they are entitled to, usually the active one; no role is required here.
 */
@ProviderType
public interface MemberDirectory {
    /** A member as other areas refer to it. */
    record MemberRef(String memberId, String accountId, String displayName, String role, boolean active) {
    }

    /** An account as other areas refer to it. */
    record AccountRef(String id, String name, String country, String timeZone, String currency) {
    }

    /** The member if it belongs to {@code accountId}; empty for unknown ids and other accounts' members. */
    Optional<MemberRef> member(String accountId, String memberId);

    /** The active members of the account, by name. */
    List<MemberRef> activeMembers(String accountId);

    Optional<AccountRef> account(String accountId);
}
