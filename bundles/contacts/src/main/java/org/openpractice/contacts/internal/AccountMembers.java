package org.openpractice.contacts.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openpractice.accounts.MemberDirectory;

/** Task assignees checked against the account's members through the accounts area's {@link MemberDirectory}. */
final class AccountMembers {
    private final MemberDirectory directory;

    AccountMembers(MemberDirectory directory) {
        this.directory = directory;
    }

    /** True when {@code memberId} is an active member of {@code account}. */
    boolean isActiveMember(String account, String memberId) {
        return directory.member(account, memberId).filter(MemberDirectory.MemberRef::active).isPresent();
    }

    /** Display names of those of {@code ids} that are members of {@code account} (active or not). */
    Map<String, String> names(String account, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            directory.member(account, id).ifPresent(m -> names.put(id, m.displayName()));
        }
        return names;
    }
}
