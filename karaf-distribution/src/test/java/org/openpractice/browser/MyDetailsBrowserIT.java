package org.openpractice.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openpractice.itest.Api;
import org.openpractice.itest.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * My Details in real Chromium against the real server: phone numbers added and removed, a photo uploaded, cropped
 * and shown in the header, a notification preference, and a director editing another member's details from the
 * Users page. The tests run in name order on one practice, created over REST.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class MyDetailsBrowserIT {
    private static final String DIRECTOR_EMAIL = "rosa@willow.example";
    private static final String DIRECTOR_PASSWORD = "willow branches over water";
    private static final String MEMBER_EMAIL = "ian@willow.example";
    private static final String MEMBER_PASSWORD = "quiet rivers run deep 42";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The server the tests run against, started once for the class. */
    @ClassRule
    public static final RunningServer server = new RunningServer("browser-my-details", 31000);

    private static String memberId;

    /** The browsers a test opens, closed after it (with screenshots when it failed). */
    @Rule
    public final Browsers browsers = new Browsers();

    @BeforeClass
    public static void createPractice() throws Exception {
        awaitPublished("setup", "invitations", "auth/me", "profiles/me", "members", "locations", "billing-addresses",
                "appointment-types", "contacts");
        JsonNode created = call("POST", "setup", null, Map.of("practiceName", "Willow Speech Therapy",
                "firstName", "Rosa", "lastName", "Parks", "email", DIRECTOR_EMAIL, "password", DIRECTOR_PASSWORD));
        String director = created.path("token").asText();
        call("POST", "invitations", director, Map.of("email", MEMBER_EMAIL, "displayName", "Ian Wright",
                "role", "CLINICAL"));
        JsonNode accepted = call("POST", "invitations/by-token/" + invitationToken(MEMBER_EMAIL) + "/accept", null,
                Map.of("password", MEMBER_PASSWORD));
        memberId = call("GET", "auth/me", accepted.path("token").asText(), null).path("memberId").asText();
    }

    @Test
    public void a_phoneNumbersAreAddedAndRemovedAndKept() throws Exception {
        Browser b = signedIn(DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-my-details");
        b.awaitUrlEndsWith("/my-details");
        b.waiting().until(d -> "Rosa".equals(value(b, "details-first-name")));
        b.type("details-credentials", "CCC-SLP");
        b.click("phone-add");
        b.type("phone-0", "(415) 555-0134");
        b.click("phone-add");
        b.type("phone-1", "415.555.0199");
        b.click("details-save");
        b.reload();
        b.waiting().until(d -> "(415) 555-0199".equals(value(b, "phone-1")));
        assertEquals("(415) 555-0134", value(b, "phone-0"));

        b.click("phone-add");
        b.type("phone-2", "+1 415 555 0177");
        b.click("phone-remove-0");
        b.waiting().until(d -> !b.present("phone-2"));
        b.screenshot("my-details-phones-edited");
        b.click("details-save");
        b.reload();
        b.waiting().until(d -> "(415) 555-0177".equals(value(b, "phone-1")));
        assertEquals("(415) 555-0199", value(b, "phone-0"));
        assertFalse("the removed number is gone", b.present("phone-2"));
        assertEquals("CCC-SLP", value(b, "details-credentials"));
        b.screenshot("my-details-saved");
    }

    @Test
    public void b_photoIsUploadedCroppedShownInTheHeaderAndRemoved() throws Exception {
        Browser b = signedIn(DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-my-details");
        b.byId("photo-upload");
        assertEquals("no photo yet: initials", "", avatarImage(b, "header-avatar"));

        Path notAnImage = Files.writeString(Files.createTempFile("op-photo", ".png"), "not really a picture");
        upload(b, notAnImage);
        b.awaitText("photo-error", "Upload a JPEG, PNG or WebP image");
        b.screenshot("my-details-photo-refused");

        upload(b, halves(900, 600));
        b.byId("photo-use");
        b.waiting().until(d -> ((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById('photo-crop'); return c && c.selection;") != null);
        assertEquals(600L, selection(b).get("size"));
        WebElement cropper = b.byId("photo-crop");
        long shown = inCropper(b, "img").get("width");
        // the lower right corner dragged up and left: a smaller square; then the square dragged to the left edge
        Map<String, Long> corner = inCropper(b, ".se");
        new Actions(b.driver()).moveToElement(cropper, corner.get("x").intValue(), corner.get("y").intValue())
                .clickAndHold().moveByOffset((int) -shown / 4, (int) -shown / 4).release().perform();
        b.waiting().until(d -> (Long) selection(b).get("size") < 450L);
        Map<String, Long> box = inCropper(b, ".box");
        new Actions(b.driver()).moveToElement(cropper, box.get("x").intValue(), box.get("y").intValue())
                .clickAndHold().moveByOffset((int) -shown / 2, 0).release().perform();
        b.waiting().until(d -> selection(b).get("x").equals(0L));
        b.screenshot("my-details-photo-crop");
        b.click("photo-use");
        b.waiting().until(d -> !avatarImage(b, "header-avatar").isEmpty());
        b.waiting().until(d -> !avatarImage(b, "photo-avatar").isEmpty());
        Map<String, Object> header = headerImage(b);
        assertEquals(256L, header.get("width"));
        assertEquals(256L, header.get("height"));
        assertTrue("the kept square is from the red half: " + header, (Long) header.get("red") > 180
                && (Long) header.get("blue") < 80);
        b.screenshot("my-details-photo-saved");

        b.reload();
        b.waiting().until(d -> !avatarImage(b, "header-avatar").isEmpty());
        b.click("photo-remove");
        b.waiting().until(d -> avatarImage(b, "header-avatar").isEmpty());
        b.waiting().until(d -> avatarImage(b, "photo-avatar").isEmpty());
        b.screenshot("my-details-photo-removed");
    }

    @Test
    public void c_aNotificationPreferenceIsKept() throws Exception {
        Browser b = signedIn(DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-my-details");
        b.waiting().until(d -> "Immediately".equals(selected(b, "notify-appointments")));
        b.click("notify-appointments");
        b.click(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='Daily digest']"));
        b.waiting().until(d -> "Daily digest".equals(selected(b, "notify-appointments")));
        b.click("notify-save");
        b.reload();
        b.waiting().until(d -> "Daily digest".equals(selected(b, "notify-appointments")));
        assertEquals("Immediately", selected(b, "notify-new-messages"));
        b.screenshot("my-details-notifications");
    }

    @Test
    public void d_aDirectorEditsAnotherMembersDetailsFromUsers() throws Exception {
        Browser b = signedIn(DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
        b.click("nav-settings-users");
        b.awaitContent("users-members", MEMBER_EMAIL);
        b.screenshot("users-edit-details-action");
        b.click("member-details-" + memberId);
        b.awaitUrlEndsWith("/settings/users/" + memberId + "/details");
        b.waiting().until(d -> "Ian".equals(value(b, "details-first-name")));
        b.type("details-credentials", "MS, CCC-SLP");
        b.click("phone-add");
        b.type("phone-0", "(312) 555-0142");
        b.click("details-save");
        b.reload();
        b.waiting().until(d -> "MS, CCC-SLP".equals(value(b, "details-credentials")));
        assertEquals("(312) 555-0142", value(b, "phone-0"));
        b.screenshot("member-details-by-director");

        Browser member = signedIn(MEMBER_EMAIL, MEMBER_PASSWORD);
        member.click("nav-my-details");
        member.waiting().until(d -> "MS, CCC-SLP".equals(value(member, "details-credentials")));
        assertFalse("Users is for directors", member.present("nav-settings-users"));

        b.open(server.url("settings/users/00000000-0000-0000-0000-000000000000/details"));
        b.awaitText("member-details-not-found", "not found");
        assertFalse(b.present("details-save"));
        b.screenshot("member-details-not-found");
    }

    private Browser signedIn(String email, String password) throws IOException {
        Browser b = browsers.open();
        b.signIn(server.url("signin"), email, password);
        return b;
    }

    private static void upload(Browser b, Path file) {
        WebElement input = (WebElement) ((JavascriptExecutor) b.driver()).executeScript(
                "const i = document.getElementById('photo-upload').shadowRoot.querySelector('input[type=file]');"
                        + " i.hidden = false; i.style.display = 'block'; return i;");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** A {@code width}×{@code height} PNG, the left half red and the right half blue, made for this test. */
    private static Path halves(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 30, 30));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(30, 30, 220));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        Path file = Files.createTempFile("op-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String value(Browser b, String id) {
        Object v = ((JavascriptExecutor) b.driver()).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.value : null;", id);
        return v == null ? null : v.toString();
    }

    /** The label of the item a Vaadin select shows. */
    private static String selected(Browser b, String id) {
        Object v = ((JavascriptExecutor) b.driver()).executeScript("const e = document.querySelector('#' + arguments[0]"
                + " + ' vaadin-select-value-button'); return e ? e.textContent.trim() : null;", id);
        return v == null ? null : v.toString();
    }

    private static String avatarImage(Browser b, String id) {
        Object v = ((JavascriptExecutor) b.driver()).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.getAttribute('img') : null;", id);
        return v == null ? "" : v.toString();
    }

    /**
     * Where the centre of an element inside the cropper's shadow root is, relative to the cropper's centre (as
     * Selenium's offsets count), and its width.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> inCropper(Browser b, String selector) {
        return (Map<String, Long>) ((JavascriptExecutor) b.driver()).executeScript(
                "const host = document.getElementById('photo-crop'); const h = host.getBoundingClientRect();"
                        + " const r = host.shadowRoot.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {x: Math.round(r.x + r.width / 2 - (h.x + h.width / 2)),"
                        + " y: Math.round(r.y + r.height / 2 - (h.y + h.height / 2)), width: Math.round(r.width)};",
                selector);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> selection(Browser b) {
        return (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(
                "const s = document.getElementById('photo-crop').selection;"
                        + " return {x: Math.round(s.x), y: Math.round(s.y), size: Math.round(s.size)};");
    }

    /** Loads the header avatar's image as the browser got it: its size and the colour at its centre. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> headerImage(Browser b) {
        return (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " const img = new Image();"
                        + " img.onload = () => { const c = document.createElement('canvas'); c.width = img.width;"
                        + "   c.height = img.height; const g = c.getContext('2d'); g.drawImage(img, 0, 0);"
                        + "   const p = g.getImageData(img.width / 2, img.height / 2, 1, 1).data;"
                        + "   done({width: img.width, height: img.height, red: p[0], blue: p[2]}); };"
                        + " img.onerror = () => done({width: -1, height: -1, red: -1, blue: -1});"
                        + " img.src = document.getElementById('header-avatar').getAttribute('img');");
    }

    /**
     * Waits until every path answers something other than 404: the REST whiteboard republishes the application
     * while modules arrive, and answers "No service was found" meanwhile.
     */
    private static void awaitPublished(String... paths) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (String path : paths) {
            int status;
            do {
                Thread.sleep(250);
                status = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("api/" + path))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } while (status == 404 && System.nanoTime() < end);
            assertTrue(path + " published", status != 404);
        }
    }

    private static JsonNode call(String method, String path, String token, Map<String, String> body)
            throws IOException {
        Api api = new Api(server.port());
        Api.Reply reply = (token == null ? api : api.as(token)).send(method, path,
                body == null ? null : JSON.writeValueAsString(body));
        assertEquals(method + " " + path + ": " + reply.body(), 200, reply.status());
        return reply.json();
    }

    /** The token of the newest invitation mailed to {@code email}, from the .eml files the server writes. */
    private static String invitationToken(String email) throws IOException, InterruptedException {
        return Mailbox.token(server.home().resolve("data").resolve("mail"), email, "/invitation/");
    }
}
