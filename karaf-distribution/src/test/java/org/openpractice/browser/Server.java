package org.openpractice.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The assembled distribution started for real with {@code bin/start}, from a fresh copy with its own ports and
 * empty data, the way an administrator runs it; stopped with {@code bin/stop}.
 */
public final class Server implements AutoCloseable {
    private final Path home;
    private final int port;

    private Server(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Something to do to a fresh copy before it starts, such as pointing its {@code etc/} at a test's service. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(Path home) throws IOException;
    }

    /** Copies {@code target/assembly} to {@code target/<name>}, sets ports from {@code base}, starts it. */
    public static Server start(String name, int base) throws IOException, InterruptedException {
        return start(name, base, home -> { });
    }

    /** As {@link #start(String, int)}, with {@code preparation} applied to the copy before it starts. */
    public static Server start(String name, int base, Preparation preparation)
            throws IOException, InterruptedException {
        Path assembly = Path.of(System.getProperty("openpractice.assembly", "target/assembly"));
        Path home = assembly.resolveSibling(name);
        delete(home);
        copy(assembly, home);
        delete(home.resolve("data"));
        int port = base + 8181 % 1000;
        set(home, "org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
        set(home, "org.apache.karaf.shell.cfg", "sshPort", String.valueOf(base + 101));
        set(home, "org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(base + 99));
        set(home, "org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(base + 444));
        preparation.prepare(home);
        Server server = new Server(home, port);
        server.run("start");
        server.awaitHealthy(Duration.ofSeconds(120));
        return server;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public Path home() {
        return home;
    }

    private void awaitHealthy(Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + within.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("api/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && last.contains("\"accounts\":\"UP\"") && page.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server at " + home + " did not become healthy: " + last);
    }

    private void run(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve(script).toString())
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(home.resolve(script + ".out").toFile());
        builder.environment().put("KARAF_REDIRECT", home.resolve("karaf.out").toString());
        Process p = builder.start();
        p.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
        for (int i = 0; i < 60 && Files.exists(home.resolve("data").resolve("port")); i++) {
            Thread.sleep(250);
        }
    }

    private static void set(Path home, String file, String key, String value) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg) : List.of();
        StringBuilder out = new StringBuilder();
        boolean done = false;
        for (String line : lines) {
            if (line.strip().startsWith(key + " ") || line.strip().startsWith(key + "=")) {
                out.append(key).append(" = ").append(value).append('\n');
                done = true;
            } else {
                out.append(line).append('\n');
            }
        }
        if (!done) {
            out.append(key).append(" = ").append(value).append('\n');
        }
        Files.writeString(cfg, out);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
