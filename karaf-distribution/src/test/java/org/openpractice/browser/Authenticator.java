package org.openpractice.browser;

import java.time.Instant;

import org.openpractice.platform.security.Totp;

/**
 * An authenticator app for the browser tests: computes the codes of a TOTP secret the page showed, never the same
 * step twice (the server refuses a replayed step), waiting for the next step when the window is used up.
 */
final class Authenticator {
    private final String secret;
    private long lastStep;

    Authenticator(String secret) {
        this.secret = secret;
    }

    /** A code the server accepts now and has not seen yet. */
    synchronized String code() throws InterruptedException {
        while (true) {
            long current = Totp.step(Instant.now());
            long step = Math.max(current, lastStep + 1);
            if (step <= current + Totp.WINDOW) {
                lastStep = step;
                return Totp.code(secret, step);
            }
            long nextStepAt = (current + 1) * Totp.STEP_SECONDS * 1000;
            Thread.sleep(Math.max(50, nextStepAt - System.currentTimeMillis() + 50));
        }
    }
}
