package org.openpractice.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real ClamAV daemon of a test's own: TCP on 127.0.0.1 at a free port, its own configuration and a signature
 * database holding only the EICAR test signature, so it starts offline (no signature download) in about a second.
 */
public final class Clamd implements AutoCloseable {
    /** MD5 and length of the 68-byte EICAR anti-virus test string, as a ClamAV hash signature. */
    public static final String EICAR_SIGNATURE = "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature";
    private final Process process;
    private final int port;

    private Clamd(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The EICAR test string, put together here so that no file of the repository contains it. */
    public static byte[] eicar() {
        String text = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD" + "-ANTIVIRUS-TEST" + "-FILE!$H+H*";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts clamd with its files under {@code dir} and waits until it answers PING. */
    public static Clamd start(Path dir) throws IOException, InterruptedException {
        Path executable = executable();
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("eicar.hdb"), EICAR_SIGNATURE + "\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = dir.resolve("clamd.conf");
        Files.writeString(config, String.join("\n",
                "TCPSocket " + port,
                "TCPAddr 127.0.0.1",
                "Foreground yes",
                "DatabaseDirectory " + db,
                "LogFile " + dir.resolve("clamd.log"),
                "TemporaryDirectory " + Files.createDirectories(dir.resolve("tmp")),
                "StreamMaxLength 30M",
                "MaxFileSize 30M",
                "MaxScanSize 100M",
                "SelfCheck 0",
                ""));
        Path out = dir.resolve("clamd.out");
        Process process = new ProcessBuilder(executable.toString(), "--config-file=" + config)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Clamd clamd = new Clamd(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!clamd.answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                clamd.close();
                throw new IllegalStateException("clamd did not answer PING on 127.0.0.1:" + port + "; its output:\n"
                        + (Files.exists(out) ? Files.readString(out) : ""));
            }
            Thread.sleep(100);
        }
        return clamd;
    }

    /** clamd from PATH or Debian's place; a test fails, not skips, without it. */
    private static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin"
                + File.pathSeparator + "/usr/local/sbin";
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "clamd");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("clamd is not installed, and the virus-scan tests need a real ClamAV daemon:"
                + " run 'apt-get install -y clamav-daemon' (Debian) and build again");
    }

    public int port() {
        return port;
    }

    /** The lines of an {@code etc/org.openpractice.clamav.cfg} that point a server at this daemon. */
    public String serverConfiguration() {
        return "# The test's own clamd\nhost = 127.0.0.1\nport = " + port + "\ntimeout.ms = 30000\n";
    }

    /** True when clamd answers PING with PONG. */
    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            for (int b; (b = in.read()) > 0 && reply.size() < 64;) {
                reply.write(b);
            }
            return "PONG".equals(reply.toString(StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
