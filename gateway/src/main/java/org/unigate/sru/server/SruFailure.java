package org.unigate.sru.server;

import org.unigate.sru.SruVersion;

/**
 * A request the gateway answers with a fatal diagnostic, in the version and response kind the
 * request asked for as far as it could be read.
 */
final class SruFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SruVersion version;
    private final transient Operation operation;
    private final transient SruDiagnostic diagnostic;

    SruFailure(SruVersion version, Operation operation, SruDiagnostic diagnostic) {
        super(diagnostic.uri() + " " + diagnostic.details(), null, false, false);
        this.version = version;
        this.operation = operation;
        this.diagnostic = diagnostic;
    }

    SruVersion version() {
        return version;
    }

    Operation operation() {
        return operation;
    }

    SruDiagnostic diagnostic() {
        return diagnostic;
    }
}
