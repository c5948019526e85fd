package org.openpractice.itest;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** The practice the integration tests share: first run happens once per server, whoever comes first. */
final class Practice {
    static final String PASSWORD = "river stones and willow 7";
    static final String EMAIL = "dana@example.org";
    static final Duration STARTUP = Duration.ofSeconds(90);

    private Practice() {
    }

    private static boolean settled;

    /**
     * Waits until every module is up and the JAX-RS whiteboard has published all their resources: it rebuilds the
     * application whenever a resource arrives, and answers "No service was found" meanwhile.
     */
    static synchronized void awaitSettled(Api api) {
        if (settled) {
            return;
        }
        api.await("health", r -> r.status() == 200 && r.json() != null && r.json().path("modules").size() >= 5,
                "all modules UP", STARTUP);
        String[] paths = {"/api/setup", "/api/auth/login", "/api/locations", "/api/billing-addresses",
            "/api/profiles/me", "/api/appointment-types", "/api/members", "/api/settings/general"};
        api.await("openapi.json", r -> {
            if (r.status() != 200 || r.json() == null) {
                return false;
            }
            for (String p : paths) {
                if (!r.json().path("paths").has(p)) {
                    return false;
                }
            }
            return true;
        }, "every module's paths", STARTUP);
        for (String p : paths) {
            api.await(p.substring("/api/".length()), r -> r.status() != 404, p + " published", STARTUP);
        }
        settled = true;
    }

    /** Dana, the director of "Riverside Therapy", signed in to it. */
    static synchronized Api director(Api api) {
        awaitSettled(api);
        api.await("setup", 200, STARTUP);
        if (api.get("setup").json().path("firstRunPending").asBoolean()) {
            Api.Reply created = api.post("setup", "{\"practiceName\":\"Riverside Therapy\",\"firstName\":\"Dana\","
                    + "\"lastName\":\"Smith\",\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}");
            assertEquals(created.body(), 200, created.status());
            return api.as(created.text("token"));
        }
        return signIn(api, EMAIL, PASSWORD, home(api));
    }

    static Api signIn(Api api, String email, String password, String accountId) {
        String account = accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"";
        Api.Reply login = api.post("auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\""
                + account + "}");
        assertEquals(login.body(), 200, login.status());
        return api.as(login.text("token"));
    }

    /** The id of Riverside Therapy, Dana's first account. */
    private static String home(Api api) {
        Api dana = signIn(api, EMAIL, PASSWORD, null);
        for (var a : dana.get("accounts").json()) {
            if (a.path("name").asText().equals("Riverside Therapy")) {
                return a.path("id").asText();
            }
        }
        throw new AssertionError("Riverside Therapy not found");
    }

    /** Invites {@code email} to the account {@code inviter} is in and accepts it as a new login; answers its client. */
    static Api invite(Api api, Api inviter, String email, String name, String role, String password)
            throws IOException, InterruptedException {
        Api.Reply inv = inviter.post("invitations", "{\"email\":\"" + email + "\",\"displayName\":\"" + name
                + "\",\"role\":\"" + role + "\"}");
        assertEquals(inv.body(), 200, inv.status());
        String token = invitationToken(email);
        Api.Reply preview = api.get("invitations/by-token/" + token);
        assertEquals(preview.body(), 200, preview.status());
        assertEquals(role, preview.text("role"));
        Api.Reply accepted = api.post("invitations/by-token/" + token + "/accept",
                "{\"password\":\"" + password + "\"}");
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals("an invitation works once", 409, api.post("invitations/by-token/" + token + "/accept",
                "{\"password\":\"" + password + "\"}").status());
        return api.as(accepted.text("token"));
    }

    /** An independent practice of its own, run by a new director who belongs to nothing else. */
    static Api independentDirector(Api api, Api dana, String home) throws IOException, InterruptedException {
        Api.Reply other = dana.post("accounts", "{\"name\":\"Lakeside " + System.nanoTime()
                + "\",\"child\":false,\"copyMembers\":false}");
        assertEquals(other.body(), 200, other.status());
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + other.text("id") + "\"}").status());
        Api eve = invite(api, dana, "eve" + System.nanoTime() + "@example.org", "Eve", "DIRECTOR",
                "lakeside heron morning");
        assertEquals(200, dana.post("auth/switch", "{\"accountId\":\"" + home + "\"}").status());
        return eve;
    }

    /** The token of the newest invitation mailed to {@code email} (system mail writes .eml files in file mode). */
    static String invitationToken(String email) throws IOException, InterruptedException {
        return mailedToken(email, "/invitation/");
    }

    /** The token after {@code path} in the newest link of that kind mailed to {@code email}. */
    static String mailedToken(String email, String path) throws IOException, InterruptedException {
        return Mailbox.token(Path.of(System.getProperty("karaf.data"), "mail"), email, path);
    }
}
