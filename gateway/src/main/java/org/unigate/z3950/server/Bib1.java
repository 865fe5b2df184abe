package org.unigate.z3950.server;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.diag.DiagnosticException;
import org.unigate.z3950.DefaultDiagFormat;

/**
 * The Bib-1 diagnostics the Z39.50 front end raises itself (those of the gateway's other
 * conditions come from {@link org.unigate.diag.Condition#bib1Code()}), and the one way any
 * failure becomes a diagnostic for the client.
 */
final class Bib1 {

    static final int PERMANENT_SYSTEM_ERROR = 1;
    static final int TEMPORARY_SYSTEM_ERROR = 2;
    static final int UNSUPPORTED_SEARCH = 3;
    static final int PRESENT_OUT_OF_RANGE = 13;
    static final int SYSTEM_ERROR_PRESENTING = 14;
    static final int EXCEEDS_PREFERRED_MESSAGE_SIZE = 16;
    static final int EXCEEDS_EXCEPTIONAL_RECORD_SIZE = 17;
    static final int RESULT_SET_AS_TERM_UNSUPPORTED = 18;
    static final int RESULT_SET_EXISTS = 21;
    static final int ELEMENT_SET_NAME_NOT_VALID = 25;
    static final int RESULT_SET_DELETED_BY_TARGET = 27;
    static final int RESULT_SET_DOES_NOT_EXIST = 30;
    static final int QUERY_TYPE_UNSUPPORTED = 107;
    static final int MALFORMED_QUERY = 108;
    static final int DATABASE_UNAVAILABLE = 109;
    static final int TOO_MANY_DATABASES = 111;
    static final int TOO_MANY_RESULT_SETS = 112;
    static final int UNSUPPORTED_USE_ATTRIBUTE = 114;
    static final int ONLY_ZERO_STEP_SIZE = 205;
    static final int CANNOT_SORT = 207;
    static final int NO_SORTED_SET_NAME = 208;
    static final int DATABASE_SPECIFIC_SORT_UNSUPPORTED = 210;
    static final int TOO_MANY_SORT_KEYS = 211;
    static final int DUPLICATE_SORT_KEYS = 212;
    static final int UNSUPPORTED_MISSING_DATA_ACTION = 213;
    static final int ILLEGAL_SORT_RELATION = 214;
    static final int SORT_TOO_MANY_INPUT_SETS = 230;
    static final int SCAN_POSITION_UNSUPPORTED = 233;
    static final int DATABASE_DOES_NOT_EXIST = 235;
    static final int RECORD_SYNTAX_UNSUPPORTED = 239;
    static final int ADDITIONAL_RANGES_UNSUPPORTED = 243;

    private static final Logger LOG = LoggerFactory.getLogger(Bib1.class);

    private Bib1() {
    }

    /** A request that cannot be carried out, with the Bib-1 diagnostic that says why. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DefaultDiagFormat diagnostic;

        Failure(int condition, String addinfo) {
            super(condition + ": " + addinfo, null, false, false);
            this.diagnostic = DefaultDiagFormat.bib1(condition, addinfo);
        }

        DefaultDiagFormat diagnostic() {
            return diagnostic;
        }
    }

    static Failure failure(int condition, String addinfo) {
        return new Failure(condition, addinfo);
    }

    /**
     * The diagnostic for whatever ended a request: ours, the gateway's conditions, and for
     * anything unexpected a temporary system error (logged here, never shown to the client).
     */
    static DefaultDiagFormat of(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof Failure f) {
            return f.diagnostic();
        }
        if (t instanceof DiagnosticException d) {
            return DefaultDiagFormat.of(d.diagnostic());
        }
        LOG.warn("Z39.50 request failed unexpectedly", t);
        return DefaultDiagFormat.bib1(TEMPORARY_SYSTEM_ERROR, "internal error");
    }
}
