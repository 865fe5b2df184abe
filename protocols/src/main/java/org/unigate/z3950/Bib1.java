package org.unigate.z3950;

import static org.unigate.diag.Condition.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.ber.External;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;

/**
 * The Bib-1 diagnostic set as the gateway speaks it, both ways, from one table: the code each
 * {@link Condition} goes out as (to a Z39.50 client of the gateway) and the condition each code
 * a member sends is read as. Several conditions share a code and several codes a condition, so
 * each row names the code, the condition it is read as, and the other conditions sent as it;
 * a code with no row is read as {@code MEMBER_ERROR} with the code kept in the details. The
 * pairs follow the Bib-1 list and YAZ's Bib-1/SRU mapping. The named codes are those the
 * Z39.50 front end raises itself.
 */
public final class Bib1 {

    public static final int PERMANENT_SYSTEM_ERROR = 1;
    public static final int TEMPORARY_SYSTEM_ERROR = 2;
    public static final int UNSUPPORTED_SEARCH = 3;
    public static final int PRESENT_OUT_OF_RANGE = 13;
    public static final int SYSTEM_ERROR_PRESENTING = 14;
    public static final int EXCEEDS_PREFERRED_MESSAGE_SIZE = 16;
    public static final int EXCEEDS_EXCEPTIONAL_RECORD_SIZE = 17;
    public static final int RESULT_SET_AS_TERM_UNSUPPORTED = 18;
    public static final int RESULT_SET_EXISTS = 21;
    public static final int ELEMENT_SET_NAME_NOT_VALID = 25;
    public static final int RESULT_SET_DELETED_BY_TARGET = 27;
    public static final int RESULT_SET_DOES_NOT_EXIST = 30;
    public static final int QUERY_TYPE_UNSUPPORTED = 107;
    public static final int MALFORMED_QUERY = 108;
    public static final int DATABASE_UNAVAILABLE = 109;
    public static final int TOO_MANY_DATABASES = 111;
    public static final int TOO_MANY_RESULT_SETS = 112;
    public static final int UNSUPPORTED_USE_ATTRIBUTE = 114;
    public static final int ONLY_ZERO_STEP_SIZE = 205;
    public static final int CANNOT_SORT = 207;
    public static final int NO_SORTED_SET_NAME = 208;
    public static final int DATABASE_SPECIFIC_SORT_UNSUPPORTED = 210;
    public static final int TOO_MANY_SORT_KEYS = 211;
    public static final int DUPLICATE_SORT_KEYS = 212;
    public static final int UNSUPPORTED_MISSING_DATA_ACTION = 213;
    public static final int ILLEGAL_SORT_RELATION = 214;
    public static final int SORT_TOO_MANY_INPUT_SETS = 230;
    public static final int SCAN_POSITION_UNSUPPORTED = 233;
    public static final int DATABASE_DOES_NOT_EXIST = 235;
    public static final int RECORD_SYNTAX_UNSUPPORTED = 239;
    public static final int ADDITIONAL_RANGES_UNSUPPORTED = 243;
    public static final int COMPSPEC_PARAMETER_UNSUPPORTED = 244;
    public static final int COMPSPEC_UNKNOWN_SCHEMA = 1066;

    /** One Bib-1 code: the condition a member's code is read as, and every condition sent as it. */
    private record Row(int code, Condition readAs, List<Condition> sentBy) {
    }

    private static final List<Row> TABLE = List.of(
            row(PERMANENT_SYSTEM_ERROR, GENERAL_SYSTEM_ERROR, UNSUPPORTED_OPERATION, UNSUPPORTED_VERSION,
                    UNSUPPORTED_PARAMETER_VALUE, MANDATORY_PARAMETER_MISSING, UNSUPPORTED_PARAMETER, UNSUPPORTED_STYLESHEET),
            row(TEMPORARY_SYSTEM_ERROR, SYSTEM_TEMPORARILY_UNAVAILABLE),
            row(UNSUPPORTED_SEARCH, QUERY_FEATURE_UNSUPPORTED),
            row(6, TOO_MANY_BOOLEAN_OPERATORS),
            row(11, TERM_TOO_LONG),
            row(12, TOO_MANY_RECORDS_REQUESTED),
            row(PRESENT_OUT_OF_RANGE, FIRST_RECORD_OUT_OF_RANGE),
            row(SYSTEM_ERROR_PRESENTING, RECORD_TEMPORARILY_UNAVAILABLE, RECORD_DOES_NOT_EXIST),
            row(15, NOT_AUTHORISED_TO_SEND_RECORD),
            readOnly(EXCEEDS_PREFERRED_MESSAGE_SIZE, RECORD_TOO_LARGE),
            row(EXCEEDS_EXCEPTIONAL_RECORD_SIZE, RECORD_TOO_LARGE),
            row(22, RESULT_SETS_NOT_SUPPORTED),
            row(RESULT_SET_DELETED_BY_TARGET, RESULT_SET_UNAVAILABLE),
            row(RESULT_SET_DOES_NOT_EXIST, Condition.RESULT_SET_DOES_NOT_EXIST),
            row(100, MEMBER_ERROR, PARTIAL_RESULTS_UNPREDICTABLE, PARTIAL_RESULTS_VALID),
            row(MALFORMED_QUERY, QUERY_SYNTAX_ERROR),
            row(DATABASE_UNAVAILABLE, Condition.DATABASE_UNAVAILABLE, MEMBER_TIMEOUT),
            row(110, UNSUPPORTED_BOOLEAN_OPERATOR, UNSUPPORTED_BOOLEAN_MODIFIER),
            readOnly(113, QUERY_FEATURE_UNSUPPORTED),
            row(UNSUPPORTED_USE_ATTRIBUTE, UNSUPPORTED_INDEX),
            readOnly(115, UNSUPPORTED_INDEX),
            readOnly(116, UNSUPPORTED_INDEX),
            row(117, UNSUPPORTED_RELATION),
            row(118, UNSUPPORTED_RELATION_MODIFIER),
            readOnly(119, QUERY_FEATURE_UNSUPPORTED),
            row(120, UNSUPPORTED_WILDCARD),
            row(121, UNSUPPORTED_CONTEXT_SET),
            readOnly(122, QUERY_FEATURE_UNSUPPORTED),
            row(123, UNSUPPORTED_RELATION_INDEX_COMBINATION, UNSUPPORTED_RELATION_MODIFIER_COMBINATION),
            readOnly(124, QUERY_FEATURE_UNSUPPORTED),
            row(125, EMPTY_TERM),
            row(129, PROXIMITY_NOT_SUPPORTED),
            readOnly(130, Condition.RESULT_SET_DOES_NOT_EXIST),
            row(131, UNSUPPORTED_PROXIMITY_RELATION, UNSUPPORTED_PROXIMITY_DISTANCE, UNSUPPORTED_PROXIMITY_ORDERING),
            row(132, UNSUPPORTED_PROXIMITY_UNIT),
            row(ONLY_ZERO_STEP_SIZE, SCAN_POSITION_OUT_OF_RANGE, TOO_MANY_SCAN_TERMS),
            row(CANNOT_SORT, SORT_NOT_SUPPORTED, UNSUPPORTED_SORT_PATH),
            row(TOO_MANY_SORT_KEYS, Condition.TOO_MANY_SORT_KEYS),
            row(DATABASE_DOES_NOT_EXIST, Condition.DATABASE_DOES_NOT_EXIST),
            row(238, RECORD_NOT_AVAILABLE_IN_SCHEMA),
            row(RECORD_SYNTAX_UNSUPPORTED, UNKNOWN_SCHEMA, UNSUPPORTED_RECORD_PACKING),
            row(1011, AUTHENTICATION_ERROR));

    private static final Map<Condition, Integer> CODES = new EnumMap<>(Condition.class);
    private static final Map<Integer, Condition> CONDITIONS = new HashMap<>();

    static {
        for (Row row : TABLE) {
            CONDITIONS.put(row.code(), row.readAs());
            row.sentBy().forEach(c -> CODES.put(c, row.code()));
        }
        List<Condition> unsent = Arrays.stream(Condition.values()).filter(c -> !CODES.containsKey(c)).toList();
        if (!unsent.isEmpty()) {
            throw new IllegalStateException("no Bib-1 code for " + unsent);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Bib1.class);

    private Bib1() {
    }

    /** A code read as {@code readAs}, which is sent as it, as are {@code alsoSentBy}. */
    private static Row row(int code, Condition readAs, Condition... alsoSentBy) {
        List<Condition> sent = new ArrayList<>();
        sent.add(readAs);
        sent.addAll(List.of(alsoSentBy));
        return new Row(code, readAs, sent);
    }

    /** A code members send that the gateway never does: its condition goes out as another. */
    private static Row readOnly(int code, Condition readAs) {
        return new Row(code, readAs, List.of());
    }

    /** The code a condition goes out as. */
    public static int code(Condition condition) {
        return CODES.get(condition);
    }

    /** What a member's Bib-1 code means; a code the table lacks is a member error. */
    public static Condition condition(int code) {
        return CONDITIONS.getOrDefault(code, MEMBER_ERROR);
    }

    /**
     * The diagnostic a member sent, for {@code memberId}. The member's own code is kept in the
     * details whenever the condition would go out as a different one.
     */
    public static Diagnostic diagnostic(DiagRec rec, String memberId) {
        if (rec instanceof DefaultDiagFormat d && d.isBib1()) {
            Condition condition = condition(d.condition());
            String addinfo = d.addinfo().isBlank() ? null : d.addinfo().strip();
            String details = code(condition) == d.condition() ? addinfo
                    : (addinfo == null ? "" : addinfo + " ") + "(Bib-1 " + d.condition() + ")";
            return new Diagnostic(condition, details, memberId);
        }
        if (rec instanceof DefaultDiagFormat d) {
            return new Diagnostic(MEMBER_ERROR, "diagnostic " + d.condition() + " of set " + d.diagnosticSetId()
                    + (d.addinfo().isBlank() ? "" : ": " + d.addinfo()), memberId);
        }
        External external = ((DiagRec.ExternallyDefined) rec).external();
        return new Diagnostic(MEMBER_ERROR, "externally defined diagnostic " + external.directReference(), memberId);
    }

    /** Bib-1 27 and 30: the named result set is gone, so the query must be run again. */
    public static boolean resultSetGone(DiagRec rec) {
        return rec instanceof DefaultDiagFormat d && d.isBib1()
                && (d.condition() == RESULT_SET_DELETED_BY_TARGET || d.condition() == RESULT_SET_DOES_NOT_EXIST);
    }

    /** A request that cannot be carried out, with the Bib-1 diagnostic that says why. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DefaultDiagFormat diagnostic;

        Failure(int condition, String addinfo) {
            super(condition + ": " + addinfo, null, false, false);
            this.diagnostic = DefaultDiagFormat.bib1(condition, addinfo);
        }

        public DefaultDiagFormat diagnostic() {
            return diagnostic;
        }
    }

    public static Failure failure(int condition, String addinfo) {
        return new Failure(condition, addinfo);
    }

    /**
     * The diagnostic for whatever ended a request: a {@link Failure}, a gateway condition, and
     * for anything unexpected a temporary system error (logged here, never shown to the client).
     */
    public static DefaultDiagFormat of(Throwable error) {
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
