package org.unigate.diag;

/** Thrown where a request cannot go on; front ends turn it into their protocol's diagnostic. */
public class DiagnosticException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    public DiagnosticException(Condition condition, String details) {
        this(Diagnostic.of(condition, details));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
