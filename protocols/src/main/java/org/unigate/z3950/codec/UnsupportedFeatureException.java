package org.unigate.z3950.codec;

import org.unigate.ber.BerException;

/**
 * Valid Z39.50 that Unigate's models cannot hold (a result-set-plus-attributes operand, a
 * dateTime term). Inside a query it becomes {@link org.unigate.z3950.Z3950Query.Unsupported}
 * so the server can answer with a diagnostic; elsewhere it ends decoding like any BerException.
 */
final class UnsupportedFeatureException extends BerException {

    private static final long serialVersionUID = 1L;

    UnsupportedFeatureException(String message) {
        super(Problem.INVALID_VALUE, "unsupported: " + message);
    }
}
