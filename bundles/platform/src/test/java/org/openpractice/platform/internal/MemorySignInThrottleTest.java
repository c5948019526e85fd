package org.openpractice.platform.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Test;

public class MemorySignInThrottleTest {
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    public void blocksAfterFreeAttemptsWithGrowingWait() {
        MovableClock clock = new MovableClock();
        MemorySignInThrottle throttle = new MemorySignInThrottle(clock);
        for (int i = 0; i < MemorySignInThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
            assertFalse(throttle.blockedFor("a@example.org", "10.0.0.1").isPresent());
        }
        throttle.failed("a@example.org", "10.0.0.1");
        assertTrue(throttle.blockedFor("A@example.org", "10.0.0.9").isPresent());
        throttle.failed("a@example.org", "10.0.0.1");
        Duration wait = throttle.blockedFor("a@example.org", "10.0.0.1").orElseThrow();
        assertTrue(wait.getSeconds() >= 1);
        clock.now = clock.now.plus(wait).plusMillis(1);
        assertFalse(throttle.blockedFor("a@example.org", "10.0.0.2").isPresent());
        throttle.succeeded("a@example.org", "10.0.0.1");
        assertFalse(throttle.blockedFor("a@example.org", "10.0.0.2").isPresent());
    }
}
