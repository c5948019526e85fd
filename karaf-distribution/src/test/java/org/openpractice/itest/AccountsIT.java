package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Accounts over REST on the assembled server: members and invitations, settings, the BAA, child accounts with
 * shared catalogues, role refusals, and that another account's data is never reachable.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AccountsIT {
    private static final String EVE_PASSWORD = "lakeside heron morning";
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    private static String idOf(Api.Reply r) {
        assertTrue(r.body(), r.status() == 200);
        return r.text("id");
    }

    private Api invite(Api inviter, String email, String name, String role) throws Exception {
        return Practice.invite(api, inviter, email, name, role, EVE_PASSWORD);
    }

    @Test
    public void rolesAreRefusedWhereTheyDoNotBelong() throws Exception {
        Api dana = Practice.director(api);
        Api clinical = invite(dana, "carl@example.org", "Carl Clinician", "CLINICAL");
        Api admin = invite(dana, "ada@example.org", "Ada Admin", "ADMINISTRATIVE");
        for (String path : new String[] {"members", "invitations", "settings/general", "settings/security",
            "settings/legal"}) {
            assertEquals(path, 403, clinical.get(path).status());
        }
        assertEquals(403, clinical.post("invitations", "{\"email\":\"x@example.org\",\"displayName\":\"X\","
                + "\"role\":\"DIRECTOR\"}").status());
        assertEquals(403, clinical.put("settings/security", "{\"requireTwoFactor\":false}").status());
        assertEquals(403, clinical.post("appointment-types", "{\"name\":\"X\",\"durationMinutes\":30}").status());
        assertEquals(200, clinical.get("appointment-types").status());
        Api supervisor = invite(dana, "sam" + System.nanoTime() + "@example.org", "Sam Supervisor", "SUPERVISOR");
        String danaMember = dana.get("auth/me").text("memberId");
        for (Api notDirector : new Api[] {clinical, supervisor, admin}) {
            String who = notDirector == admin ? "administrative" : notDirector == clinical ? "clinical" : "supervisor";
            assertEquals(who, 403, notDirector.get("members").status());
            assertEquals(who, 403, notDirector.get("members/" + danaMember).status());
            assertEquals(who, 403, notDirector.put("members/" + danaMember, "{\"role\":\"CLINICAL\"}").status());
            assertEquals(who, 403, notDirector.get("invitations").status());
            assertEquals(who, 403, notDirector.post("invitations", "{\"email\":\"y@example.org\","
                    + "\"displayName\":\"Y\",\"role\":\"CLINICAL\"}").status());
            assertEquals(who, 403, notDirector.send("DELETE", "invitations/00000000-0000-0000-0000-000000000000", null).status());
            assertEquals(who, 403, notDirector.post("accounts", "{\"name\":\"Side\",\"child\":false,"
                    + "\"copyMembers\":false}").status());
        }
        for (String path : new String[] {"settings/general", "settings/security", "settings/legal"}) {
            assertEquals(path, 403, supervisor.get(path).status());
        }
        assertEquals("administrative members reach settings", 200, admin.get("settings/general").status());
        assertEquals("but not members", 403, admin.get("members").status());
        assertEquals(403, admin.post("accounts", "{\"name\":\"Side\",\"child\":false,\"copyMembers\":false}")
                .status());
    }

    @Test
    public void lastDirectorStaysAndDeactivationLocksOut() throws Exception {
        Api dana = Practice.director(api);
        String danaMember = dana.get("auth/me").text("memberId");
        Api.Reply demote = dana.put("members/" + danaMember, "{\"role\":\"CLINICAL\"}");
        assertEquals(409, demote.status());
        assertEquals("last_director", demote.text("code"));
        Api temp = invite(dana, "tom@example.org", "Tom Temp", "SUPERVISOR");
        String tomMember = temp.get("auth/me").text("memberId");
        assertEquals(200, dana.put("members/" + tomMember, "{\"active\":false}").status());
        assertEquals(401, temp.get("auth/me").status());
        assertEquals(403, api.post("auth/login", "{\"email\":\"tom@example.org\",\"password\":\"" + EVE_PASSWORD
                + "\"}").status());
        Api.Reply perms = dana.put("members/" + tomMember, "{\"active\":true,\"permissions\":{\"accessBilling\":true,"
                + "\"showOnCalendar\":false,\"onlyAssignedClients\":false,\"editOwnAvailability\":true,"
                + "\"editDocumentTemplates\":false}}");
        assertEquals(perms.body(), 200, perms.status());
        assertTrue(perms.json().path("permissions").path("accessBilling").asBoolean());
        Api.Reply one = dana.put("members/" + tomMember, "{\"permissions\":{\"showOnCalendar\":true}}");
        assertEquals(one.body(), 200, one.status());
        assertTrue("the switch sent is set", one.json().path("permissions").path("showOnCalendar").asBoolean());
        assertTrue("the switches left out stay", one.json().path("permissions").path("accessBilling").asBoolean());
        assertTrue(one.json().path("permissions").path("editOwnAvailability").asBoolean());
        Api.Reply demoted = dana.put("members/" + tomMember, "{\"role\":\"CLINICAL\"}");
        assertEquals(demoted.body(), 200, demoted.status());
        assertFalse("a new role starts from its own permissions",
                demoted.json().path("permissions").path("accessBilling").asBoolean());
        assertTrue(demoted.json().path("permissions").path("onlyAssignedClients").asBoolean());
        assertEquals(200, api.post("auth/login", "{\"email\":\"tom@example.org\",\"password\":\"" + EVE_PASSWORD
                + "\"}").status());
    }

    @Test
    public void settingsAndTheAgreement() {
        Api dana = Practice.director(api);
        Api.Reply bad = dana.put("settings/general", "{\"practiceName\":\"\",\"country\":\"XX\",\"timeZone\":\"Nowhere\","
                + "\"currency\":\"ABC1\"}");
        assertEquals(400, bad.status());
        for (String f : new String[] {"practiceName", "country", "timeZone", "currency"}) {
            assertTrue(f, bad.json().path("fields").has(f));
        }
        Api.Reply general = dana.get("settings/general");
        assertEquals("Riverside Therapy", general.text("practiceName"));
        Api.Reply changed = dana.put("settings/general", "{\"practiceName\":\"Riverside Therapy\",\"country\":\"US\","
                + "\"timeZone\":\"America/Denver\",\"currency\":\"USD\",\"profession\":\"Dietitian\"}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("America/Denver", dana.get("settings/general").text("timeZone"));
        Api.Reply lockout = dana.put("settings/security", "{\"requireTwoFactor\":true}");
        assertEquals("a director without two-factor cannot require it (and be held at once)", 400, lockout.status());
        assertTrue(lockout.body(), lockout.json().path("fields").has("requireTwoFactor"));
        assertFalse(dana.get("settings/security").json().path("requireTwoFactor").asBoolean());
        assertEquals(200, dana.put("settings/security", "{\"requireTwoFactor\":false}").status());
        Api.Reply empty = dana.put("settings/security", "{}");
        assertEquals("a left-out setting is not taken as false", 400, empty.status());
        assertTrue(empty.body(), empty.json().path("fields").has("requireTwoFactor"));

        JsonNode legal = dana.get("settings/legal").json();
        assertTrue(legal.path("applicable").asBoolean());
        if (legal.path("signature").isMissingNode()) {
            Api.Reply signed = dana.post("settings/legal/sign", "{\"signerTitle\":\"Owner\"}");
            assertEquals(signed.body(), 200, signed.status());
        }
        JsonNode signature = dana.get("settings/legal").json().path("signature");
        assertEquals("Dana Smith", signature.path("signerName").asText());
        assertNotNull(signature.path("signedAt").asText(null));
        assertEquals(409, dana.post("settings/legal/sign", "{\"signerTitle\":\"Someone else\"}").status());
        assertEquals(signature, dana.get("settings/legal").json().path("signature"));
    }

    @Test
    public void childAccountSharesTheParentsCatalogue() {
        Api dana = Practice.director(api);
        String home = dana.get("auth/me").text("accountId");
        String typeName = "Initial assessment " + System.nanoTime();
        idOf(dana.post("appointment-types", "{\"name\":\"" + typeName + "\",\"durationMinutes\":60}"));
        String child = idOf(dana.post("accounts", "{\"name\":\"Riverside North " + System.nanoTime()
                + "\",\"child\":true,\"copyMembers\":true}"));
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + child + "\"}").status());
        JsonNode types = dana.get("appointment-types").json();
        boolean found = false;
        for (JsonNode t : types) {
            found |= t.path("name").asText().equals(typeName) && t.path("shared").asBoolean();
        }
        assertTrue("the parent's type is listed as shared: " + types, found);
        assertEquals(409, dana.post("appointment-types", "{\"name\":\"Child only\",\"durationMinutes\":30}").status());
        assertTrue("members were copied", dana.get("members").json().size() >= 2);
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
    }

    @Test
    public void aChildSharesTheCatalogueAndCopiedDetailsButNothingElseOfItsParent() throws Exception {
        Api dana = Practice.director(api);
        String home = dana.get("auth/me").text("accountId");
        String danaMember = dana.get("auth/me").text("memberId");
        Api.Reply details = dana.put("profiles/me", "{\"firstName\":\"Dana\",\"lastName\":\"Smith\","
                + "\"credentials\":\"MS, RD\",\"npi\":\"1245319599\"}");
        assertEquals(details.body(), 200, details.status());
        String typeName = "Review " + System.nanoTime();
        String typeId = idOf(dana.post("appointment-types", "{\"name\":\"" + typeName + "\",\"durationMinutes\":30}"));
        String inviteId = idOf(dana.post("invitations", "{\"email\":\"parent-only" + System.nanoTime()
                + "@example.org\",\"displayName\":\"Pat\",\"role\":\"CLINICAL\"}"));
        String child = idOf(dana.post("accounts", "{\"name\":\"Riverside East " + System.nanoTime()
                + "\",\"child\":true,\"copyMembers\":true}"));

        JsonNode mine = dana.get("accounts").json();
        for (JsonNode a : mine) {
            if (a.path("id").asText().equals(child)) {
                assertEquals("the parent pays for its child", home, a.path("payerAccountId").asText());
                assertEquals(home, a.path("parentId").asText());
            }
            if (a.path("id").asText().equals(home)) {
                assertEquals(home, a.path("payerAccountId").asText());
            }
        }

        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + child + "\"}").status());
        Api.Reply copied = dana.await("profiles/me", 200, Practice.STARTUP);
        assertEquals("My Details came along with the copied member", "MS, RD", copied.text("credentials"));
        assertEquals("1245319599", copied.text("npi"));
        Api kim = invite(dana, "kim" + System.nanoTime() + "@example.org", "Kim Child", "DIRECTOR");
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());

        // Kim directs the child only: the parent's catalogue is shared with her, nothing else of the parent is
        boolean shared = false;
        for (JsonNode t : kim.get("appointment-types").json()) {
            shared |= t.path("id").asText().equals(typeId) && t.path("shared").asBoolean();
        }
        assertTrue("the parent's appointment type is offered in the child", shared);
        assertEquals("a shared type is changed in the parent", 409, kim.put("appointment-types/" + typeId,
                "{\"name\":\"Renamed\",\"durationMinutes\":45}").status());
        assertEquals(404, kim.get("accounts/" + home).status());
        assertEquals(404, kim.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
        assertEquals(404, kim.get("members/" + danaMember).status());
        assertEquals(404, kim.put("members/" + danaMember, "{\"active\":false}").status());
        assertEquals(404, kim.send("DELETE", "invitations/" + inviteId, null).status());
        for (JsonNode i : kim.get("invitations").json()) {
            assertFalse("the parent's invitations are not listed", i.path("id").asText().equals(inviteId));
        }
        boolean unchanged = false;
        for (JsonNode t : dana.get("appointment-types").json()) {
            unchanged |= t.path("id").asText().equals(typeId) && t.path("name").asText().equals(typeName);
        }
        assertTrue("the parent's type is as the parent left it", unchanged);

        // and an independent account sees none of the family's catalogue
        String apart = idOf(dana.post("accounts", "{\"name\":\"Apart " + System.nanoTime()
                + "\",\"child\":false,\"copyMembers\":false}"));
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + apart + "\"}").status());
        for (JsonNode t : dana.get("appointment-types").json()) {
            assertFalse(t.path("id").asText().equals(typeId));
        }
        assertEquals(404, dana.put("appointment-types/" + typeId, "{\"name\":\"X\",\"durationMinutes\":30}")
                .status());
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
    }

    @Test
    public void anotherAccountsMembersInvitationsAndSettingsAreNotReachable() throws Exception {
        Api dana = Practice.director(api);
        String home = dana.get("auth/me").text("accountId");
        String danaMember = dana.get("auth/me").text("memberId");
        String inviteId = idOf(dana.post("invitations", "{\"email\":\"nina@example.org\",\"displayName\":\"Nina\","
                + "\"role\":\"CLINICAL\"}"));

        // Eve runs an independent practice of her own.
        String lakeside = idOf(dana.post("accounts", "{\"name\":\"Lakeside Speech " + System.nanoTime()
                + "\",\"child\":false,\"copyMembers\":false}"));
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + lakeside + "\"}").status());
        Api eve = invite(dana, "eve" + System.nanoTime() + "@example.org", "Eve", "DIRECTOR");
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
        String eveMember = eve.get("auth/me").text("memberId");

        assertEquals(404, eve.get("members/" + danaMember).status());
        assertEquals(404, eve.put("members/" + danaMember, "{\"active\":false}").status());
        assertEquals(404, eve.send("DELETE", "invitations/" + inviteId, null).status());
        assertEquals(404, eve.get("accounts/" + home).status());
        assertEquals(404, eve.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
        for (JsonNode m : eve.get("members").json()) {
            assertFalse(m.path("id").asText().equals(danaMember));
        }
        for (JsonNode i : eve.get("invitations").json()) {
            assertFalse(i.path("id").asText().equals(inviteId));
        }
        assertFalse(eve.get("settings/general").text("practiceName").startsWith("Riverside"));
        assertEquals(404, dana.get("members/" + eveMember).status());
        assertEquals(404, dana.put("members/" + eveMember, "{\"role\":\"CLINICAL\"}").status());
        assertEquals("Dana's invitation is untouched", "PENDING", dana.get("invitations").json().findValues("id")
                .stream().anyMatch(n -> n.asText().equals(inviteId)) ? "PENDING" : "GONE");
    }
}
