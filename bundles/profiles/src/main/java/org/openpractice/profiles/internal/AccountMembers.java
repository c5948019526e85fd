package org.openpractice.profiles.internal;

import java.util.List;
import java.util.Optional;

import org.openpractice.accounts.MemberDirectory;

/** Members and accounts of the accounts area, looked up through its {@link MemberDirectory} service by id. */
final class AccountMembers {
    /** A member as this area needs it: where it belongs and what name to start from. */
    record Membership(String memberId, String accountId, String displayName, boolean active, String country) {

        /** "Mary Ann Smith" → first "Mary Ann", last "Smith": defaults until the member saves a name. */
        String defaultFirstName() {
            String name = displayName == null ? "" : displayName.strip();
            int space = name.lastIndexOf(' ');
            return space < 0 ? name : name.substring(0, space).strip();
        }

        String defaultLastName() {
            String name = displayName == null ? "" : displayName.strip();
            int space = name.lastIndexOf(' ');
            return space < 0 ? "" : name.substring(space + 1);
        }
    }

    private final MemberDirectory directory;

    AccountMembers(MemberDirectory directory) {
        this.directory = directory;
    }

    /** The member if it belongs to {@code accountId}; empty for other accounts' members and unknown ids. */
    Optional<Membership> find(String accountId, String memberId) {
        return directory.member(accountId, memberId).map(m -> membership(m, country(accountId)));
    }

    /** Active members of the account. */
    List<Membership> active(String accountId) {
        String country = country(accountId);
        return directory.activeMembers(accountId).stream().map(m -> membership(m, country)).toList();
    }

    boolean accountExists(String accountId) {
        return directory.account(accountId).isPresent();
    }

    private String country(String accountId) {
        return directory.account(accountId).map(MemberDirectory.AccountRef::country).orElse("US");
    }

    private static Membership membership(MemberDirectory.MemberRef m, String country) {
        return new Membership(m.memberId(), m.accountId(), m.displayName(), m.active(), country);
    }
}
