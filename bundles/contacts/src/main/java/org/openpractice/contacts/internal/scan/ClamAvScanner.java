package org.openpractice.contacts.internal.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Scans with a ClamAV daemon over its INSTREAM protocol: "zINSTREAM\0", then chunks each prefixed by their length
 * as a 4-byte big-endian number, then a zero length; clamd answers "stream: OK", "stream: NAME FOUND" or an ERROR.
 */
@Component(service = VirusScanner.class, configurationPid = "org.openpractice.clamav",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ClamAvConfig.class)
public class ClamAvScanner implements VirusScanner {
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 1024;
    private final String host;
    private final int port;
    private final int timeoutMs;

    @Activate
    public ClamAvScanner(ClamAvConfig config) {
        this(config.host(), config.port(), config.timeout_ms());
    }

    public ClamAvScanner(String host, int port, int timeoutMs) {
        this.host = host;
        this.port = port;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public ScanResult scan(Path file) throws ScannerUnavailableException {
        String reply;
        try (InputStream in = Files.newInputStream(file)) {
            reply = command("zINSTREAM", in);
        } catch (IOException e) {
            throw new ScannerUnavailableException("clamd at " + host + ":" + port + " did not answer: " + e, e);
        }
        if (reply.endsWith("FOUND")) {
            String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).strip();
            return ScanResult.infected(signature);
        }
        if (reply.endsWith(": OK")) {
            return ScanResult.ok();
        }
        throw new ScannerUnavailableException("clamd could not scan the file: " + reply);
    }

    /** True when clamd answers PING with PONG. */
    public boolean ping() {
        try {
            return "PONG".equals(command("zPING", null));
        } catch (IOException e) {
            return false;
        }
    }

    private String command(String command, InputStream stream) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write((command + "\0").getBytes(StandardCharsets.US_ASCII));
            if (stream != null) {
                byte[] buffer = new byte[CHUNK];
                for (int n; (n = stream.read(buffer)) > 0;) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
                out.writeInt(0);
            }
            out.flush();
            return readReply(socket.getInputStream());
        }
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b; (b = in.read()) > 0 && reply.size() < MAX_REPLY;) {
            reply.write(b);
        }
        String text = reply.toString(StandardCharsets.US_ASCII).strip();
        if (text.isEmpty()) {
            throw new IOException("empty reply");
        }
        return text;
    }
}
