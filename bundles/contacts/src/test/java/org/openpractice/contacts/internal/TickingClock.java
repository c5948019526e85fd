package org.openpractice.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock one second further on at every reading, so creation order shows in timestamps. */
final class TickingClock extends Clock {
    private long seconds = 1_800_000_000L;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return Instant.ofEpochSecond(seconds++);
    }
}
