package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openpractice.testing.Clamd;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The contacts screens in real Chromium against the real server, which scans uploads with a real ClamAV daemon the
 * test starts: a new contact with two typed phone numbers, found again by typing one of its numbers in another
 * format, its file with several files uploaded at once, an infected file refused by name, uploads refused while the
 * scanner is down, a task assigned to the director and ticked done, and the details tab. The tests run in name
 * order: each builds on what the one before created.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ContactsBrowserIT {
    private static final String PRACTICE = "Lakeside Speech & Language";
    private static final String DIRECTOR = "Maya Chen";
    private static final String DIRECTOR_EMAIL = "maya@lakeside.example";
    private static final String DIRECTOR_PASSWORD = "lakeside paper boats at noon";
    private static final String CONTACT = "Dr Ann Lee";

    private static Clamd clamd;
    private static Server server;
    private static Path uploads;

    /** The browsers a test opens, closed after it (with screenshots when it failed). */
    @Rule
    public final Browsers browsers = new Browsers();

    @BeforeClass
    public static void startServer() throws Exception {
        Path assembly = Path.of(System.getProperty("openpractice.assembly", "target/assembly"));
        Path work = assembly.resolveSibling("browser-contacts-work");
        Server.delete(work);
        clamd = Clamd.start(Files.createDirectories(work.resolve("clamd")));
        uploads = Files.createDirectories(work.resolve("uploads"));
        server = Server.start("browser-contacts", 30000, home -> Files.writeString(
                home.resolve("etc").resolve("org.openpractice.clamav.cfg"), clamd.serverConfiguration()));
    }

    @AfterClass
    public static void stopServer() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (clamd != null) {
                clamd.close();
            }
        }
    }

    @Test
    public void a_newContactWithTwoTypedPhones() throws Exception {
        Browser b = browser();
        b.firstRun(server.url(""), PRACTICE, "Maya", "Chen", DIRECTOR_EMAIL, DIRECTOR_PASSWORD);

        b.click("nav-contacts");
        b.awaitUrlEndsWith("/contacts");
        b.awaitContent("contacts-empty", "No contacts yet");
        b.screenshot("contacts-empty");

        b.click("contact-new");
        b.awaitUrlEndsWith("/contacts/new");
        type(b, "contact-name", CONTACT);
        type(b, "contact-qualifications", "MD");
        type(b, "contact-organisation", "Bayview Pediatrics");
        pick(b, "contact-type", "Physician");
        type(b, "contact-npi", "1234567893");
        type(b, "email-0", "ann.lee@bayview.example");
        type(b, "phone-0", "(415) 555-0134");
        b.click("phone-add");
        pick(b, "phone-type-1", "Work");
        type(b, "phone-1", "415.555.01");
        b.click("contact-save");
        b.waiting().until(d -> b.fieldError("phone-1") != null);
        assertEquals("the first number is fine", null, b.fieldError("phone-0"));
        b.screenshot("contacts-form-phone-error");
        type(b, "phone-1", "415.555.0199");
        b.click("contact-save");

        b.awaitUrlEndsWith("/cover");
        b.awaitContent("contact-title", CONTACT + ", MD");
        String header = b.content("contact-header");
        assertTrue(header, header.contains("Bayview Pediatrics"));
        assertTrue(header, header.contains("(415) 555-0134 (cell)"));
        assertTrue(header, header.contains("ann.lee@bayview.example"));
        assertEquals("Physician", b.text("contact-header-type"));
        b.screenshot("contacts-file-new");

        b.click("contact-tab-details");
        b.awaitUrlEndsWith("/details");
        b.awaitContent("contact-detail-phones", "(415) 555-0199 (work)");
        String phones = b.content("contact-detail-phones");
        assertTrue("the cell number stays first: " + phones, phones.indexOf("0134") < phones.indexOf("0199"));
        assertEquals("E-mail", b.text("contact-detail-methods"));
        b.screenshot("contacts-details");

        // a second contact, so that the search below has something to leave out
        b.click("contact-back");
        b.awaitUrlEndsWith("/contacts");
        b.click("contact-new");
        type(b, "contact-name", "Bob Marsh");
        pick(b, "contact-type", "Aged care facility");
        type(b, "phone-0", "(212) 555-0188");
        b.click("contact-save");
        b.awaitContent("contact-title", "Bob Marsh");
    }

    @Test
    public void b_foundByAnotherFormattingOfItsNumber() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-contacts");
        b.awaitText("contacts-count", "2 contacts");
        b.awaitContent("contacts-grid", "Bob Marsh");
        type(b, "contacts-search", "415.555.0134");
        b.awaitText("contacts-count", "1 contact");
        b.awaitContent("contacts-grid", CONTACT);
        b.screenshot("contacts-search-by-phone");

        type(b, "contacts-search", "nobody-by-that-name");
        b.awaitContent("contacts-empty", "No contacts match");
        type(b, "contacts-search", "bayview");
        b.awaitText("contacts-count", "1 contact");
        b.click(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + CONTACT + "')]"));
        b.awaitUrlEndsWith("/cover");
        b.awaitContent("contact-title", CONTACT);
    }

    @Test
    public void c_filesAreScannedBeforeTheyAreStored() throws Exception {
        Browser b = openContact();
        b.byId("files-empty");
        Path letter = file("referral-letter.pdf", ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        Path notes = file("phone-notes.txt", "Called about the referral; report due next month.\n"
                .getBytes(StandardCharsets.UTF_8));
        upload(b, letter, notes);
        b.awaitContent("files-list", "referral-letter.pdf");
        b.awaitContent("files-list", "phone-notes.txt");
        assertFalse(b.content("files-errors"), b.present("files-error-0"));
        b.screenshot("contacts-files-uploaded");

        upload(b, file("invoice-2026.txt", Clamd.eicar()));
        b.awaitContent("files-errors", "invoice-2026.txt contains a virus (Eicar-Test-Signature");
        assertFalse("an infected file is not stored", b.content("files-list").contains("invoice-2026.txt"));
        b.screenshot("contacts-files-virus-refused");

        assertTrue("same day, so by name", b.content("file-0").contains("phone-notes.txt"));
        b.click("file-edit-0");
        b.byId("file-description");
        type(b, "file-name", "Phone notes, March");
        type(b, "file-description", "Notes from the call with the referrer");
        b.screenshot("contacts-file-edit");
        b.click("file-save");
        b.awaitContent("files-list", "Notes from the call with the referrer");
        assertTrue(b.content("files-list").contains("Phone notes, March"));

        clamd.close();
        upload(b, file("second-letter.txt", "Follow-up letter.\n".getBytes(StandardCharsets.UTF_8)));
        b.awaitContent("files-errors", "virus scanner is unavailable, so second-letter.txt was not stored");
        assertFalse(b.content("files-list").contains("second-letter.txt"));
        b.screenshot("contacts-files-scanner-down");
    }

    @Test
    public void d_taskAssignedToTheDirectorIsTickedDone() throws Exception {
        Browser b = openContact();
        b.awaitContent("tasks-open", "No open tasks");
        b.click("task-add");
        b.waiting().until(d -> b.fieldError("task-title") != null);
        type(b, "task-title", "Send the progress report");
        type(b, "task-due", "12/31/2030");
        b.driver().findElement(By.cssSelector("#task-due input")).sendKeys(Keys.ENTER);
        pick(b, "task-assignee", DIRECTOR);
        b.click("task-add");
        b.awaitContent("tasks-open", "Send the progress report");
        String open = b.content("tasks-open");
        assertTrue(open, open.contains(DIRECTOR));
        assertTrue(open, open.contains("Due Dec 31, 2030"));
        assertTrue(b.content("tasks-done").contains("Nothing done yet"));
        b.screenshot("contacts-task-open");

        b.click("task-tick-0");
        b.awaitContent("tasks-done", "Send the progress report");
        b.awaitContent("tasks-open", "No open tasks");
        b.screenshot("contacts-task-done");

        b.reload();
        b.awaitContent("tasks-done", "Send the progress report");
        b.click("task-untick-0");
        b.awaitContent("tasks-open", "Send the progress report");
        b.awaitContent("tasks-done", "Nothing done yet");

        b.click("task-delete-open-0");
        b.click("task-delete-confirm");
        b.awaitContent("tasks-open", "No open tasks");
        b.reload();
        b.awaitContent("tasks-open", "No open tasks");
        assertFalse(b.content("tasks-done").contains("Send the progress report"));
    }

    @Test
    public void e_detailsAreEditedThroughTheForm() throws Exception {
        Browser b = openContact();
        b.click("contact-tab-details");
        b.awaitUrlEndsWith("/details");
        b.click("contact-edit");
        b.awaitUrlEndsWith("/edit");
        b.waiting().until(d -> "Bayview Pediatrics".equals(b.byId("contact-organisation").getAttribute("value")));
        assertEquals("(415) 555-0134", b.byId("phone-0").getAttribute("value"));
        type(b, "contact-npi", "1234567890");
        b.click("contact-save");
        b.waiting().until(d -> b.fieldError("contact-npi") != null);
        assertNotNull(b.fieldError("contact-npi"));
        b.screenshot("contacts-edit-npi-error");
        type(b, "contact-npi", "1234567893");
        type(b, "contact-notes", "Prefers fax for reports.");
        type(b, "contact-street", "1 Bay Street");
        type(b, "contact-city", "San Francisco");
        type(b, "contact-state", "CA");
        type(b, "contact-zip", "94105");
        b.click("contact-save");
        b.awaitUrlEndsWith("/details");
        b.awaitContent("contact-detail-notes", "Prefers fax for reports.");
        String address = b.content("contact-detail-address");
        assertTrue(address, address.contains("1 Bay Street") && address.contains("San Francisco")
                && address.contains("94105"));
    }

    @Test
    public void f_newContactsStartWithTheAccountsDefaultMessagingMethods() throws Exception {
        Browser b = signedInDirector();
        b.click("nav-settings-contacts");
        b.awaitUrlEndsWith("/settings/contacts");
        b.byId("contact-settings-methods");
        for (String label : new String[] {"E-mail", "SMS", "Fax", "Voice (text-to-speech)"}) {
            tick(b, "contact-settings-methods", label, label.equals("Fax") || label.equals("E-mail"));
        }
        b.click("contact-settings-save");
        b.reload();
        b.waiting().until(d -> ticked(b, "contact-settings-methods").equals(List.of("E-mail", "Fax")));
        b.screenshot("contacts-settings");
        b.click("nav-contacts");
        b.click("contact-new");
        b.awaitUrlEndsWith("/contacts/new");
        b.waiting().until(d -> ticked(b, "contact-methods").equals(List.of("E-mail", "Fax")));
    }

    /** The labels of the ticked boxes of a Vaadin checkbox group, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> ticked(Browser b, String groupId) {
        return (List<String>) ((JavascriptExecutor) b.driver()).executeScript("return Array.from(document"
                + ".querySelectorAll('#' + arguments[0] + ' vaadin-checkbox')).filter(c => c.checked)"
                + ".map(c => c.textContent.trim());", groupId);
    }

    private static void tick(Browser b, String groupId, String label, boolean on) {
        b.waiting().until(d -> {
            for (WebElement box : d.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox"))) {
                if (box.getAttribute("textContent").strip().equals(label)) {
                    if (Boolean.parseBoolean(box.getDomProperty("checked")) != on) {
                        box.findElement(By.cssSelector("input")).click();
                    }
                    return Boolean.parseBoolean(box.getDomProperty("checked")) == on;
                }
            }
            return false;
        });
    }

    private Browser openContact() throws IOException {
        Browser b = signedInDirector();
        b.click("nav-contacts");
        type(b, "contacts-search", "ann lee");
        b.awaitText("contacts-count", "1 contact");
        b.click(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + CONTACT + "')]"));
        b.awaitUrlEndsWith("/cover");
        b.awaitContent("contact-title", CONTACT);
        return b;
    }

    /**
     * Types into a field after scrolling it into view: after a click on "Save" at the foot of a long form, the
     * fields above lie outside the scrolled content area, where WebDriver does not count them as visible.
     */
    private static void type(Browser b, String id, String text) {
        b.waiting().until(d -> b.present(id));
        ((JavascriptExecutor) b.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
        b.type(id, text);
    }

    /** Chooses {@code label} in the Vaadin select {@code id}. */
    private static void pick(Browser b, String id, String label) {
        b.click(id);
        b.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
        b.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    }

    /** Gives the upload's file input these files, as choosing them in the file dialog does. */
    private static void upload(Browser b, Path... files) {
        b.waiting().until(d -> b.present("files-upload"));
        WebElement input = b.byId("files-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // ChromeDriver adds to what the input already holds, so empty it as the upload button does before each use
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = '';", input);
        StringBuilder paths = new StringBuilder();
        for (Path f : files) {
            paths.append(paths.length() == 0 ? "" : "\n").append(f.toAbsolutePath());
        }
        input.sendKeys(paths);
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(uploads.resolve(name), content);
    }

    private Browser browser() throws IOException {
        return browsers.open();
    }

    private Browser signedInDirector() throws IOException {
        Browser b = browser();
        b.signIn(server.url("signin"), DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        return b;
    }
}
