package org.openpractice.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.rules.ExternalResource;

/**
 * The server a browser test class runs against, as a class rule: a fresh copy of the assembly started before the
 * class's first test and stopped after its last.
 */
public final class RunningServer extends ExternalResource {
    private final String name;
    private final int base;
    private Server server;

    /** {@code name} names the copy under target/; {@code base} is the port block (see {@link Server#start}). */
    public RunningServer(String name, int base) {
        this.name = name;
        this.base = base;
    }

    @Override
    protected void before() throws Throwable {
        server = Server.start(name, base);
    }

    @Override
    protected void after() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("The server " + name + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return server.url(path);
    }

    public int port() {
        return server.port();
    }

    public Path home() {
        return server.home();
    }
}
