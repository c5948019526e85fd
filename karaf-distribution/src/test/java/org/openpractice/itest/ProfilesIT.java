package org.openpractice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.ObjectMapper;

/** My Details over REST on the assembled server: who may edit whom, the masked tax ID and its reveal, photos. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ProfilesIT {
    /** A 1×1 lossless WebP: the server decodes it with the reader embedded in the profiles bundle. */
    private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    private final Api api = new Api(KarafTestSupport.HTTP_PORT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    @Test
    public void photosFollowTheRulesOfTheProfile() throws Exception {
        Api dana = Practice.director(api);
        api.await("profiles/me", 401, Practice.STARTUP);
        Api carl = Practice.invite(api, dana, "carlphoto" + System.nanoTime() + "@example.org", "Carl Photo",
                "CLINICAL", "a clinician's long photo passphrase");
        String carlId = carl.get("auth/me").text("memberId");
        String danaId = dana.get("auth/me").text("memberId");

        assertEquals(404, send(carl, "GET", "profiles/me/photo", null, null).statusCode());
        HttpResponse<byte[]> put = send(carl, "PUT", "profiles/me/photo?x=160&y=20&size=120", image("png"),
                "image/png");
        assertEquals(text(put), 200, put.statusCode());
        String etag = json(put).text("etag");
        assertEquals("256", json(put).text("size"));

        HttpResponse<byte[]> got = send(carl, "GET", "profiles/me/photo", null, null);
        assertEquals(200, got.statusCode());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals("\"" + etag + "\"", got.headers().firstValue("ETag").orElse(""));
        assertTrue(got.headers().firstValue("Cache-Control").orElse("").contains("private"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(got.body()));
        assertEquals(256, stored.getWidth());
        assertEquals(256, stored.getHeight());
        assertEquals("the right half of the upload was kept", Color.BLUE.getRGB(), stored.getRGB(128, 128));
        HttpRequest again = request(carl, "GET", "profiles/me/photo", null, null)
                .header("If-None-Match", "\"" + etag + "\"").build();
        assertEquals(304, http.send(again, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(200, send(dana, "GET", "profiles/" + carlId + "/photo", null, null).statusCode());

        HttpResponse<byte[]> gif = send(carl, "PUT", "profiles/me/photo", image("gif"), "image/png");
        assertEquals(text(gif), 400, gif.statusCode());
        assertEquals("Upload a JPEG, PNG or WebP image", json(gif).json().path("fields").path("photo").asText());
        HttpResponse<byte[]> outside = send(carl, "PUT", "profiles/me/photo?x=200&y=0&size=150", image("png"),
                "image/png");
        assertEquals(400, outside.statusCode());
        assertTrue(json(outside).json().path("fields").has("crop"));
        HttpResponse<byte[]> pngAsJpeg = send(carl, "PUT", "profiles/me/photo", image("png"), "image/jpeg");
        assertEquals("the type is read from the content", 200, pngAsJpeg.statusCode());
        HttpResponse<byte[]> webp = send(carl, "PUT", "profiles/me/photo", Base64.getDecoder().decode(WEBP),
                "image/webp");
        assertEquals(text(webp), 200, webp.statusCode());
        HttpResponse<byte[]> tooLarge = send(carl, "PUT", "profiles/me/photo", new byte[5 * 1024 * 1024 + 1],
                "application/octet-stream");
        assertEquals(400, tooLarge.statusCode());
        assertTrue(text(tooLarge), json(tooLarge).json().path("fields").path("photo").asText().contains("5 MB"));

        HttpResponse<byte[]> byDirector = send(dana, "PUT", "profiles/" + carlId + "/photo", image("jpg"),
                "image/jpeg");
        assertEquals(text(byDirector), 200, byDirector.statusCode());
        assertEquals(json(byDirector).text("etag"), send(carl, "GET", "profiles/me/photo", null, null).headers()
                .firstValue("ETag").orElse("").replace("\"", ""));

        assertEquals(403, send(carl, "PUT", "profiles/" + danaId + "/photo", image("png"), "image/png").statusCode());
        assertEquals(403, send(carl, "GET", "profiles/" + danaId + "/photo", null, null).statusCode());
        assertEquals(403, send(carl, "DELETE", "profiles/" + danaId + "/photo", null, null).statusCode());

        String home = dana.get("auth/me").text("accountId");
        Api eve = Practice.independentDirector(api, dana, home);
        assertEquals(404, send(eve, "GET", "profiles/" + carlId + "/photo", null, null).statusCode());
        assertEquals(404, send(eve, "PUT", "profiles/" + carlId + "/photo", image("png"), "image/png").statusCode());
        assertEquals(404, send(eve, "DELETE", "profiles/" + carlId + "/photo", null, null).statusCode());

        assertEquals(204, send(carl, "DELETE", "profiles/me/photo", null, null).statusCode());
        assertEquals(404, send(carl, "GET", "profiles/me/photo", null, null).statusCode());
        assertEquals(404, send(dana, "GET", "profiles/" + carlId + "/photo", null, null).statusCode());
    }

    /** 300×200, the left half red and the right half blue, in {@code format}. */
    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 150, 200);
        g.setColor(Color.BLUE);
        g.fillRect(150, 0, 150, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    private HttpRequest.Builder request(Api as, String method, String path, byte[] body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + KarafTestSupport.HTTP_PORT
                + "/api/" + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + as.token());
        if (type != null) {
            b.header("Content-Type", type);
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<byte[]> send(Api as, String method, String path, byte[] body, String type)
            throws IOException, InterruptedException {
        return http.send(request(as, method, path, body, type).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Api.Reply json(HttpResponse<byte[]> response) throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new Api.Reply(response.statusCode(), new ObjectMapper().readTree(body),
                body);
    }
}
