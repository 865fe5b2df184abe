package org.unigate.federation.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves a second every time it is read, so every event gets its own time. */
final class TickingClock extends Clock {

    private Instant now;

    TickingClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofSeconds(1));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
