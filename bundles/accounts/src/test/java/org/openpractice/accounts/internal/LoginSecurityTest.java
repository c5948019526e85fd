package org.openpractice.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.accounts.Acceptance;
import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.NewAccount;
import org.openpractice.accounts.NewInvitation;
import org.openpractice.accounts.RecoveryCodes;
import org.openpractice.accounts.SecuritySettings;
import org.openpractice.accounts.SignedIn;
import org.openpractice.accounts.TwoFactorEnrolment;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.internal.Argon2PasswordHasher;
import org.openpractice.platform.internal.MemorySignInThrottle;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Totp;
import org.openpractice.testing.TestDatabase;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Password change and reset, TOTP enrolment and sign-in with a code, on real EclipseLink and Derby. */
public class LoginSecurityTest {
    private static final String PASSWORD = "a long passphrase 42";
    private static final String NEW_PASSWORD = "quiet harbour mornings";

    private TestDatabase db;
    private Accounts accounts;
    private LoginSecurity security;
    private AccountSettings settings;
    private final MembersTest.Outbox outbox = new MembersTest.Outbox();
    private final MembersTest.TestClock clock = new MembersTest.TestClock();
    private SignedIn dana;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-accounts", "accounts");
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        MemorySignInThrottle throttle = new MemorySignInThrottle();
        FieldCipher cipher = TestCiphers.random();
        accounts = new Accounts(db.transactions(), hasher, throttle, cipher, clock);
        security = new LoginSecurity(db.transactions(), hasher, throttle, outbox, cipher, clock,
                "https://practice.example/");
        settings = new AccountSettings(db.transactions(), Clock.systemUTC());
        dana = accounts.completeFirstRun(new FirstRun("Riverside Therapy", "Dana", "Smith", "dana@example.org",
                PASSWORD, "US", "America/Chicago"), null);
        RequestContext.set(dana.member());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    @Test
    public void changingThePasswordChecksTheCurrentOneAndEndsEveryOtherSession() {
        SignedIn elsewhere = accounts.signIn("dana@example.org", PASSWORD, null, null);
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> security.changePassword("not my password", NEW_PASSWORD));
        assertTrue(wrong.fields().containsKey("currentPassword"));
        ValidationException weak = assertThrows(ValidationException.class,
                () -> security.changePassword(PASSWORD, "short one"));
        assertTrue(weak.fields().get("newPassword").contains("12"));
        ValidationException common = assertThrows(ValidationException.class,
                () -> security.changePassword(PASSWORD, "password1234"));
        assertTrue(common.fields().containsKey("newPassword"));
        ValidationException same = assertThrows(ValidationException.class,
                () -> security.changePassword(PASSWORD, PASSWORD));
        assertTrue(same.fields().get("newPassword").contains("differ"));
        assertTrue(accounts.resolve(elsewhere.token()).isPresent());

        security.changePassword(PASSWORD, NEW_PASSWORD);

        assertTrue("the session in use stays", accounts.resolve(dana.token()).isPresent());
        assertFalse("every other session ends", accounts.resolve(elsewhere.token()).isPresent());
        assertThrows(DomainException.class, () -> accounts.signIn("dana@example.org", PASSWORD, null, null));
        assertEquals(dana.member().loginId(),
                accounts.signIn("dana@example.org", NEW_PASSWORD, null, null).member().loginId());
        assertEquals("Your OpenPractice password was changed", outbox.sent.get(outbox.sent.size() - 1)[1]);
        assertFalse("no password in the notice", outbox.sent.get(outbox.sent.size() - 1)[2].contains(NEW_PASSWORD));
    }

    @Test
    public void aResetLinkWorksOnceForOneHourAndNeverRevealsWhetherAnEmailIsRegistered() {
        RequestContext.clear();
        security.requestPasswordReset("nobody@example.org", "10.0.0.1");
        assertTrue("nothing is sent for an unknown e-mail, and the answer is the same", outbox.sent.isEmpty());
        ValidationException malformed = assertThrows(ValidationException.class,
                () -> security.requestPasswordReset("not an e-mail", null));
        assertTrue(malformed.fields().containsKey("email"));

        security.requestPasswordReset("  Dana@Example.org ", "10.0.0.1");
        assertEquals(1, outbox.sent.size());
        assertEquals("dana@example.org", outbox.sent.get(0)[0]);
        String token = resetToken();

        ValidationException weak = assertThrows(ValidationException.class,
                () -> security.resetPassword(token, "dana@example.org"));
        assertTrue(weak.fields().containsKey("password"));
        security.resetPassword(token, NEW_PASSWORD);
        assertFalse("a reset signs the login out everywhere", accounts.resolve(dana.token()).isPresent());
        assertEquals(dana.member().loginId(),
                accounts.signIn("dana@example.org", NEW_PASSWORD, null, null).member().loginId());
        DomainException reused = assertThrows(DomainException.class,
                () -> security.resetPassword(token, "another fine passphrase"));
        assertEquals("reset_link_invalid", reused.code());

        security.requestPasswordReset("dana@example.org", null);
        String late = resetToken();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        DomainException expired = assertThrows(DomainException.class,
                () -> security.resetPassword(late, "another fine passphrase"));
        assertEquals("reset_link_invalid", expired.code());
        DomainException forged = assertThrows(DomainException.class,
                () -> security.resetPassword("x".repeat(43), "another fine passphrase"));
        assertEquals("reset_link_invalid", forged.code());
    }

    @Test
    public void resetMailsAreLimitedPerHourWithoutChangingTheAnswer() {
        RequestContext.clear();
        for (int i = 0; i < LoginSecurity.RESETS_PER_HOUR + 2; i++) {
            security.requestPasswordReset("dana@example.org", null);
        }
        long mailed = outbox.sent.stream().filter(m -> m[1].contains("Reset")).count();
        assertEquals(LoginSecurity.RESETS_PER_HOUR, mailed);
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        security.requestPasswordReset("dana@example.org", null);
        assertEquals(mailed + 1, outbox.sent.stream().filter(m -> m[1].contains("Reset")).count());
    }

    @Test
    public void enrolmentShowsASecretAndAQrCodeAndSignInThenAsksForACodeThatCannotBeReplayed() throws Exception {
        TwoFactorEnrolment enrolment = security.startTwoFactor();
        assertTrue(enrolment.secret().matches("[A-Z2-7]{32}"));
        assertTrue(enrolment.uri().startsWith("otpauth://totp/OpenPractice:dana%40example.org?secret="
                + enrolment.secret()));
        assertEquals("the QR code holds the URI", enrolment.uri(), decodeQr(enrolment.qrCodePng()));
        assertFalse(security.twoFactorStatus().enabled());
        assertFalse("sign-in does not ask for a code before enrolment is confirmed",
                accounts.signIn("dana@example.org", PASSWORD, null, null).token().isEmpty());

        long step = Totp.step(clock.now);
        String wrong = String.format("%06d", (Integer.parseInt(Totp.code(enrolment.secret(), step)) + 1) % 1_000_000);
        ValidationException refused = assertThrows(ValidationException.class, () -> security.confirmTwoFactor(wrong));
        assertTrue(refused.fields().containsKey("code"));
        String code = Totp.code(enrolment.secret(), step);
        RecoveryCodes recovery = security.confirmTwoFactor(code);
        assertEquals(10, recovery.codes().size());
        assertEquals(10, recovery.codes().stream().distinct().count());
        assertTrue(recovery.codes().get(0).matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertTrue(security.twoFactorStatus().enabled());
        assertEquals(10, security.twoFactorStatus().recoveryCodesLeft());

        DomainException noCode = assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", PASSWORD, null, null));
        assertEquals("two_factor_required", noCode.code());
        DomainException replay = assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", PASSWORD, code, null, null));
        assertEquals("the step used to confirm cannot sign in again", "bad_two_factor_code", replay.code());

        clock.now = clock.now.plusSeconds(30);
        String next = Totp.code(enrolment.secret(), Totp.step(clock.now));
        SignedIn withCode = accounts.signIn("dana@example.org", PASSWORD, next, null, null);
        assertEquals(dana.member().memberId(), withCode.member().memberId());
        assertEquals("bad_two_factor_code", assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", PASSWORD, next, null, null)).code());
        DomainException wrongPassword = assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", "wrong password!!", next, null, null));
        assertEquals("bad_credentials", wrongPassword.code());

        String recoveryCode = recovery.codes().get(3).toLowerCase();
        assertEquals(dana.member().memberId(),
                accounts.signIn("dana@example.org", PASSWORD, recoveryCode, null, null).member().memberId());
        assertEquals("a recovery code works once", "bad_two_factor_code", assertThrows(DomainException.class,
                () -> accounts.signIn("dana@example.org", PASSWORD, recoveryCode, null, null)).code());
        assertEquals(9, security.twoFactorStatus().recoveryCodesLeft());
        assertEquals("enrolling again needs turning it off first", "two_factor_enabled",
                assertThrows(DomainException.class, () -> security.startTwoFactor()).code());
    }

    @Test
    public void turningTwoFactorOffOrReplacingRecoveryCodesNeedsACode() {
        TwoFactorEnrolment enrolment = security.startTwoFactor();
        security.confirmTwoFactor(Totp.code(enrolment.secret(), Totp.step(clock.now)));
        clock.now = clock.now.plusSeconds(30);
        assertThrows(ValidationException.class, () -> security.disableTwoFactor("000000"));
        assertThrows(ValidationException.class, () -> security.disableTwoFactor(" "));
        RecoveryCodes replaced = security.newRecoveryCodes(Totp.code(enrolment.secret(), Totp.step(clock.now)));
        assertEquals(10, replaced.codes().size());
        clock.now = clock.now.plusSeconds(30);
        security.disableTwoFactor(replaced.codes().get(0));
        assertFalse(security.twoFactorStatus().enabled());
        assertEquals(0, security.twoFactorStatus().recoveryCodesLeft());
        assertEquals("no code is asked once it is off", dana.member().memberId(),
                accounts.signIn("dana@example.org", PASSWORD, null, null).member().memberId());
    }

    @Test
    public void anAccountThatRequiresTwoFactorHoldsMembersWithoutItUntilTheyEnrol() {
        TwoFactorEnrolment danas = security.startTwoFactor();
        security.confirmTwoFactor(Totp.code(danas.secret(), Totp.step(clock.now)));
        settings.updateSecurity(new SecuritySettings(true));
        assertFalse("the director who required it has it", accounts.resolve(dana.token()).get().mustEnrolTwoFactor());

        Members members = new Members(accounts, db.transactions(), new Argon2PasswordHasher(), outbox, clock,
                "https://practice.example/", 7);
        members.invite(new NewInvitation("lee@example.org", "Lee Park", "clinical"));
        SignedIn lee = members.accept(outbox.lastToken(), new Acceptance("another long passphrase"), null);
        assertTrue(accounts.resolve(lee.token()).get().mustEnrolTwoFactor());
        RequestContext.set(lee.member());
        assertTrue(security.twoFactorStatus().requiredByAccount());
        TwoFactorEnrolment lees = security.startTwoFactor();
        String code = Totp.code(lees.secret(), Totp.step(clock.now));
        security.confirmTwoFactor(code);
        assertFalse(accounts.resolve(lee.token()).get().mustEnrolTwoFactor());
        clock.now = clock.now.plusSeconds(30);
        DomainException kept = assertThrows(DomainException.class,
                () -> security.disableTwoFactor(Totp.code(lees.secret(), Totp.step(clock.now))));
        assertEquals("two_factor_required", kept.code());

        // invited to another practice, Lee confirms with the password and a code, as at sign-in
        RequestContext.set(dana.member());
        AccountSummary lakeside = accounts.createAccount(new NewAccount("Lakeside", false, false));
        RequestContext.set(accounts.switchAccount(dana.token(), lakeside.id()).member());
        members.invite(new NewInvitation("lee@example.org", "Lee Park", "clinical"));
        String token = outbox.lastToken();
        RequestContext.clear();
        assertTrue(members.preview(token).twoFactor());
        ValidationException noCode = assertThrows(ValidationException.class,
                () -> members.accept(token, new Acceptance("another long passphrase"), null));
        assertTrue(noCode.fields().containsKey("code"));
        clock.now = clock.now.plusSeconds(30);
        ValidationException badCode = assertThrows(ValidationException.class,
                () -> members.accept(token, new Acceptance("another long passphrase", "000000"), null));
        assertTrue(badCode.fields().get("code").contains("not right"));
        SignedIn joined = members.accept(token,
                new Acceptance("another long passphrase", Totp.code(lees.secret(), Totp.step(clock.now))), null);
        assertEquals(lakeside.id(), joined.member().accountId());
        assertEquals(lee.member().loginId(), joined.member().loginId());
    }

    @Test
    public void theSecretIsStoredEncrypted() {
        TwoFactorEnrolment enrolment = security.startTwoFactor();
        security.confirmTwoFactor(Totp.code(enrolment.secret(), Totp.step(clock.now)));
        String stored = db.transactions().inTransaction(em -> (String) em.createNativeQuery(
                "SELECT totp_secret FROM op_login WHERE id = ?").setParameter(1, dana.member().loginId())
                .getSingleResult());
        assertNotEquals(enrolment.secret(), stored);
        assertFalse(stored.contains(enrolment.secret()));
        List<?> hashes = db.transactions().inTransaction(em -> em.createNativeQuery(
                "SELECT code_hash FROM op_recovery_code").getResultList());
        assertEquals(10, hashes.size());
    }

    @Test
    public void everyEnrolmentQrCodeReads() throws Exception {
        for (int i = 0; i < 200; i++) {
            String uri = Totp.uri(TwoFactor.ISSUER, "member" + i + "@example.org", Totp.newSecret());
            assertEquals(uri, decodeQr(TwoFactor.qrCode(uri)));
        }
    }

    private String resetToken() {
        Matcher m = Pattern.compile("https://practice\\.example/reset-password/([A-Za-z0-9_-]+)")
                .matcher(outbox.sent.get(outbox.sent.size() - 1)[2]);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
