package org.unigate.z3950.server;

/**
 * Keeps one response within the sizes agreed at Init. A record larger than the
 * exceptional-record-size is never sent (diagnostic 17 in its place); records are sent while
 * they fit the preferred-message-size; the first record may exceed it only when it is the one
 * record asked for (else diagnostic 16 in its place); a later record that does not fit ends the
 * response early. Sizes are estimates of the encoded size, generous for headers.
 */
final class MessageBudget {

    enum Verdict { SEND, EXCEEDS_MESSAGE_SIZE, EXCEEDS_RECORD_SIZE, FULL }

    static final int RESPONSE_OVERHEAD = 256;
    static final int RECORD_OVERHEAD = 64;
    static final int SURROGATE_SIZE = 160;

    private final int messageSize;
    private final int recordSize;
    private final boolean single;
    private long used = RESPONSE_OVERHEAD;
    private int entries;

    MessageBudget(int messageSize, int recordSize, boolean single) {
        this.messageSize = messageSize;
        this.recordSize = recordSize;
        this.single = single;
    }

    Verdict admit(int size) {
        long cost = (long) size + RECORD_OVERHEAD;
        Verdict verdict;
        if (size > recordSize) {
            verdict = Verdict.EXCEEDS_RECORD_SIZE;
        } else if (used + cost <= messageSize || (entries == 0 && single)) {
            verdict = Verdict.SEND;
        } else if (entries == 0) {
            verdict = Verdict.EXCEEDS_MESSAGE_SIZE;
        } else {
            return Verdict.FULL;
        }
        used += verdict == Verdict.SEND ? cost : SURROGATE_SIZE;
        entries++;
        return verdict;
    }
}
