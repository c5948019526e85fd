package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Base64;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.openpractice.platform.security.Totp;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Password change and reset, two-factor enrolment and sign-in with a code, and an account that requires two-factor
 * authentication, over REST on the assembled server. Each test works in an independent practice of its own so that
 * the other suites' logins are untouched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SignInSecurityIT {
    private static final String PASSWORD = "lakeside heron morning";
    private static final String NEW_PASSWORD = "granite steps to the sea";
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    private Api newDirector() throws Exception {
        Api dana = Practice.director(api);
        return Practice.independentDirector(api, dana, dana.get("auth/me").text("accountId"));
    }

    private static String email(Api member) {
        return member.get("auth/me").text("email");
    }

    @Test
    public void passwordChangeEndsOtherSessionsAndAResetLinkWorksOnce() throws Exception {
        Api eve = newDirector();
        String email = email(eve);
        Api elsewhere = Practice.signIn(api, email, PASSWORD, null);

        Api.Reply wrong = eve.post("auth/password", "{\"currentPassword\":\"not it at all\",\"newPassword\":\""
                + NEW_PASSWORD + "\"}");
        assertEquals(wrong.body(), 400, wrong.status());
        assertTrue(wrong.body(), wrong.json().path("fields").has("currentPassword"));
        Api.Reply common = eve.post("auth/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"password1234\"}");
        assertEquals(400, common.status());
        assertTrue(common.body(), common.json().path("fields").has("newPassword"));

        Api.Reply changed = eve.post("auth/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\""
                + NEW_PASSWORD + "\"}");
        assertEquals(changed.body(), 204, changed.status());
        assertEquals("the session in use stays", 200, eve.get("auth/me").status());
        assertEquals("other sessions end", 401, elsewhere.get("auth/me").status());
        assertEquals(401, api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .status());

        Api.Reply unknown = api.post("auth/password/forgot", "{\"email\":\"nobody-" + System.nanoTime()
                + "@example.org\"}");
        Api.Reply known = api.post("auth/password/forgot", "{\"email\":\"" + email.toUpperCase() + "\"}");
        assertEquals(200, unknown.status());
        assertEquals(200, known.status());
        assertEquals("the answer never tells whether the e-mail is registered", unknown.body(), known.body());
        String token = Practice.mailedToken(email, "/reset-password/");
        Api.Reply weak = api.post("auth/password/reset", "{\"token\":\"" + token + "\",\"password\":\"short\"}");
        assertEquals(400, weak.status());
        Api.Reply reset = api.post("auth/password/reset", "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD
                + "\"}");
        assertEquals(reset.body(), 204, reset.status());
        assertEquals("a reset signs out everywhere", 401, eve.get("auth/me").status());
        Api.Reply reused = api.post("auth/password/reset", "{\"token\":\"" + token + "\",\"password\":\""
                + NEW_PASSWORD + "\"}");
        assertEquals(400, reused.status());
        assertEquals("reset_link_invalid", reused.text("code"));
        assertEquals(200, Practice.signIn(api, email, PASSWORD, null).get("auth/me").status());
    }

    @Test
    public void twoFactorEnrolmentThenSignInAsksForACodeThatWorksOnce() throws Exception {
        Api eve = newDirector();
        String email = email(eve);
        assertFalse(eve.get("auth/two-factor").json().path("enabled").asBoolean());
        Api.Reply enrolment = eve.post("auth/two-factor/enrolment", "{}");
        assertEquals(enrolment.body(), 200, enrolment.status());
        String secret = enrolment.text("secret");
        assertTrue(enrolment.text("uri").contains("secret=" + secret));
        byte[] png = Base64.getDecoder().decode(enrolment.text("qrCodePng"));
        assertEquals("a PNG QR code", (byte) 0x89, png[0]);

        assertEquals(400, eve.post("auth/two-factor/confirm", "{\"code\":\"12345\"}").status());
        long step = Totp.step(Instant.now());
        Api.Reply confirmed = eve.post("auth/two-factor/confirm", "{\"code\":\"" + Totp.code(secret, step) + "\"}");
        assertEquals(confirmed.body(), 200, confirmed.status());
        assertEquals(10, confirmed.json().path("codes").size());
        String recovery = confirmed.json().path("codes").get(0).asText();
        assertTrue(eve.get("auth/two-factor").json().path("enabled").asBoolean());

        Api.Reply noCode = api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(401, noCode.status());
        assertEquals("two_factor_required", noCode.text("code"));
        // The next step is inside the accepted window and later than the one used to confirm.
        String next = Totp.code(secret, step + 1);
        Api.Reply withCode = api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"code\":\"" + next + "\"}");
        assertEquals(withCode.body(), 200, withCode.status());
        Api.Reply replay = api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"code\":\"" + next + "\"}");
        assertEquals(401, replay.status());
        assertEquals("bad_two_factor_code", replay.text("code"));
        Api.Reply withRecovery = api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"code\":\"" + recovery + "\"}");
        assertEquals(withRecovery.body(), 200, withRecovery.status());
        assertEquals("a recovery code works once", 401, api.post("auth/login", "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\",\"code\":\"" + recovery + "\"}").status());
        assertEquals(9, eve.get("auth/two-factor").json().path("recoveryCodesLeft").asInt());

        assertEquals("turning it off needs a code", 400, eve.post("auth/two-factor/disable", "{\"code\":\"000000\"}")
                .status());
        String another = confirmed.json().path("codes").get(1).asText();
        assertEquals(204, eve.post("auth/two-factor/disable", "{\"code\":\"" + another + "\"}").status());
        assertEquals(200, api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .status());
    }

    @Test
    public void anAccountRequiringTwoFactorAdmitsNothingButEnrolmentUntilTheMemberEnrols() throws Exception {
        Api eve = newDirector();
        Api.Reply early = eve.put("settings/security", "{\"requireTwoFactor\":true}");
        assertEquals("eve must have it herself first", 400, early.status());
        assertTrue(early.body(), early.json().path("fields").has("requireTwoFactor"));
        String eves = eve.post("auth/two-factor/enrolment", "{}").text("secret");
        assertEquals(200, eve.post("auth/two-factor/confirm", "{\"code\":\"" + Totp.code(eves,
                Totp.step(Instant.now())) + "\"}").status());
        Api.Reply required = eve.put("settings/security", "{\"requireTwoFactor\":true}");
        assertEquals(required.body(), 200, required.status());

        Api sam = Practice.invite(api, eve, "sam" + System.nanoTime() + "@example.org", "Sam Sole", "CLINICAL",
                PASSWORD);
        Api.Reply held = sam.get("contacts");
        assertEquals(403, held.status());
        assertEquals("two_factor_enrolment_required", held.text("code"));
        assertEquals(403, sam.get("profiles/me").status());
        Api.Reply me = sam.get("auth/me");
        assertEquals(200, me.status());
        assertTrue(me.json().path("mustEnrolTwoFactor").asBoolean());
        assertTrue(sam.get("auth/two-factor").json().path("requiredByAccount").asBoolean());

        String secret = sam.post("auth/two-factor/enrolment", "{}").text("secret");
        long step = Totp.step(Instant.now());
        assertEquals(200, sam.post("auth/two-factor/confirm", "{\"code\":\"" + Totp.code(secret, step) + "\"}")
                .status());
        assertEquals("the same session works once enrolled", 200, sam.get("profiles/me").status());
        assertFalse(sam.get("auth/me").json().path("mustEnrolTwoFactor").asBoolean());
        Api.Reply kept = sam.post("auth/two-factor/disable", "{\"code\":\"" + Totp.code(secret, step + 1) + "\"}");
        assertEquals(409, kept.status());
        assertEquals("two_factor_required", kept.text("code"));
    }
}
