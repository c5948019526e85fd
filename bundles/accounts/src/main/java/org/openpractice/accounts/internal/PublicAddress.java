package org.openpractice.accounts.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.function.Supplier;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Where members reach this installation, for links in e-mails: the configured {@code publicUrl}, or, when none is
 * set, this machine on the HTTP port the server listens on.
 */
final class PublicAddress {
    private static final String DEFAULT_PORT = "8181";

    private PublicAddress() {
    }

    /** The configured address without trailing slashes, or {@code http://localhost:<port>} when it is blank. */
    static String of(String configured, Supplier<String> httpPort) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return "http://localhost:" + httpPort.get();
    }

    static String of(String configured, ConfigurationAdmin configurations) {
        return of(configured, () -> httpPort(configurations));
    }

    /** The HTTP port from the web server's configuration ({@code etc/org.ops4j.pax.web.cfg}), 8181 without one. */
    static String httpPort(ConfigurationAdmin configurations) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=org.ops4j.pax.web)");
            Dictionary<String, Object> props = found == null || found.length == 0 ? null : found[0].getProperties();
            Object port = props == null ? null : props.get("org.osgi.service.http.port");
            return port == null || port.toString().isBlank() ? DEFAULT_PORT : port.toString().strip();
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            return DEFAULT_PORT;
        }
    }
}
