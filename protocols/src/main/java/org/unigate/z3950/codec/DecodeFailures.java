package org.unigate.z3950.codec;

import org.unigate.ber.BerException;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;

/** What to tell a peer whose input could not be decoded, before closing the connection. */
public final class DecodeFailures {

    private DecodeFailures() {
    }

    /**
     * A Close for a decoding failure: {@code resources} for a crossed limit, {@code protocolError}
     * otherwise, with the problem as diagnostic information. Null if {@code cause} is not a
     * decoding failure (then the connection should just be dropped).
     */
    public static Close closeFor(Throwable cause) {
        Throwable t = cause;
        while (t != null && !(t instanceof BerException)) {
            t = t.getCause();
        }
        if (t == null) {
            return null;
        }
        BerException e = (BerException) t;
        return Close.of(e.problem().isLimit() ? CloseReason.RESOURCES : CloseReason.PROTOCOL_ERROR, e.getMessage());
    }
}
