package org.openpractice.contacts.internal;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openpractice.contacts.internal.scan.ClamAvScanner;

/**
 * A real ClamAV daemon of the test's own: TCP on 127.0.0.1 at a free port, its own configuration and a signature
 * database holding only the EICAR test signature, so it starts offline in about a second.
 */
final class Clamd implements AutoCloseable {
    /** MD5 and length of the 68-byte EICAR anti-virus test string, as a ClamAV hash signature. */
    static final String EICAR_SIGNATURE = "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature";
    private final Process process;
    private final int port;
    private final Path dir;

    private Clamd(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The EICAR test string, put together here so that no file of the repository contains it. */
    static byte[] eicar() {
        String text = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD" + "-ANTIVIRUS-TEST" + "-FILE!$H+H*";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static Clamd start(Path dir) throws IOException, InterruptedException {
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
        Process process = new ProcessBuilder(executable.toString(), "--config-file=" + config)
                .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
        Clamd clamd = new Clamd(process, port, dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!clamd.scanner().ping()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String out = Files.exists(dir.resolve("clamd.out")) ? Files.readString(dir.resolve("clamd.out")) : "";
                clamd.close();
                fail("clamd did not answer PING on 127.0.0.1:" + port + "; its output:\n" + out);
            }
            Thread.sleep(100);
        }
        return clamd;
    }

    /** clamd from PATH or Debian's place; the test fails, not skips, without it. */
    static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin"
                + File.pathSeparator + "/usr/local/sbin";
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "clamd");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        fail("clamd is not installed, and the virus-scan tests need a real ClamAV daemon:"
                + " run 'apt-get install -y clamav-daemon' (Debian) and build again");
        return null;
    }

    ClamAvScanner scanner() {
        return new ClamAvScanner("127.0.0.1", port, 10_000);
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
