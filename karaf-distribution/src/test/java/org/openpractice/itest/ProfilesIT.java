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

/** My Details over REST on the assembled server: who may edit whom, the masked tax ID and its reveal. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ProfilesIT {
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    @Test
    public void directorEditsAMemberAndClinicalMembersAreRefused() throws Exception {
        Api dana = Practice.director(api);
        api.await("profiles/me", 401, Practice.STARTUP);
        Api carl = Practice.invite(api, dana, "carlp" + System.nanoTime() + "@example.org", "Carl Park", "CLINICAL",
                "a clinician's long passphrase");
        String carlId = carl.get("auth/me").text("memberId");
        String danaId = dana.get("auth/me").text("memberId");

        Api.Reply edited = dana.put("profiles/" + carlId, "{\"firstName\":\"Carl\",\"lastName\":\"Park\","
                + "\"credentials\":\"SLP\",\"npi\":\"1245319599\",\"phones\":[{\"type\":\"CELL\",\"number\":"
                + "\"(415) 555-0134\"},{\"type\":\"WORK\",\"number\":\"415.555.0199\"}],\"taxId\":\"123-45-6789\"}");
        assertEquals(edited.body(), 200, edited.status());
        assertEquals("+14155550134", edited.json().path("phones").get(0).path("number").asText());
        assertFalse("the tax ID is masked", edited.body().contains("123-45-6789"));
        assertTrue(edited.body().contains("6789"));

        assertEquals("SLP", carl.get("profiles/me").text("credentials"));
        assertEquals(403, carl.get("profiles/" + danaId).status());
        assertEquals(403, carl.put("profiles/" + danaId, "{\"firstName\":\"X\",\"lastName\":\"Y\"}").status());
        assertEquals(403, carl.post("profiles/" + danaId + "/tax-id/reveal", null).status());
        Api.Reply own = carl.post("profiles/" + carlId + "/tax-id/reveal", null);
        assertEquals(own.body(), 200, own.status());
        assertEquals("123-45-6789", own.text("taxId"));

        Api.Reply badNpi = carl.put("profiles/me", "{\"firstName\":\"Carl\",\"lastName\":\"Park\",\"npi\":\"1234567890\","
                + "\"otherId\":\"X\"}");
        assertEquals(400, badNpi.status());
        assertTrue(badNpi.json().path("fields").has("npi"));
        assertTrue(badNpi.json().path("fields").has("otherIdQualifier"));

        String home = dana.get("auth/me").text("accountId");
        Api eve = Practice.independentDirector(api, dana, home);
        assertEquals(404, eve.get("profiles/" + carlId).status());
        assertEquals(404, eve.post("profiles/" + carlId + "/tax-id/reveal", null).status());
        assertEquals(404, eve.get("profiles/" + carlId + "/notifications").status());
    }
}
