package org.openpractice.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.GeneralSettings;
import org.openpractice.accounts.LegalStatus;
import org.openpractice.accounts.SecuritySettings;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.internal.Argon2PasswordHasher;
import org.openpractice.platform.internal.MemorySignInThrottle;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** General, security and legal settings on real EclipseLink and Derby. */
public class AccountSettingsTest {
    private TestDatabase db;
    private AccountSettings settings;
    private SignedIn dana;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-accounts", "accounts");
        Accounts accounts = new Accounts(db.transactions(), new Argon2PasswordHasher(), new MemorySignInThrottle(),
                TestCiphers.random(), Clock.systemUTC());
        settings = new AccountSettings(db.transactions(), Clock.systemUTC());
        dana = accounts.completeFirstRun(new FirstRun("Riverside Therapy", "Dana", "Smith", "dana@example.org",
                "a long passphrase 42", "US", "America/Chicago"), null);
        RequestContext.set(dana.member());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    @Test
    public void generalSettingsAreValidated() {
        GeneralSettings g = settings.general();
        assertEquals("USD", g.currency());
        ValidationException e = assertThrows(ValidationException.class, () -> settings.updateGeneral(
                new GeneralSettings("", "USA", "Chicago", "DOLLAR", null)));
        assertEquals("is required", e.fields().get("practiceName"));
        assertTrue(e.fields().containsKey("country"));
        assertTrue(e.fields().containsKey("timeZone"));
        assertTrue(e.fields().containsKey("currency"));
        GeneralSettings changed = settings.updateGeneral(
                new GeneralSettings("Riverside Dietetics", "ca", "America/Toronto", "cad", "Dietitian"));
        assertEquals(new GeneralSettings("Riverside Dietetics", "CA", "America/Toronto", "CAD", "Dietitian"),
                changed);
        assertEquals(changed, settings.general());
    }

    @Test
    public void twoFactorCannotBeRequiredBySomeoneWithoutIt() {
        assertEquals(new SecuritySettings(false), settings.security());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings.updateSecurity(new SecuritySettings(true)));
        assertTrue(refused.fields().get("requireTwoFactor").contains("yourself first"));
        assertEquals("nothing changed", new SecuritySettings(false), settings.security());
        assertEquals(new SecuritySettings(false), settings.updateSecurity(new SecuritySettings(false)));
    }

    @Test
    public void agreementIsSignedOnceAndCannotBeAltered() throws SQLException {
        LegalStatus before = settings.legal();
        assertTrue(before.applicable());
        assertNull(before.signature());
        assertTrue(before.agreementText().contains("BUSINESS ASSOCIATE AGREEMENT"));
        LegalStatus signed = settings.signAgreement("Owner");
        assertNotNull(signed.signature());
        assertEquals("Dana Smith", signed.signature().signerName());
        assertEquals("dana@example.org", signed.signature().signerEmail());
        assertEquals(AccountSettings.BAA_VERSION, signed.signature().agreementVersion());
        assertEquals("already_signed", assertThrows(DomainException.class, () -> settings.signAgreement("Owner"))
                .code());
        try (Connection c = db.dataSource().getConnection()) {
            assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE op_baa_signature SET signer_name = 'Mallory'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM op_baa_signature"));
            assertThrows("the trigger is set again after the e-mail column was added", SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE op_baa_signature SET signer_email = 'x@y.org'"));
            c.createStatement().executeUpdate("UPDATE op_login SET email = 'dana.new@example.org'");
        }
        assertEquals("a later change of the login's e-mail leaves the signature as signed", signed.signature(),
                settings.legal().signature());
    }

    @Test
    public void agreementIsOnlyForUsAccounts() {
        settings.updateGeneral(new GeneralSettings("Riverside", "GB", "Europe/London", "GBP", null));
        LegalStatus status = settings.legal();
        assertEquals(false, status.applicable());
        assertEquals("not_applicable", assertThrows(DomainException.class, () -> settings.signAgreement(null))
                .code());
    }

    @Test
    public void clinicalMembersCannotReachSettings() {
        CurrentMember m = dana.member();
        RequestContext.set(new CurrentMember(m.sessionId(), m.loginId(), m.email(), m.accountId(), m.accountName(),
                m.memberId(), m.displayName(), Role.CLINICAL));
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class, settings::general).kind());
        assertThrows(DomainException.class, () -> settings.signAgreement(null));
    }
}
