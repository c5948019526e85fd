package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** Locations and billing addresses over REST on the assembled server: rules, roles and tenant isolation. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LocationsBillingIT {
    private static final String BILLING = "{\"providerName\":\"Riverside Therapy LLC\",\"phone\":\"(217) 555-0100\","
            + "\"npi\":\"1245319599\",\"npiType\":\"TYPE_2_ORGANIZATION\",\"taxId\":\"12-3456789\","
            + "\"taxIdType\":\"EIN\",\"address\":{\"street\":\"PO Box 12\",\"city\":\"Springfield\",\"state\":\"IL\","
            + "\"postalCode\":\"62705\"}}";
    private static final String PROFILE = "{\"title\":\"DR\",\"firstName\":\"Dana\",\"lastName\":\"Smith\","
            + "\"credentials\":\"RD, LDN\",\"npi\":\"1234567893\",\"otherId\":\"133V00000X\","
            + "\"otherIdQualifier\":\"ZZ\",\"taxId\":\"321-54-9876\"}";
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    @Test
    public void billingAddressesMaskTheTaxIdAndKeepOneDefault() {
        Api dana = Practice.director(api);
        api.await("billing-addresses", 401, Practice.STARTUP);
        Api.Reply created = dana.post("billing-addresses", BILLING);
        assertEquals(created.body(), 200, created.status());
        assertEquals("*****6789", created.text("taxIdMasked"));
        assertFalse(created.body().contains("3456789"));
        Api.Reply bad = dana.post("billing-addresses", "{\"providerName\":\"X\",\"phone\":\"555\",\"npi\":\"1\","
                + "\"taxId\":\"99\",\"taxIdType\":\"SSN\"}");
        assertEquals(400, bad.status());
        for (String f : new String[] {"phone", "npi", "npiType", "taxId", "address.street"}) {
            assertTrue(f + " in " + bad.body(), bad.json().path("fields").has(f));
        }
        int defaults = 0;
        for (JsonNode b : dana.get("billing-addresses").json()) {
            defaults += b.path("isDefault").asBoolean() ? 1 : 0;
        }
        assertEquals(1, defaults);
    }

    @Test
    public void cms1500PreviewPrintsTheProviderBoxes() {
        Api dana = directorWhoRenders();
        String member = dana.get("auth/me").text("memberId");
        Api.Reply loc = dana.post("locations", "{\"name\":\"Claims Clinic " + System.nanoTime() + "\",\"kind\":"
                + "\"PHYSICAL\",\"npi\":\"1245319599\",\"otherId\":\"77\",\"otherIdQualifier\":\"LU\","
                + "\"address\":{\"street\":\"1 Main St\",\"city\":\"Springfield\",\"state\":\"IL\","
                + "\"postalCode\":\"62701\"}}");
        Api.Reply home = dana.post("locations", "{\"name\":\"Home visits " + System.nanoTime() + "\",\"kind\":"
                + "\"HOME_VISIT\"}");
        Api.Reply addr = dana.post("billing-addresses", BILLING.replace("PO Box 12", "P.O. Box 12")
                .replace("62705", "62705-0012"));
        assertEquals(loc.body(), 200, loc.status());
        assertEquals(home.body(), 200, home.status());
        assertEquals(addr.body(), 200, addr.status());
        String base = "claims/cms1500/preview?renderingMemberId=" + member + "&billingAddressId=" + addr.text("id");

        Api.Reply boxes = dana.get(base + "&locationId=" + loc.text("id")
                + "&referringQualifier=DN&referringName=Jordan%20Lee&referringCredentials=MD&referringNpi=1982736450");
        assertEquals(boxes.body(), 200, boxes.status());
        JsonNode b = boxes.json();
        assertEquals("DN", b.path("box17Qualifier").asText());
        assertEquals("Jordan Lee MD", b.path("box17Name").asText());
        assertEquals("1982736450", b.path("box17bNpi").asText());
        assertEquals("1234567893", b.path("box24jNpi").asText());
        assertEquals("ZZ", b.path("box24iQualifier").asText());
        assertEquals("123456789", b.path("box25TaxId").asText());
        assertFalse("EIN", b.path("box25Ssn").asBoolean());
        assertEquals("Dana Smith, RD, LDN", b.path("box31").asText());
        assertEquals("1245319599", b.path("box32a").asText());
        assertEquals("LU77", b.path("box32b").asText());
        assertEquals(List.of("Riverside Therapy LLC", "PO Box 12", "Springfield IL 62705-0012"), lines(b, "box33"));
        assertEquals("2175550100", b.path("box33Phone").asText());
        assertEquals("1245319599", b.path("box33a").asText());
        assertFalse("the rendering provider's own tax ID never appears", boxes.body().contains("321549876"));

        Api.Reply needsClient = dana.get(base + "&locationId=" + home.text("id"));
        assertEquals(400, needsClient.status());
        assertTrue(needsClient.body(), needsClient.json().path("fields").has("client.street"));
        Api.Reply atHome = dana.get(base + "&locationId=" + home.text("id") + "&clientName=Sam%20Client"
                + "&clientStreet=42%20Oak%20Ave&clientCity=Peoria&clientState=IL&clientPostalCode=61602");
        assertEquals(atHome.body(), 200, atHome.status());
        assertEquals(List.of("Sam Client", "42 Oak Ave", "Peoria IL 61602"), lines(atHome.json(), "box32"));
        Api.Reply badClient = dana.get(base + "&locationId=" + home.text("id") + "&clientCity=Peoria"
                + "&clientState=Illinois&clientPostalCode=616");
        assertEquals(badClient.body(), 400, badClient.status());
        for (String f : new String[] {"client.street", "client.state", "client.postalCode"}) {
            assertTrue(f + " in " + badClient.body(), badClient.json().path("fields").has(f));
        }
        Api.Reply npiOnly = dana.get(base + "&locationId=" + loc.text("id") + "&referringNpi=1982736450");
        assertEquals(npiOnly.body(), 400, npiOnly.status());
        assertTrue(npiOnly.body(), npiOnly.json().path("fields").has("referring.name"));
    }

    @Test
    public void cms1500PreviewBillsAVirtualLocationWithItsPhysicalAddressOnly() {
        Api dana = directorWhoRenders();
        Api.Reply addr = dana.post("billing-addresses", BILLING);
        assertEquals(addr.body(), 200, addr.status());
        String base = "claims/cms1500/preview?renderingMemberId=" + dana.get("auth/me").text("memberId")
                + "&billingAddressId=" + addr.text("id") + "&locationId=";
        String name = "Telehealth " + System.nanoTime();
        Api.Reply video = dana.post("locations", "{\"name\":\"" + name + "\",\"kind\":\"VIRTUAL\","
                + "\"virtualDescription\":\"Video call\",\"billTo\":\"LOCATION\",\"address\":{\"street\":"
                + "\"1 Main St.\",\"street2\":\"#200\",\"city\":\"Springfield\",\"state\":\"IL\","
                + "\"postalCode\":\"62701-1234\"}}");
        assertEquals(video.body(), 200, video.status());
        Api.Reply boxes = dana.get(base + video.text("id"));
        assertEquals(boxes.body(), 200, boxes.status());
        assertEquals(List.of(name, "1 Main St 200", "Springfield IL 62701-1234"), lines(boxes.json(), "box32"));

        Api.Reply videoAtHome = dana.post("locations", "{\"name\":\"Video at home " + System.nanoTime() + "\","
                + "\"kind\":\"VIRTUAL\",\"virtualDescription\":\"Video call\",\"billTo\":\"CLIENT\"}");
        assertEquals(videoAtHome.body(), 200, videoAtHome.status());
        Api.Reply refused = dana.get(base + videoAtHome.text("id") + "&clientStreet=42%20Oak%20Ave&clientCity=Peoria"
                + "&clientState=IL&clientPostalCode=61602");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.json().path("fields").path("locationId").asText()
                .contains("must bill with a physical location address"));

        assertEquals(200, dana.post("locations/" + video.text("id") + "/archive", null).status());
        Api.Reply archived = dana.get(base + video.text("id"));
        assertEquals(archived.body(), 400, archived.status());
        assertEquals("is archived; restore it or choose another",
                archived.json().path("fields").path("locationId").asText());
    }

    /** The director, with the rendering provider details the claim boxes print. */
    private Api directorWhoRenders() {
        Api dana = Practice.director(api);
        api.await("profiles/me", 401, Practice.STARTUP);
        Api.Reply profile = dana.put("profiles/me", PROFILE);
        assertEquals(profile.body(), 200, profile.status());
        return dana;
    }

    private static List<String> lines(JsonNode boxes, String box) {
        List<String> lines = new ArrayList<>();
        boxes.path(box).forEach(line -> lines.add(line.asText()));
        return lines;
    }

    @Test
    public void clinicalMembersCannotChangeSettings() throws Exception {
        Api dana = Practice.director(api);
        Api carl = Practice.invite(api, dana, "carla" + System.nanoTime() + "@example.org", "Carla", "CLINICAL",
                "a clinician's long passphrase");
        assertEquals(200, carl.get("locations").status());
        assertEquals(403, carl.post("locations", "{\"name\":\"Mine\",\"kind\":\"VIRTUAL\",\"virtualDescription\":"
                + "\"Video\",\"billTo\":\"CLIENT\"}").status());
        assertEquals(403, carl.get("billing-addresses").status());
        assertEquals(403, carl.post("billing-addresses", BILLING).status());
        assertEquals(403, carl.get("claims/cms1500/preview?renderingMemberId=x&locationId=y&billingAddressId=z")
                .status());
    }

    @Test
    public void anotherAccountsLocationsAndAddressesAreNotFound() throws Exception {
        Api dana = Practice.director(api);
        String home = dana.get("auth/me").text("accountId");
        Api.Reply loc = dana.post("locations", "{\"name\":\"Isolation Clinic " + System.nanoTime() + "\",\"kind\":"
                + "\"PHYSICAL\",\"address\":{\"street\":\"1 Main St\",\"city\":\"Springfield\",\"state\":\"IL\","
                + "\"postalCode\":\"62701\"}}");
        assertEquals(loc.body(), 200, loc.status());
        Api.Reply addr = dana.post("billing-addresses", BILLING);
        assertEquals(addr.body(), 200, addr.status());
        String locId = loc.text("id");
        String addrId = addr.text("id");

        Api eve = Practice.independentDirector(api, dana, home);
        assertEquals(404, eve.get("locations/" + locId).status());
        assertEquals(404, eve.put("locations/" + locId, "{\"name\":\"Taken\",\"kind\":\"VIRTUAL\","
                + "\"virtualDescription\":\"x\",\"billTo\":\"CLIENT\"}").status());
        assertEquals(404, eve.post("locations/" + locId + "/archive", null).status());
        assertEquals(404, eve.post("locations/" + locId + "/restore", null).status());
        assertEquals(404, eve.get("billing-addresses/" + addrId).status());
        assertEquals(404, eve.put("billing-addresses/" + addrId, BILLING).status());
        assertEquals(404, eve.post("billing-addresses/" + addrId + "/default", null).status());
        assertEquals(404, eve.post("billing-addresses/" + addrId + "/archive", null).status());
        assertEquals(404, eve.post("billing-addresses/" + addrId + "/restore", null).status());
        assertFalse(eve.get("locations?includeArchived=true").body().contains(locId));
        assertFalse(eve.get("billing-addresses?includeArchived=true").body().contains(addrId));
        String eveMember = eve.get("auth/me").text("memberId");
        assertEquals(404, eve.get("claims/cms1500/preview?renderingMemberId=" + eveMember + "&locationId=" + locId
                + "&billingAddressId=" + addrId).status());
        assertEquals("Dana still sees her own", 200, dana.get("locations/" + locId).status());
    }
}
