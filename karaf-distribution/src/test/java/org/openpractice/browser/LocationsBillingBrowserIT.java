package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;

/**
 * Account settings → Locations and → Mailing &amp; billing in real Chromium against the real server: a physical and a
 * virtual location added (bad identifiers, a duplicate name and a virtual location without the physical address its
 * claims need are refused under their fields), edited, archived and shown again; a billing address added with its
 * tax ID masked in the list, a second one made the default. The tests run in name order on one practice.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LocationsBillingBrowserIT {
    private static final String PRACTICE = "Prairie Occupational Therapy";
    private static final String DIRECTOR_EMAIL = "june@prairie.example";
    private static final String DIRECTOR_PASSWORD = "prairie wind over tall grass";

    /** A grid row's button, found by the label naming what it acts on. */
    private static final String ROW_BUTTON = "//vaadin-button[@aria-label='%s']";

    /** The server the tests run against, started once for the class. */
    @ClassRule
    public static final RunningServer server = new RunningServer("browser-locations-billing", 33000);

    /** The browsers a test opens, closed after it (with screenshots when it failed). */
    @Rule
    public final Browsers browsers = new Browsers();

    @Test
    public void a_physicalAndVirtualLocationsAreAddedListedEditedAndArchived() throws Exception {
        Browser b = browsers.open();
        b.firstRun(server.url(""), PRACTICE, "June", "Carter", DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-settings-locations");
        b.awaitUrlEndsWith("/settings/locations");
        b.awaitContent("locations-empty", "No locations yet");

        b.click("location-add");
        b.type("location-name", "Main Street Clinic");
        b.type("location-street", "100 Main Street");
        b.type("location-city", "Springfield");
        b.type("location-state", "IL");
        b.type("location-zip", "6270");
        b.type("location-npi", "1245319598");
        b.click("location-save");
        b.waiting().until(d -> b.fieldError("location-npi") != null);
        assertTrue(b.fieldError("location-npi"), b.fieldError("location-npi").contains("NPI"));
        assertNotNull("a four-digit ZIP is refused", b.fieldError("location-zip"));
        b.screenshot("locations-errors");
        b.type("location-zip", "62701");
        b.type("location-npi", "1245319599");
        b.click("location-save");
        b.awaitContent("locations-grid", "Main Street Clinic");
        assertTrue(b.content("locations-grid").contains("100 Main Street"));
        assertTrue(b.content("locations-grid").contains("1245319599"));

        b.click("location-add");
        b.type("location-name", "main street clinic");
        b.choose("location-kind", "Virtual");
        b.type("location-description", "Video call; the link comes with the reminder");
        b.click("location-save");
        b.waiting().until(d -> b.fieldError("location-name") != null);
        assertTrue("names are unique ignoring case", b.fieldError("location-name").contains("already"));
        assertTrue("a virtual location billed with its own address needs a physical one",
                String.valueOf(b.fieldError("location-street")).contains("physical"));
        b.type("location-name", "Telehealth");
        b.type("location-street", "PO Box 40");
        b.type("location-city", "Springfield");
        b.type("location-state", "IL");
        b.type("location-zip", "62705");
        b.click("location-save");
        b.awaitContent("locations-grid", "Telehealth");
        assertTrue("the list says how a virtual appointment happens",
                b.content("locations-grid").contains("Video call; the link comes with the reminder"));

        b.click("location-add");
        b.type("location-name", "Home visits");
        b.choose("location-kind", "Home / workplace visit");
        b.waiting().until(d -> !d.findElement(By.id("location-street")).isDisplayed());
        b.screenshot("locations-home-visit");
        b.click("location-save");
        b.awaitContent("locations-grid", "Home visits");
        assertTrue("home visits take place and bill at the client's address",
                b.content("locations-grid").contains("The client's residential address"));
        b.screenshot("locations-list");

        b.click(By.xpath(ROW_BUTTON.formatted("Edit Main Street Clinic")));
        b.type("location-street", "102 Main Street");
        b.click("location-save");
        b.awaitContent("locations-grid", "102 Main Street");

        b.click(By.xpath(ROW_BUTTON.formatted("Archive Telehealth")));
        b.click("location-archive-confirm");
        b.waiting().until(d -> shown(b, ROW_BUTTON.formatted("Archive Telehealth")) == 0);
        assertEquals(1, shown(b, ROW_BUTTON.formatted("Archive Main Street Clinic")));
        b.click("location-show-archived");
        b.waiting().until(d -> shown(b, ROW_BUTTON.formatted("Restore Telehealth")) == 1);
        assertEquals("archived locations stay readable and are marked", 1,
                shown(b, "//vaadin-grid[@id='locations-grid']//span[normalize-space(.)='Archived']"));
        b.screenshot("locations-archived");

        b.reload();
        b.awaitContent("locations-grid", "102 Main Street");
        assertFalse("archived locations are hidden again after a reload",
                b.content("locations-grid").contains("Telehealth"));
    }

    @Test
    public void b_billingAddressesAreListedWithTheTaxIdMaskedAndOneDefault() throws Exception {
        Browser b = browsers.open();
        b.signIn(server.url("signin"), DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-settings-billing-addresses");
        b.awaitUrlEndsWith("/settings/billing-addresses");
        b.awaitContent("billing-empty", "No billing addresses yet");

        addBillingAddress(b, "Prairie OT LLC", "(217) 555-0142", "1245319599", "Group / organisation (Type 2)",
                "12-345678", "EIN", "PO Box 12", "62705");
        b.waiting().until(d -> b.fieldError("billing-tax-id") != null);
        b.screenshot("billing-errors");
        b.type("billing-tax-id", "12-3456789");
        b.click("billing-save");
        b.awaitContent("billing-grid", "Prairie OT LLC");
        String list = b.content("billing-grid");
        assertTrue(list, list.contains("*****6789"));
        assertFalse("the tax ID is never shown whole", list.contains("123456789") || list.contains("12-3456789"));
        assertTrue("the first address is the default", list.contains("Default"));

        addBillingAddress(b, "June Carter", "217 555 0199", "1234567893", "Individual, sole proprietor (Type 1)",
                "123-45-6789", "SSN", "8 Elm Court", "62704");
        b.awaitContent("billing-grid", "June Carter");
        assertTrue(b.content("billing-grid").contains("NPI 1234567893 · Type 1"));
        b.click(By.xpath(ROW_BUTTON.formatted("Make default June Carter")));
        b.waiting().until(d -> shown(b, ROW_BUTTON.formatted("Make default Prairie OT LLC")) == 1);
        assertEquals("the new default offers no 'Make default'", 0,
                shown(b, ROW_BUTTON.formatted("Make default June Carter")));
        assertEquals("one default at a time", 1,
                shown(b, "//vaadin-grid[@id='billing-grid']//span[normalize-space(.)='Default']"));
        b.screenshot("billing-list");
    }

    /**
     * How many elements {@code xpath} finds that are on screen: the grid keeps the cells of rows it no longer shows
     * in the page, hidden, for reuse.
     */
    private static long shown(Browser b, String xpath) {
        return b.driver().findElements(By.xpath(xpath)).stream().filter(e -> {
            try {
                return e.isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return false;
            }
        }).count();
    }

    /** Fills in and saves the billing address form for a provider in Springfield, IL. */
    private static void addBillingAddress(Browser b, String name, String phone, String npi, String npiType,
            String taxId, String taxIdType, String street, String zip) {
        b.click("billing-add");
        b.type("billing-name", name);
        b.type("billing-phone", phone);
        b.type("billing-npi", npi);
        b.choose("billing-npi-type", npiType);
        b.type("billing-tax-id", taxId);
        b.choose("billing-tax-id-type", taxIdType);
        b.type("billing-street", street);
        b.type("billing-city", "Springfield");
        b.type("billing-state", "IL");
        b.type("billing-zip", zip);
        b.click("billing-save");
    }
}
