package org.unigate.z3950.client;

import java.time.Duration;

/** When one member operation (connect, Init, search, presents) must be over, whatever it still waits for. */
record Deadline(long nanos, Duration budget) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** Milliseconds left, at least 1 while not expired; 0 once expired. */
    long remainingMillis() {
        long left = nanos - System.nanoTime();
        return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
    }

    boolean expired() {
        return nanos - System.nanoTime() <= 0;
    }
}
