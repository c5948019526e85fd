package org.openpractice.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.NewAccount;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.internal.Argon2PasswordHasher;
import org.openpractice.platform.internal.MemorySignInThrottle;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** Accounts rules on real EclipseLink and Derby with the migrated schema. */
public class AccountsTest {
    private static final String PASSWORD = "a long passphrase 42";
    private TestDatabase db;
    private Accounts accounts;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-accounts", "accounts");
        accounts = new Accounts(db.transactions(), new Argon2PasswordHasher(), new MemorySignInThrottle(),
                TestCiphers.random(), Clock.systemUTC());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private SignedIn firstRun() {
        return accounts.completeFirstRun(new FirstRun("Riverside Therapy", "Dana", "Smith", "Dana@Example.org",
                PASSWORD, "US", "America/Chicago"), "127.0.0.1");
    }

    @Test
    public void firstRunCreatesAccountAndDirectorOnce() throws Exception {
        assertTrue(accounts.firstRunPending());
        SignedIn signedIn = firstRun();
        assertFalse(accounts.firstRunPending());
        assertEquals(Role.DIRECTOR, signedIn.member().role());
        assertEquals("Riverside Therapy", signedIn.member().accountName());
        assertEquals("dana@example.org", signedIn.member().email());
        assertEquals(signedIn.member(), accounts.resolve(signedIn.token()).orElseThrow());
        DomainException again = assertThrows(DomainException.class, this::firstRun);
        assertEquals(DomainException.Kind.CONFLICT, again.kind());
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT token_hash, (SELECT COUNT(*) FROM op_audit_event WHERE action = 'account.first_run')"
                        + " FROM op_session")) {
            assertTrue(rs.next());
            assertNotEquals("only the token's hash is stored", signedIn.token(), rs.getString(1));
            assertEquals(1, rs.getInt(2));
        }
    }

    @Test
    public void firstRunReportsEveryBadField() {
        ValidationException e = assertThrows(ValidationException.class, () -> accounts.completeFirstRun(
                new FirstRun(" ", "", "Smith", "not-an-email", "short", "XX", "Mars/Base"), null));
        assertEquals("is required", e.fields().get("practiceName"));
        assertEquals("is required", e.fields().get("firstName"));
        assertEquals("is not a valid e-mail address", e.fields().get("email"));
        assertEquals("must be at least 12 characters", e.fields().get("password"));
        assertTrue(e.fields().containsKey("country"));
        assertTrue(e.fields().containsKey("timeZone"));
        assertTrue(accounts.firstRunPending());
    }

    @Test
    public void signInChecksPasswordAndThrottles() {
        firstRun();
        SignedIn ok = accounts.signIn("DANA@example.org", PASSWORD, null, "10.1.1.1");
        assertEquals("Riverside Therapy", ok.member().accountName());
        DomainException bad = assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", "wrong password!!", null, "10.1.1.1"));
        assertEquals(DomainException.Kind.UNAUTHENTICATED, bad.kind());
        DomainException unknown = assertThrows(DomainException.class,
                () -> accounts.signIn("nobody@example.org", PASSWORD, null, "10.1.1.1"));
        assertEquals(bad.getMessage(), unknown.getMessage());
        for (int i = 0; i < 6; i++) {
            try {
                accounts.signIn("dana@example.org", "wrong password!!", null, "10.1.1.2");
            } catch (DomainException expected) {
                // counted
            }
        }
        DomainException throttled = assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", PASSWORD, null, "10.1.1.2"));
        assertEquals(DomainException.Kind.TOO_MANY_REQUESTS, throttled.kind());
    }

    @Test
    public void memberDirectoryAnswersOnlyWithinTheAccount() {
        SignedIn dana = firstRun();
        String account = dana.member().accountId();
        String member = dana.member().memberId();
        assertEquals("Dana Smith", accounts.member(account, member).orElseThrow().displayName());
        assertTrue(accounts.member("00000000-0000-0000-0000-000000000000", member).isEmpty());
        assertEquals(1, accounts.activeMembers(account).size());
        assertEquals("America/Chicago", accounts.account(account).orElseThrow().timeZone());
        assertTrue(accounts.account("nope").isEmpty());
    }

    @Test
    public void signOutEndsTheSession() {
        SignedIn s = firstRun();
        accounts.signOut(s.token());
        assertTrue(accounts.resolve(s.token()).isEmpty());
        assertTrue(accounts.resolve("x".repeat(43)).isEmpty());
    }

    @Test
    public void switchingOnlyToOwnAccounts() {
        SignedIn dana = firstRun();
        RequestContext.set(dana.member());
        AccountSummary child = accounts.createAccount(new NewAccount("Riverside North", true, false));
        assertEquals(dana.member().accountId(), child.parentId());
        assertEquals(2, accounts.myAccounts().size());
        SignedIn switched = accounts.switchAccount(dana.token(), child.id());
        assertEquals(child.id(), switched.member().accountId());
        assertEquals(child.id(), accounts.resolve(dana.token()).orElseThrow().accountId());
        DomainException foreign = assertThrows(DomainException.class,
                () -> accounts.switchAccount(dana.token(), "00000000-0000-0000-0000-000000000000"));
        assertEquals(DomainException.Kind.NOT_FOUND, foreign.kind());
        DomainException notMine = assertThrows(DomainException.class,
                () -> accounts.myAccount("00000000-0000-0000-0000-000000000000"));
        assertEquals(DomainException.Kind.NOT_FOUND, notMine.kind());
        RequestContext.clear();
        SignedIn again = accounts.signIn("dana@example.org", PASSWORD, null, null);
        assertEquals("the last used account opens", child.id(), again.member().accountId());
    }
}
