package org.unigate.sru.server;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.sru.SruVersion;

/**
 * A request's parameters once its version and operation are known: typed reads that fail with
 * the SRU diagnostic the value deserves, answered in that version and operation.
 */
final class Params {

    private final Map<String, List<String>> values;
    private final SruVersion version;
    private final Operation operation;

    Params(Map<String, List<String>> values, SruVersion version, Operation operation) {
        this.values = values;
        this.version = version;
        this.operation = operation;
    }

    SruVersion version() {
        return version;
    }

    /** The first value, or null when absent (an empty value counts as absent, as YAZ treats it). */
    String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /** Diagnostic 8 for a parameter this version and operation do not define; {@code x-} extensions pass. */
    void allowOnly(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name) && !name.startsWith("x-")) {
                throw fail(Condition.UNSUPPORTED_PARAMETER, name);
            }
        }
    }

    long positive(String name, long absent) {
        long v = number(name, absent);
        if (v < 1) {
            throw fail(Condition.UNSUPPORTED_PARAMETER_VALUE, name);
        }
        return v;
    }

    int nonNegative(String name, int absent) {
        long v = number(name, absent);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw fail(Condition.UNSUPPORTED_PARAMETER_VALUE, name);
        }
        return (int) v;
    }

    private long number(String name, long absent) {
        String text = get(name);
        if (text == null) {
            return absent;
        }
        if (!text.strip().matches("\\+?\\d{1,18}")) {
            throw fail(Condition.UNSUPPORTED_PARAMETER_VALUE, name,
                    "Unsupported parameter value: " + name + " must be a whole number");
        }
        return Long.parseLong(text.strip());
    }

    SruFailure fail(Condition condition, String details) {
        return new SruFailure(version, operation, SruDiagnostic.of(condition, details));
    }

    SruFailure fail(Condition condition, String details, String message) {
        return new SruFailure(version, operation, SruDiagnostic.of(condition, details, message));
    }

    SruFailure fail(DiagnosticException e) {
        return new SruFailure(version, operation, SruDiagnostic.of(e.diagnostic()));
    }
}
