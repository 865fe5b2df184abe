package org.unigate.ber;

import io.netty.handler.codec.DecoderException;

/**
 * Bad or hostile input: malformed BER, a crossed {@link BerLimits} limit, or BER that does not
 * fit the expected ASN.1 type. It is the one exception the frame and APDU decoders throw for
 * input problems, so a handler can answer it with a Close carrying {@link #getMessage()}.
 */
public class BerException extends DecoderException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, coarsely, for choosing a close reason and for counting. */
    public enum Problem {
        /** Broken BER: bad header, length or nesting, truncated content. */
        MALFORMED,
        /** The first element of a PDU is primitive or otherwise cannot start one. */
        NOT_A_PDU,
        PDU_TOO_LARGE,
        TOO_DEEP,
        TOO_MANY_ELEMENTS,
        /** Well-formed BER whose element does not belong where it appears. */
        UNEXPECTED_ELEMENT,
        /** A mandatory element is absent. */
        MISSING_ELEMENT,
        /** An element with a value its type does not allow (integer range, enum value, OID). */
        INVALID_VALUE;

        public boolean isLimit() {
            return this == PDU_TOO_LARGE || this == TOO_DEEP || this == TOO_MANY_ELEMENTS;
        }
    }

    private final Problem problem;

    public BerException(Problem problem, String message) {
        super(problem + ": " + message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static BerException malformed(String message) {
        return new BerException(Problem.MALFORMED, message);
    }
}
