package org.unigate.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock a test drives: set (backwards too) or advanced by hand, and optionally moving by a
 * fixed step on every read, so every event it stamps gets a time of its own.
 */
public final class TestClock extends Clock {

    private final Duration tick;
    private Instant now;

    private TestClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /** Stands still until the test moves it. */
    public static TestClock fixed(Instant start) {
        return new TestClock(start, Duration.ZERO);
    }

    /** Moves {@code step} before every read. */
    public static TestClock ticking(Instant start, Duration step) {
        return new TestClock(start, step);
    }

    public synchronized void set(Instant instant) {
        now = instant;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(tick);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The gateway stamps everything in UTC; a zone changes nothing a test could observe. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
