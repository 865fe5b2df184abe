package org.unigate.oai;

import java.util.Objects;

/** A request the repository answers with an OAI-PMH {@code <error>} rather than a result. */
public final class OaiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final OaiError error;

    public OaiException(OaiError error, String message) {
        super(message, null, false, false); // control flow, not a fault: no stack trace needed
        this.error = Objects.requireNonNull(error, "error");
    }

    public OaiError error() {
        return error;
    }
}
