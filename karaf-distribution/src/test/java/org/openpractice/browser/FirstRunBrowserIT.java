package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * In real Chromium against the real server: first run, sign out, sign in and the menu (locations and billing
 * addresses have their own test, LocationsBillingBrowserIT).
 */
public class FirstRunBrowserIT {
    /** The server the tests run against, started once for the class. */
    @ClassRule
    public static final RunningServer server = new RunningServer("browser-first-run", 28000);

    @Test
    public void a_firstRunSignOutSignInAndTheMenu() throws Exception {
        try (Browser b = new Browser()) {
            b.open(server.url(""));
            b.awaitUrlEndsWith("/first-run");
            b.type("practiceName", "Harbour Physiotherapy");
            b.type("firstName", "Ada");
            b.type("lastName", "Lovelace");
            b.type("email", "not-an-email");
            b.type("password", "short");
            b.type("passwordConfirm", "short");
            b.click("create");
            b.waiting().until(d -> b.fieldError("email") != null);
            assertTrue(b.fieldError("email").toLowerCase().contains("e-mail"));
            assertTrue(b.fieldError("password").contains("12"));
            b.type("email", "ada@harbour.example");
            b.type("password", "harbour lights at dawn");
            b.type("passwordConfirm", "harbour lights at dawn");
            b.screenshot("first-run-filled");
            b.click("create");

            b.awaitText("account-name", "Harbour Physiotherapy");
            b.awaitText("member-name", "Ada Lovelace");
            assertTrue("the settings menu offers Locations", b.present("nav-settings-locations"));
            b.screenshot("home-after-first-run");

            b.click("signout");
            b.awaitUrlEndsWith("/signin");
            b.type("email", "ada@harbour.example");
            b.type("password", "wrong password entirely");
            b.click("signin");
            b.byId("form-error");
            b.type("password", "harbour lights at dawn");
            b.click("signin");
            b.awaitText("account-name", "Harbour Physiotherapy");
            assertTrue(b.present("nav-settings-locations"));
            b.click("nav-settings-locations");
            b.awaitUrlEndsWith("/settings/locations");
            b.byId("locations-empty");
            assertEquals("Harbour Physiotherapy", b.text("account-name"));
        }
    }
}
