package org.unigate.admission;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A request refused because its door already has all it may have in progress and waiting. Not
 * an error: each door answers it in its own protocol (HTTP 503 with Retry-After, a Bib-1
 * temporary-system-error diagnostic). Carries no stack trace; it is expected under load.
 */
public final class DoorFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String door;
    private final transient Duration retryAfter;

    DoorFullException(String door, int inFlight, int queued, Duration retryAfter) {
        super(door + " is busy: " + inFlight + " requests in progress and " + queued + " waiting", null, false, false);
        this.door = door;
        this.retryAfter = retryAfter;
    }

    public String door() {
        return door;
    }

    /** When the client should try again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Retry-After in whole seconds, rounded up so a client never comes back early. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** What to tell people, beside the protocol's own code for "busy". */
    public String advice() {
        return "the gateway is serving all the requests it can; try again in " + retryAfterSeconds() + " s";
    }

    /** The refusal behind a failed stage, if that is why it failed. */
    public static Optional<DoorFullException> in(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof DoorFullException full ? Optional.of(full) : Optional.empty();
    }
}
