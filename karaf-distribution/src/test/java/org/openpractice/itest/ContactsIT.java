package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Contacts over REST on the assembled server: create, search by formatted phone, tasks, tenant isolation, and an
 * upload refused while no virus scanner runs (the test container has none: uploads fail closed).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ContactsIT {
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    @Test
    public void contactsAreFoundByAnyPhoneFormatAndStayInTheirAccount() throws Exception {
        Api dana = Practice.director(api);
        api.await("contacts", 401, Practice.STARTUP);
        String unique = String.valueOf(System.nanoTime() % 10000);
        String digits = "415555" + String.format("%04d", Integer.parseInt(unique));
        Api.Reply created = dana.post("contacts", "{\"name\":\"Jordan Lee " + unique + "\",\"qualifications\":\"MD\","
                + "\"organisation\":\"Bayview Pediatrics\",\"type\":\"PHYSICIAN\",\"npi\":\"1982736450\","
                + "\"emails\":[\"jordan" + unique + "@bayview.example\"],\"phones\":[{\"type\":\"CELL\",\"number\":"
                + "\"(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6)
                + "\"},{\"type\":\"FAX\",\"number\":\"415.555.0199\"}]}");
        assertEquals(created.body(), 200, created.status());
        String id = created.text("id");
        for (String q : new String[] {digits, digits.substring(0, 3) + "." + digits.substring(3, 6) + "."
            + digits.substring(6), "jordan" + unique + "@bayview.example", "Jordan Lee " + unique}) {
            Api.Reply found = dana.get("contacts?q=" + java.net.URLEncoder.encode(q, "UTF-8"));
            assertEquals(found.body(), 200, found.status());
            assertTrue(q + " finds the contact: " + found.body(), found.body().contains(id));
        }
        Api.Reply bad = dana.post("contacts", "{\"name\":\"\",\"npi\":\"1234567890\",\"messagingMethods\":[\"SMS\"],"
                + "\"phones\":[{\"type\":\"WORK\",\"number\":\"555-0134\"}]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.json().path("fields").has("name"));
        assertTrue(bad.body(), bad.json().path("fields").has("npi"));

        Api.Reply task = dana.post("contacts/" + id + "/tasks", "{\"title\":\"Send progress report\","
                + "\"dueDate\":\"2026-12-01\"}");
        assertEquals(task.body(), 200, task.status());

        Api.Reply upload = dana.send("POST", "contacts/" + id + "/files?name=letter.txt&category=Referrals",
                "plain referral letter");
        assertEquals("uploads fail closed without a scanner: " + upload.body(), 503, upload.status());
        assertEquals("scanner_unavailable", upload.text("code"));
        assertFalse(dana.get("contacts/" + id + "/files").body().contains("letter.txt"));

        String home = dana.get("auth/me").text("accountId");
        Api eve = Practice.independentDirector(api, dana, home);
        assertEquals(404, eve.get("contacts/" + id).status());
        assertEquals(404, eve.put("contacts/" + id, "{\"name\":\"Mine\",\"type\":\"OTHER\"}").status());
        assertEquals(404, eve.post("contacts/" + id + "/archive", null).status());
        assertEquals(404, eve.get("contacts/" + id + "/tasks").status());
        assertEquals(404, eve.get("contacts/" + id + "/files").status());
        assertFalse(eve.get("contacts?q=" + digits).body().contains(id));
    }
}
