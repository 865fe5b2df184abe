package org.unigate.z3950.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/**
 * Why a member operation failed, by what it means for the session: a {@link Kind#DIAGNOSTIC}
 * (the member answered, saying no) and {@link Kind#BUSY} (an answer read in full but left
 * undecoded) leave the session usable; every other kind closes it.
 */
final class MemberFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind {
        /** No connection could be made, or the member refused Init. */
        UNREACHABLE(Condition.DATABASE_UNAVAILABLE),
        /** The connection went away (or the member closed the association) before the answer. */
        DROPPED(Condition.DATABASE_UNAVAILABLE),
        TIMEOUT(Condition.MEMBER_TIMEOUT),
        /** Bytes that are not the APDU expected: malformed BER, a crossed limit, the wrong APDU. */
        GARBAGE(Condition.MEMBER_ERROR),
        /** Every session busy and the queue full, or no decoding thread free to read an answer. */
        BUSY(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE),
        CLOSED(Condition.DATABASE_UNAVAILABLE),
        /** The caller cancelled the operation (the engine stopped waiting for it); nobody reads its outcome. */
        ABANDONED(Condition.MEMBER_TIMEOUT),
        DIAGNOSTIC(Condition.MEMBER_ERROR);

        private final Condition condition;

        Kind(Condition condition) {
            this.condition = condition;
        }
    }

    private final Kind kind;
    private final transient Diagnostic diagnostic;

    MemberFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.diagnostic = Diagnostic.of(kind.condition, message);
    }

    /** The member's own refusal, which the response reports as it is. */
    MemberFailure(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.kind = Kind.DIAGNOSTIC;
        this.diagnostic = diagnostic;
    }

    Kind kind() {
        return kind;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }

    boolean sessionUsable() {
        return kind == Kind.DIAGNOSTIC || kind == Kind.BUSY;
    }

    /** Any throwable as a failure; what is not one already is a fault of ours or the member's, reported as MEMBER_ERROR. */
    static MemberFailure of(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof MemberFailure f) {
            return f;
        }
        if (t instanceof CancellationException) {
            return Lease.gone();
        }
        if (t instanceof RejectedExecutionException) {
            return new MemberFailure(Kind.BUSY, "no decoding thread free to read the answer");
        }
        MemberFailure wrapped = new MemberFailure(Kind.GARBAGE, "unexpected failure: " + t);
        wrapped.initCause(t);
        return wrapped;
    }
}
