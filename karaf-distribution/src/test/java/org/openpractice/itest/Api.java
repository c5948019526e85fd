package org.openpractice.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON client for the running server's /api. */
public final class Api {
    /** A response: its status and parsed JSON body (null when empty). */
    public record Reply(int status, JsonNode json, String body) {
        public String text(String field) {
            JsonNode n = json == null ? null : json.path(field);
            return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public Api(int port) {
        this("http://127.0.0.1:" + port + "/api/", null);
    }

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same server, authenticated with {@code bearer}. */
    public Api as(String bearer) {
        return new Api(base, bearer);
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; retry < 40 && r.statusCode() == 404 && r.body().contains("No service was found");
                    retry++) {
                Thread.sleep(250); // the whiteboard is republishing the application while a module comes or goes
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            }
            JsonNode node = null;
            String body = r.body();
            if (body != null && !body.isBlank() && (body.startsWith("{") || body.startsWith("["))) {
                node = JSON.readTree(body);
            }
            return new Reply(r.statusCode(), node, body);
        } catch (IOException e) {
            return new Reply(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until {@code path} answers {@code status} (the whiteboard publishes asynchronously). */
    public Reply await(String path, int status, Duration within) {
        return await(path, r -> r.status() == status, "status " + status, within);
    }

    /** Polls until the answer of {@code path} satisfies {@code condition}. */
    public Reply await(String path, java.util.function.Predicate<Reply> condition, String what, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        Reply last;
        do {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < end);
        throw new AssertionError("GET " + path + " did not answer " + what + " within " + within + "; last: "
                + last.status() + " " + last.body());
    }
}
