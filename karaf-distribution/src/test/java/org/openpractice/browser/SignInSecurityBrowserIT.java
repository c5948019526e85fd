package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openpractice.itest.Api;
import org.openpractice.itest.Mailbox;
import org.openpractice.platform.security.Totp;
import org.openqa.selenium.By;

/**
 * Sign-in security in real Chromium against the real server: changing the password, enrolling in two-factor
 * authentication from the QR page (the code is computed here from the secret the page shows), signing in with a
 * code, the forgotten-password link, and a member held on the enrolment page while the account requires it. The
 * tests run in name order on the practice the first one creates.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SignInSecurityBrowserIT {
    private static final int BASE = 32000;
    private static final String PRACTICE = "Quayside Speech Therapy";
    private static final String EMAIL = "mary@quayside.example";
    private static final String FIRST_PASSWORD = "kelp forests at low tide";
    private static final String SECOND_PASSWORD = "lighthouse keeper's logbook";
    private static final String THIRD_PASSWORD = "salt spray on the harbour wall";
    private static final String MEMBER_EMAIL = "tom@quayside.example";
    private static final String MEMBER_PASSWORD = "pebbles under the pier";

    /** The server the tests run against, started once for the class. */
    @ClassRule
    public static final RunningServer server = new RunningServer("browser-signin-security", BASE);
    /** Mary's authenticator, set up from the secret the page showed; shared by the ordered tests. */
    private static Authenticator authenticator;

    @Test
    public void a_passwordIsChangedAndTwoFactorIsSetUpFromTheQrPage() throws Exception {
        try (Browser b = new Browser()) {
            b.firstRun(server.url(""), PRACTICE, "Mary", "Somerville", EMAIL, FIRST_PASSWORD);

            b.click("nav-my-security");
            b.awaitUrlEndsWith("/my-security");
            b.type("password-current", "not my password at all");
            b.type("password-new", SECOND_PASSWORD);
            b.type("password-again", SECOND_PASSWORD);
            b.click("password-change");
            b.waiting().until(d -> b.fieldError("password-current") != null);
            b.type("password-current", FIRST_PASSWORD);
            b.type("password-new", "password1234");
            b.type("password-again", "password1234");
            b.click("password-change");
            b.waiting().until(d -> b.fieldError("password-new") != null);
            b.screenshot("security-password-refused");
            b.type("password-new", SECOND_PASSWORD);
            b.type("password-again", SECOND_PASSWORD);
            b.click("password-change");
            b.waiting().until(d -> Boolean.TRUE.equals(b.driver().executeScript(
                    "return document.getElementById('password-current').value === '';")));
            assertEquals(null, b.fieldError("password-new"));
            assertEquals("Off", b.text("two-factor-status"));

            b.click("two-factor-start");
            b.byId("two-factor-qr");
            b.waiting().until(d -> Boolean.TRUE.equals(b.driver().executeScript(
                    "const i = document.getElementById('two-factor-qr'); return i.complete && i.naturalWidth > 100;")));
            String secret = b.text("two-factor-secret").replace(" ", "");
            assertTrue(secret, secret.matches("[A-Z2-7]{32}"));
            authenticator = new Authenticator(secret);
            b.screenshot("security-two-factor-qr");
            b.type("two-factor-confirm-code", "000000".equals(Totp.code(secret, Totp.step(Instant.now())))
                    ? "111111" : "000000");
            b.click("two-factor-confirm");
            b.waiting().until(d -> b.fieldError("two-factor-confirm-code") != null);
            b.type("two-factor-confirm-code", authenticator.code());
            b.click("two-factor-confirm");
            b.byId("recovery-codes");
            String codes = b.text("recovery-codes");
            assertEquals(codes, 10, codes.lines().filter(l -> l.strip().matches("[A-Z2-9]{5}-[A-Z2-9]{5}")).count());
            b.screenshot("security-recovery-codes");
            b.click("recovery-codes-saved");
            b.byId("welcome");
            b.click("nav-my-security");
            b.awaitText("two-factor-status", "On");
            b.awaitText("recovery-codes-left", "10 unused");
        }
    }

    @Test
    public void b_signInAsksForTheCodeAfterThePassword() throws Exception {
        try (Browser b = new Browser()) {
            b.open(server.url("signin"));
            b.type("email", EMAIL);
            b.type("password", FIRST_PASSWORD);
            b.click("signin");
            b.byId("form-error");
            assertFalse("the old password no longer works", b.present("signin-code")
                    && b.driver().findElement(By.id("signin-code")).isDisplayed());
            b.type("password", SECOND_PASSWORD);
            b.click("signin");
            b.byId("signin-code");
            b.screenshot("signin-code-step");
            b.type("signin-code", "12345");
            b.click("signin");
            b.waiting().until(d -> b.fieldError("signin-code") != null);
            b.type("signin-code", authenticator.code());
            b.click("signin");
            b.awaitText("account-name", PRACTICE);
            b.byId("welcome");
        }
    }

    @Test
    public void c_aForgottenPasswordIsResetByTheMailedLink() throws Exception {
        try (Browser b = new Browser()) {
            b.open(server.url("signin"));
            b.click("forgot-link");
            b.awaitUrlEndsWith("/forgot-password");
            b.type("forgot-email", EMAIL);
            b.click("forgot-send");
            b.awaitText("forgot-done", "reset link is on its way");
            b.screenshot("forgot-password-sent");
            String link = Mailbox.link(server.home().resolve("data").resolve("mail"), EMAIL, "/reset-password/");
            assertTrue("the mailed link leads to this server: " + link,
                    link.startsWith(server.url("reset-password/")));
            b.open(link);
            b.type("reset-password", "short");
            b.type("reset-again", "short");
            b.click("reset-save");
            b.waiting().until(d -> b.fieldError("reset-password") != null);
            b.type("reset-password", THIRD_PASSWORD);
            b.type("reset-again", THIRD_PASSWORD);
            b.click("reset-save");
            b.byId("reset-done");
            b.screenshot("reset-password-done");
            b.open(link);
            b.type("reset-password", FIRST_PASSWORD);
            b.type("reset-again", FIRST_PASSWORD);
            b.click("reset-save");
            b.awaitText("form-error", "not valid any more");

            b.open(server.url("signin"));
            b.type("email", EMAIL);
            b.type("password", THIRD_PASSWORD);
            b.click("signin");
            b.type("signin-code", authenticator.code());
            b.click("signin");
            b.awaitText("account-name", PRACTICE);
        }
    }

    @Test
    public void d_aMemberOfAnAccountThatRequiresTwoFactorMustEnrolBeforeAnythingElse() throws Exception {
        Api api = new Api(BASE + 181);
        Api.Reply login = api.post("auth/login", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + THIRD_PASSWORD
                + "\",\"code\":\"" + authenticator.code() + "\"}");
        assertEquals(login.body(), 200, login.status());
        Api mary = api.as(login.text("token"));
        assertEquals(200, mary.put("settings/security", "{\"requireTwoFactor\":true}").status());
        assertEquals(200, mary.post("invitations", "{\"email\":\"" + MEMBER_EMAIL + "\",\"displayName\":\"Tom"
                + " Thumb\",\"role\":\"CLINICAL\"}").status());
        String token = Mailbox.token(server.home().resolve("data").resolve("mail"), MEMBER_EMAIL, "/invitation/");
        assertEquals(200, api.post("invitations/by-token/" + token + "/accept", "{\"password\":\"" + MEMBER_PASSWORD
                + "\"}").status());

        try (Browser b = new Browser()) {
            b.open(server.url("signin"));
            b.type("email", MEMBER_EMAIL);
            b.type("password", MEMBER_PASSWORD);
            b.click("signin");
            b.awaitUrlEndsWith("/my-security");
            b.byId("two-factor-required");
            assertFalse("the menu offers nothing else", b.present("nav-dashboard") || b.present("nav-contacts"));
            b.screenshot("security-enrolment-required");
            b.open(server.url("settings/switch"));
            b.awaitUrlEndsWith("/my-security");
            b.open(server.url(""));
            b.awaitUrlEndsWith("/my-security");

            b.click("two-factor-start");
            Authenticator tom = new Authenticator(b.text("two-factor-secret").replace(" ", ""));
            b.type("two-factor-confirm-code", tom.code());
            b.click("two-factor-confirm");
            b.byId("recovery-codes");
            b.click("recovery-codes-saved");
            b.awaitText("member-name", "Tom Thumb");
            b.byId("nav-settings-switch");
            b.open(server.url("settings/switch"));
            b.awaitUrlEndsWith("/settings/switch");
            b.screenshot("security-enrolled-member");
        }
    }
}
