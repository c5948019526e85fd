package org.openpractice.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpractice.accounts.MemberDirectory;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Role;

/** The accounts and members the tests act in, and the accounts area's directory of them. */
final class Practice {
    static final String ACCOUNT_A = "a0000000-0000-0000-0000-00000000000a";
    static final String ACCOUNT_B = "b0000000-0000-0000-0000-00000000000b";
    static final String ACCOUNT_C = "c0000000-0000-0000-0000-00000000000c";

    static final CurrentMember DIANA = member("d1", ACCOUNT_A, "Diana Prince", Role.DIRECTOR);
    static final CurrentMember CARL = member("c1", ACCOUNT_A, "Carl Mary Jones", Role.CLINICAL);
    static final CurrentMember CLARA = member("c2", ACCOUNT_A, "Clara Oswald", Role.CLINICAL);
    static final CurrentMember ADA = member("e1", ACCOUNT_A, "Ada Admin", Role.ADMINISTRATIVE);
    static final CurrentMember GONE = member("f1", ACCOUNT_A, "Gone Away", Role.CLINICAL);
    static final CurrentMember BOB = member("b1", ACCOUNT_B, "Bob Builder", Role.DIRECTOR);
    static final CurrentMember BOBS_CLINICIAN = member("b2", ACCOUNT_B, "Bea Other", Role.CLINICAL);
    /** Carl's membership in a third account, as a copy of account A would create it. */
    static final CurrentMember CARL_IN_C = new CurrentMember("s-c3", CARL.loginId(), CARL.email(), ACCOUNT_C,
            "Riverside North", memberId("c3"), "Carl Mary Jones", Role.CLINICAL);

    private Practice() {
    }

    private static CurrentMember member(String tag, String account, String name, Role role) {
        return new CurrentMember("s-" + tag, login(tag), tag + "@example.org", account, "Practice", memberId(tag),
                name, role);
    }

    static String memberId(String tag) {
        return String.format("%08x-1111-2222-3333-444444444444", tag.hashCode() & 0xffffffffL);
    }

    static String login(String tag) {
        return String.format("%08x-9999-8888-7777-666666666666", ("login-" + tag).hashCode() & 0xffffffffL);
    }

    /** Accounts A, B and C (all US) and every member above, as the accounts area's directory answers; GONE is inactive. */
    static MemberDirectory directory() {
        Map<String, String> names = Map.of(ACCOUNT_A, "Riverside Therapy", ACCOUNT_B, "Other Practice", ACCOUNT_C,
                "Riverside North");
        List<MemberDirectory.MemberRef> members = new ArrayList<>();
        for (CurrentMember m : new CurrentMember[] {DIANA, CARL, CLARA, ADA, GONE, BOB, BOBS_CLINICIAN, CARL_IN_C}) {
            members.add(new MemberDirectory.MemberRef(m.memberId(), m.accountId(), m.displayName(), m.role().name(),
                    m != GONE));
        }
        return new MemberDirectory() {
            @Override
            public Optional<MemberRef> member(String accountId, String memberId) {
                return members.stream().filter(m -> m.accountId().equals(accountId) && m.memberId().equals(memberId))
                        .findFirst();
            }

            @Override
            public List<MemberRef> activeMembers(String accountId) {
                return members.stream().filter(m -> m.accountId().equals(accountId) && m.active()).toList();
            }

            @Override
            public Optional<AccountRef> account(String accountId) {
                return Optional.ofNullable(names.get(accountId))
                        .map(n -> new AccountRef(accountId, n, "US", "America/Chicago", "USD"));
            }
        };
    }
}
