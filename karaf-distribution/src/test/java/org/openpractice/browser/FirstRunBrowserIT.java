package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;

/**
 * In real Chromium against the real server: first run, sign out, sign in and the menu; then account settings for
 * locations and billing addresses. The tests run in name order: the second uses the practice the first created.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FirstRunBrowserIT {
    private static Server server;

    @BeforeClass
    public static void startServer() throws Exception {
        server = Server.start("browser-first-run", 28000);
    }

    @AfterClass
    public static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

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

    @Test
    public void b_locationsAndBillingAddressesAreAddedAndListed() throws Exception {
        try (Browser b = new Browser()) {
            b.open(server.url("signin"));
            b.type("email", "ada@harbour.example");
            b.type("password", "harbour lights at dawn");
            b.click("signin");
            b.awaitText("account-name", "Harbour Physiotherapy");
            b.click("nav-settings-locations");
            b.awaitUrlEndsWith("/settings/locations");

            b.click("location-add");
            b.type("location-name", "Harbour Clinic");
            b.type("location-street", "12 Quay Street");
            b.type("location-city", "Portland");
            b.type("location-state", "ME");
            b.type("location-zip", "041");
            b.type("location-npi", "1245319599");
            b.click("location-save");
            b.waiting().until(d -> b.fieldError("location-zip") != null);
            assertTrue(b.fieldError("location-zip").contains("ZIP"));
            b.type("location-zip", "04101");
            b.click("location-save");
            b.awaitText("locations-grid", "Harbour Clinic");

            b.click("location-add");
            b.type("location-name", "Telehealth");
            b.choose("location-kind", "Virtual");
            b.type("location-description", "Video call; the link comes with the reminder");
            b.click("location-save");
            b.waiting().until(d -> b.fieldError("location-street") != null);
            assertTrue("a virtual location billed with its address needs a physical one",
                    b.fieldError("location-street").contains("physical address"));
            b.choose("location-bill-to", "Client's address");
            b.click("location-save");
            b.awaitText("locations-grid", "Telehealth");
            assertTrue(b.content("locations-grid").contains("Harbour Clinic"));
            b.screenshot("locations-listed");

            b.click("nav-settings-billing-addresses");
            b.awaitUrlEndsWith("/settings/billing-addresses");
            b.click("billing-add");
            b.type("billing-name", "Harbour Physiotherapy LLC");
            b.type("billing-phone", "(207) 555-0142");
            b.type("billing-npi", "1245319599");
            b.type("billing-tax-id", "12-3456789");
            b.type("billing-street", "PO Box 77");
            b.type("billing-city", "Portland");
            b.type("billing-state", "ME");
            b.type("billing-zip", "04112");
            b.click("billing-save");
            b.awaitText("billing-grid", "Harbour Physiotherapy LLC");
            String listed = b.content("billing-grid");
            assertTrue(listed, listed.contains("*****6789"));
            assertTrue("the tax ID is never shown in full", !listed.contains("3456789"));
            assertTrue(b.driver().findElements(By.cssSelector("#billing-grid")).size() == 1);
            b.screenshot("billing-listed");
        }
    }
}
