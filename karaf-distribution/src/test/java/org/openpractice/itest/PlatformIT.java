package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openpractice.platform.ui.MenuContribution;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The assembled distribution: boot, health, first run and sign-in, errors, tenant scoping, OpenAPI, and a module
 * removed and installed again at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT {
    private static final Duration STARTUP = Practice.STARTUP;

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    private final Api api = new Api(KarafTestSupport.HTTP_PORT);

    @Configuration
    public Option[] config() {
        return KarafTestSupport.distribution();
    }

    private Api director() {
        return Practice.director(api);
    }

    @Test
    public void healthIsUpWithEveryModule() {
        Api.Reply health = api.await("health", r -> r.status() == 200 && r.json() != null
                && r.json().path("modules").has("accounts") && r.json().path("modules").has("locations"),
                "UP with accounts and locations", STARTUP);
        assertEquals("UP", health.text("status"));
        assertEquals("UP", health.text("database"));
        assertEquals("UP", health.json().path("modules").path("accounts").asText());
        assertEquals("UP", health.json().path("modules").path("locations").asText());
    }

    @Test
    public void firstRunSignInAndAnAuthenticatedCall() {
        Api dana = director();
        Api.Reply again = api.post("setup", "{\"practiceName\":\"Other\",\"firstName\":\"Eve\",\"lastName\":\"X\","
                + "\"email\":\"eve@example.org\",\"password\":\"another long passphrase\"}");
        assertEquals(409, again.status());
        assertEquals("already_set_up", again.text("code"));
        assertFalse(api.get("setup").json().path("firstRunPending").asBoolean());

        Api.Reply wrong = api.post("auth/login", "{\"email\":\"dana@example.org\",\"password\":\"not the password\"}");
        assertEquals(401, wrong.status());
        assertEquals("bad_credentials", wrong.text("code"));

        Api.Reply me = dana.get("auth/me");
        assertEquals(200, me.status());
        assertEquals("DIRECTOR", me.text("role"));
        assertEquals("Riverside Therapy", me.text("accountName"));
        assertEquals(401, api.get("auth/me").status());
        assertEquals(401, api.as("forged-token-forged-token-forged-token-xx").get("auth/me").status());

        Api.Reply logout = dana.post("auth/logout", null);
        assertEquals(204, logout.status());
        assertEquals(401, dana.get("auth/me").status());
    }

    @Test
    public void badInputAnswersJsonErrors() {
        Api dana = director();
        Api.Reply invalid = dana.post("locations", "{\"name\":\"\",\"kind\":\"PHYSICAL\",\"npi\":\"1234567890\"}");
        assertEquals(400, invalid.status());
        assertEquals("validation_failed", invalid.text("code"));
        assertEquals("is required", invalid.json().path("fields").path("name").asText());
        assertTrue(invalid.json().path("fields").path("npi").asText().contains("check digit"));

        Api.Reply malformed = dana.post("locations", "{not json");
        assertEquals(400, malformed.status());
        assertEquals("malformed_json", malformed.text("code"));

        Api.Reply unknown = dana.post("locations", "{\"name\":\"A\",\"kind\":\"SPACESHIP\"}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().path("fields").path("kind").asText().contains("PHYSICAL"));

        Api.Reply extra = dana.post("auth/login", "{\"email\":\"a@b.org\",\"password\":\"x\",\"admin\":true}");
        assertEquals(400, extra.status());
        assertEquals("is not a known field", extra.json().path("fields").path("admin").asText());

        Api.Reply setupInvalid = api.post("setup", "{\"practiceName\":\"\"}");
        assertTrue(setupInvalid.status() == 400 || setupInvalid.status() == 409);

        Api.Reply nowhere = dana.get("no/such/path");
        assertEquals(404, nowhere.status());
        assertEquals("not_found", nowhere.text("code"));
        assertFalse(nowhere.body().contains("Exception"));
    }

    @Test
    public void anotherAccountsIdsAnswer404() {
        Api dana = director();
        Api.Reply other = dana.post("accounts", "{\"name\":\"Lakeside Speech\",\"child\":false,\"copyMembers\":false}");
        assertEquals(other.body(), 200, other.status());
        String otherAccount = other.text("id");
        String home = dana.get("auth/me").text("accountId");

        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + otherAccount + "\"}").status());
        Api.Reply theirs = dana.post("locations", "{\"name\":\"Lakeside Office\",\"kind\":\"PHYSICAL\",\"address\":"
                + "{\"street\":\"9 Lake Rd\",\"city\":\"Madison\",\"state\":\"WI\",\"postalCode\":\"53703\"}}");
        assertEquals(theirs.body(), 200, theirs.status());
        String theirId = theirs.text("id");

        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
        assertEquals(404, dana.get("locations/" + theirId).status());
        assertEquals(404, dana.put("locations/" + theirId, "{\"name\":\"Mine\",\"kind\":\"VIRTUAL\","
                + "\"virtualDescription\":\"Video\",\"billTo\":\"CLIENT\"}").status());
        assertEquals(404, dana.post("locations/" + theirId + "/archive", null).status());
        for (JsonNode l : dana.get("locations?includeArchived=true").json()) {
            assertFalse(theirId.equals(l.path("id").asText()));
        }
        assertEquals(404, dana.post("auth/switch", "{\"accountId\":\"00000000-0000-0000-0000-000000000000\"}")
                .status());
        assertEquals(404, dana.get("accounts/00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    public void openApiListsEveryRegisteredResource() {
        api.await("setup", 200, STARTUP);
        api.await("locations", 401, STARTUP);
        Api.Reply doc = api.await("openapi.json", 200, STARTUP);
        JsonNode paths = doc.json().path("paths");
        for (String p : new String[] {"/api/health", "/api/setup", "/api/auth/login", "/api/locations",
            "/api/locations/{id}", "/api/accounts"}) {
            assertTrue(p + " missing", paths.has(p));
        }
        assertTrue(paths.path("/api/locations").path("post").path("x-roles").toString().contains("DIRECTOR"));
        assertNotNull(doc.json().path("components").path("schemas").get("LocationInput"));
    }

    /** Every endpoint the server publishes, fed broken input: the answer is a 4xx JSON error, never a 5xx. */
    @Test
    public void everyEndpointAnswersBadInputWith4xx() {
        Api dana = director();
        api.await("locations", 401, STARTUP);
        JsonNode paths = api.get("openapi.json").json().path("paths");
        String[] bodies = {"{", "[]", "\"text\"", "{}", "null", "{\"name\":5,\"kind\":[1]}",
            "{\"name\":\"" + "x".repeat(5000) + "\",\"email\":\"" + "y".repeat(400) + "\"}"};
        String[] ids = {"x", "00000000-0000-0000-0000-000000000000", "%27%20OR%201=1"};
        int calls = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
            if (path.getKey().endsWith("/logout")) {
                continue; // would end the session the rest of this test uses
            }
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                for (String id : ids) {
                    String target = path.getKey().substring("/api/".length()).replaceAll("\\{[^}]+}", id);
                    for (String body : method.equals("GET") ? new String[] {null} : bodies) {
                        Api.Reply r = dana.send(method, target, body);
                        calls++;
                        assertTrue(method + " " + target + " with " + body + " gave " + r.status() + " " + r.body(),
                                r.status() > 0 && r.status() < 500);
                        if (r.status() >= 400) {
                            assertNotNull(method + " " + target + " error is JSON", r.text("code"));
                        }
                    }
                }
            }
        }
        assertTrue("probed " + calls + " calls", calls > 50);
    }

    /** Billing is a leaf module (nothing depends on it): removed and installed again while the server runs. */
    @Test
    public void aModuleRemovedAndInstalledAgainAtRuntime() throws Exception {
        Api dana = director();
        Api.Reply created = dana.post("billing-addresses", "{\"providerName\":\"Hot Deploy LLC\",\"phone\":"
                + "\"(217) 555-0100\",\"npi\":\"1245319599\",\"npiType\":\"TYPE_2_ORGANIZATION\",\"taxId\":"
                + "\"12-3456789\",\"taxIdType\":\"EIN\",\"address\":{\"street\":\"PO Box 12\",\"city\":"
                + "\"Springfield\",\"state\":\"IL\",\"postalCode\":\"62705\"}}");
        assertEquals(created.body(), 200, created.status());
        String id = created.text("id");
        assertTrue(menuHas("settings/billing-addresses"));

        features.uninstallFeature("openpractice-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        dana.await("billing-addresses/" + id, 404, Duration.ofSeconds(30));
        api.await("openapi.json", r -> r.status() == 200 && r.json() != null && !r.json().path("paths").has("/api/billing-addresses"),
                "no billing paths", Duration.ofSeconds(30));
        assertFalse(api.get("openapi.json").json().path("paths").has("/api/claims/cms1500/preview"));
        assertFalse(menuHas("settings/billing-addresses"));
        assertFalse(api.get("health").json().path("modules").has("billing"));
        dana.await("auth/me", 200, Duration.ofSeconds(30));
        assertEquals("other modules keep working", 200, dana.get("locations").status());

        features.installFeature("openpractice-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Api.Reply back = dana.await("billing-addresses/" + id, 200, Duration.ofSeconds(60));
        assertEquals("its data is intact", "Hot Deploy LLC", back.text("providerName"));
        assertEquals("*****6789", back.text("taxIdMasked"));
        api.await("openapi.json", r -> r.status() == 200 && r.json() != null && r.json().path("paths").has("/api/billing-addresses"),
                "billing paths again", Duration.ofSeconds(30));
        assertTrue(menuHas("settings/billing-addresses"));
        api.await("health", r -> r.json() != null && r.json().path("modules").has("billing"), "billing UP again", Duration.ofSeconds(30));
    }

    private boolean menuHas(String route) throws InvalidSyntaxException {
        for (var ref : context.getServiceReferences(MenuContribution.class, null)) {
            MenuContribution m = context.getService(ref);
            try {
                if (m != null && route.equals(m.route())) {
                    return true;
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return false;
    }
}
