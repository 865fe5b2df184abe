package org.unigate.federation.chain;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/** The overall time budget of one fan-out round, shared by all member calls in it. */
public final class Deadline {

    private final Ticker ticker;
    private final long endNanos;

    private Deadline(Ticker ticker, long endNanos) {
        this.ticker = ticker;
        this.endNanos = endNanos;
    }

    public static Deadline after(Duration budget, Ticker ticker) {
        Objects.requireNonNull(ticker, "ticker");
        return new Deadline(ticker, ticker.read() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - ticker.read()));
    }

    /** A member gets its own timeout, but never beyond the overall deadline. */
    public Duration timeoutFor(Duration memberTimeout) {
        Duration remaining = remaining();
        return memberTimeout.compareTo(remaining) < 0 ? memberTimeout : remaining;
    }
}
