package org.openpractice.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.accounts.Acceptance;
import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.Invitation;
import org.openpractice.accounts.InvitationPreview;
import org.openpractice.accounts.Member;
import org.openpractice.accounts.MemberChange;
import org.openpractice.accounts.NewAccount;
import org.openpractice.accounts.NewInvitation;
import org.openpractice.accounts.Permissions;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.internal.Argon2PasswordHasher;
import org.openpractice.platform.internal.MemorySignInThrottle;
import org.openpractice.platform.mail.SystemMailer;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** Members, roles, permissions, invitations and child accounts on real EclipseLink and Derby. */
public class MembersTest {
    private static final String PASSWORD = "a long passphrase 42";

    /** Captures what the system mailer would send. */
    static final class Outbox implements SystemMailer {
        final List<String[]> sent = new ArrayList<>();

        @Override
        public void send(String to, String subject, String body) {
            sent.add(new String[] {to, subject, body});
        }

        String lastToken() {
            Matcher m = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(sent.get(sent.size() - 1)[2]);
            assertTrue(m.find());
            return m.group(1);
        }
    }

    /** A clock the test can move. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private TestDatabase db;
    private Accounts accounts;
    private Members members;
    private final Outbox outbox = new Outbox();
    private final TestClock clock = new TestClock();
    private SignedIn dana;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-accounts", "accounts");
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        accounts = new Accounts(db.transactions(), hasher, new MemorySignInThrottle(), TestCiphers.random(),
                clock);
        members = new Members(accounts, db.transactions(), hasher, outbox, clock, "https://practice.example/", 7);
        dana = accounts.completeFirstRun(new FirstRun("Riverside Therapy", "Dana", "Smith", "dana@example.org",
                PASSWORD, "US", "America/Chicago"), null);
        RequestContext.set(dana.member());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private SignedIn inviteAndAccept(String email, String name, String role) {
        members.invite(new NewInvitation(email, name, role));
        String token = outbox.lastToken();
        return members.accept(token, new Acceptance("another long passphrase"), null);
    }

    @Test
    public void invitationIsMailedAndSingleUse() {
        Invitation invitation = members.invite(new NewInvitation("Lee@Example.org", "Lee Park", "clinical"));
        assertEquals("PENDING", invitation.status());
        assertEquals(clock.now.plus(Duration.ofDays(7)), invitation.expiresAt());
        String[] mail = outbox.sent.get(0);
        assertEquals("lee@example.org", mail[0]);
        assertTrue(mail[2].contains("https://practice.example/invitation/"));
        String token = outbox.lastToken();
        InvitationPreview preview = members.preview(token);
        assertEquals("Riverside Therapy", preview.accountName());
        assertTrue(preview.newLogin());
        ValidationException weak = assertThrows(ValidationException.class,
                () -> members.accept(token, new Acceptance("short"), null));
        assertTrue(weak.fields().containsKey("password"));
        SignedIn lee = members.accept(token, new Acceptance("another long passphrase"), null);
        assertEquals(Role.CLINICAL, lee.member().role());
        assertEquals(dana.member().accountId(), lee.member().accountId());
        DomainException reused = assertThrows(DomainException.class,
                () -> members.accept(token, new Acceptance("another long passphrase"), null));
        assertEquals("invitation_accepted", reused.code());
        assertEquals("ACCEPTED", members.invitations().get(0).status());
    }

    @Test
    public void invitationExpiresAfterSevenDays() {
        members.invite(new NewInvitation("lee@example.org", "Lee Park", "CLINICAL"));
        String token = outbox.lastToken();
        clock.now = clock.now.plus(Duration.ofDays(7)).plusSeconds(1);
        DomainException expired = assertThrows(DomainException.class, () -> members.preview(token));
        assertEquals("invitation_expired", expired.code());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> members.preview("no-such-token-no-such-token")).kind());
    }

    @Test
    public void existingLoginConfirmsWithItsOwnPassword() {
        RequestContext.set(dana.member());
        AccountSummary other = accounts.createAccount(new NewAccount("Lakeside", false, false));
        SignedIn inOther = accounts.switchAccount(dana.token(), other.id());
        RequestContext.set(inOther.member());
        members.invite(new NewInvitation("lee@example.org", "Lee", "SUPERVISOR"));
        SignedIn lee = members.accept(outbox.lastToken(), new Acceptance("another long passphrase"), null);
        RequestContext.set(dana.member());
        accounts.switchAccount(dana.token(), dana.member().accountId());
        RequestContext.set(accounts.resolve(dana.token()).orElseThrow());
        members.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL"));
        String token = outbox.lastToken();
        assertFalse(members.preview(token).newLogin());
        assertThrows(ValidationException.class, () -> members.accept(token, new Acceptance("wrong password!!!"), null));
        SignedIn again = members.accept(token, new Acceptance("another long passphrase"), null);
        assertEquals(lee.member().loginId(), again.member().loginId());
    }

    @Test
    public void lastActiveDirectorCannotBeDemotedOrDeactivated() {
        String danaMember = dana.member().memberId();
        DomainException demote = assertThrows(DomainException.class,
                () -> members.change(danaMember, new MemberChange("CLINICAL", null, null, null)));
        assertEquals("last_director", demote.code());
        assertThrows(DomainException.class, () -> members.change(danaMember, new MemberChange(null, null, false, null)));
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "DIRECTOR");
        RequestContext.set(dana.member());
        Member demoted = members.change(danaMember, new MemberChange("ADMINISTRATIVE", null, null, null));
        assertEquals("ADMINISTRATIVE", demoted.role());
        RequestContext.set(lee.member());
        assertThrows(DomainException.class,
                () -> members.change(lee.member().memberId(), new MemberChange("CLINICAL", null, null, null)));
    }

    @Test
    public void deactivatedMemberCannotSignInToTheAccount() {
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "CLINICAL");
        RequestContext.set(dana.member());
        members.change(lee.member().memberId(), new MemberChange(null, null, false, null));
        assertTrue("the open session ends at once", accounts.resolve(lee.token()).isEmpty());
        RequestContext.clear();
        DomainException refused = assertThrows(DomainException.class,
                () -> accounts.signIn("lee@example.org", "another long passphrase", null, null));
        assertEquals(DomainException.Kind.FORBIDDEN, refused.kind());
        RequestContext.set(dana.member());
        members.change(lee.member().memberId(), new MemberChange(null, null, true, null));
        RequestContext.clear();
        assertEquals(Role.CLINICAL, accounts.signIn("lee@example.org", "another long passphrase", null, null)
                .member().role());
    }

    @Test
    public void permissionsStartFromTheRoleAndCanBeSwitched() {
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "CLINICAL");
        RequestContext.set(dana.member());
        Member m = members.member(lee.member().memberId());
        assertEquals(Permissions.defaults(Role.CLINICAL), m.permissions());
        Permissions changed = new Permissions(true, true, false, false, true);
        assertEquals(changed, members.change(m.id(), new MemberChange(null, changed, null, null)).permissions());
        assertEquals(changed, members.member(m.id()).permissions());
    }

    @Test
    public void onlyDirectorsManageMembers() {
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "ADMINISTRATIVE");
        RequestContext.set(lee.member());
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class, members::members).kind());
        assertThrows(DomainException.class, () -> members.invite(new NewInvitation("x@example.org", "X", "CLINICAL")));
    }

    @Test
    public void childAccountCopiesMembersAndResolvesCatalogsThroughTheParent() {
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "SUPERVISOR");
        RequestContext.set(dana.member());
        members.change(lee.member().memberId(), new MemberChange(null,
                new Permissions(true, false, false, false, false), null, null));
        AccountSummary child = accounts.createAccount(new NewAccount("Riverside North", true, true));
        assertEquals(dana.member().accountId(), child.parentId());
        assertEquals(dana.member().accountId(), accounts.catalogOwner(child.id()));
        assertEquals(dana.member().accountId(), accounts.catalogOwner(dana.member().accountId()));
        SignedIn inChild = accounts.switchAccount(dana.token(), child.id());
        RequestContext.set(inChild.member());
        List<Member> copied = members.members();
        assertEquals(2, copied.size());
        Member leeCopy = copied.stream().filter(x -> x.email().equals("lee@example.org")).findFirst().orElseThrow();
        assertEquals("SUPERVISOR", leeCopy.role());
        assertEquals(new Permissions(true, false, false, false, false), leeCopy.permissions());
        AccountSummary independent = accounts.createAccount(new NewAccount("Elsewhere", false, false));
        assertEquals(independent.id(), accounts.catalogOwner(independent.id()));
        assertEquals("an independent account pays its own subscription", independent.id(),
                independent.payerAccountId());
        assertEquals("the parent pays for its child", dana.member().accountId(), child.payerAccountId());
        AccountSummary grandchild = accounts.createAccount(new NewAccount("Riverside North East", true, false));
        assertEquals("a child of a child is paid for by its own parent", child.id(), grandchild.payerAccountId());
        assertEquals(child.id(), accounts.myAccounts().stream().filter(a -> a.id().equals(grandchild.id()))
                .findFirst().orElseThrow().payerAccountId());
    }

    @Test
    public void aNewRoleStartsFromItsOwnPermissionsUnlessOthersAreGiven() {
        SignedIn lee = inviteAndAccept("lee@example.org", "Lee", "DIRECTOR");
        RequestContext.set(dana.member());
        String id = lee.member().memberId();
        members.change(id, new MemberChange(null, new Permissions(true, true, false, true, true), null, null));
        assertEquals(Permissions.defaults(Role.CLINICAL),
                members.change(id, new MemberChange("CLINICAL", null, null, null)).permissions());
        Permissions chosen = new Permissions(true, true, true, false, false);
        assertEquals(chosen, members.change(id, new MemberChange("SUPERVISOR", chosen, null, null)).permissions());
    }

    @Test
    public void aNewInvitationReplacesAPendingOneAndDeactivatedMembersAreReactivatedNotReinvited() {
        members.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL"));
        String first = outbox.lastToken();
        members.invite(new NewInvitation("lee@example.org", "Lee Park", "SUPERVISOR"));
        String second = outbox.lastToken();
        assertEquals("invitation_revoked", assertThrows(DomainException.class, () -> members.preview(first)).code());
        assertEquals(1, members.invitations().stream().filter(i -> "PENDING".equals(i.status())).count());
        SignedIn lee = members.accept(second, new Acceptance("another long passphrase"), null);
        assertEquals(Role.SUPERVISOR, lee.member().role());

        RequestContext.set(dana.member());
        members.change(lee.member().memberId(), new MemberChange(null, null, false, null));
        DomainException again = assertThrows(DomainException.class,
                () -> members.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL")));
        assertEquals("deactivated_member", again.code());
        assertEquals(DomainException.Kind.CONFLICT, again.kind());
    }

    @Test
    public void anInvitationThatCannotBeMailedIsWithdrawn() {
        Members failing = new Members(accounts, db.transactions(), new Argon2PasswordHasher(), (to, subject, body) -> {
            throw new IllegalStateException("connection refused");
        }, clock, "https://practice.example/", 7);
        DomainException e = assertThrows(DomainException.class,
                () -> failing.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL")));
        assertEquals(DomainException.Kind.UNAVAILABLE, e.kind());
        assertEquals("mail_unavailable", e.code());
        assertTrue(members.invitations().stream().noneMatch(i -> "PENDING".equals(i.status())));
        members.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL"));
        assertEquals("a working mailer invites as usual", "PENDING", members.invitations().get(0).status());
    }

    @Test
    public void confirmingWithAnExistingPasswordIsThrottledLikeSignIn() {
        inviteAndAccept("lee@example.org", "Lee", "CLINICAL");
        RequestContext.set(dana.member());
        AccountSummary other = accounts.createAccount(new NewAccount("Lakeside", false, false));
        RequestContext.set(accounts.switchAccount(dana.token(), other.id()).member());
        members.invite(new NewInvitation("lee@example.org", "Lee", "CLINICAL"));
        String token = outbox.lastToken();
        RequestContext.clear();
        for (int i = 0; i < 5; i++) {
            ValidationException wrong = assertThrows(ValidationException.class,
                    () -> members.accept(token, new Acceptance("not the password at all"), "10.0.0.9"));
            assertTrue(wrong.fields().containsKey("password"));
        }
        DomainException blocked = assertThrows(DomainException.class,
                () -> members.accept(token, new Acceptance("another long passphrase"), "10.0.0.9"));
        assertEquals("too_many_attempts", blocked.code());
    }
}
