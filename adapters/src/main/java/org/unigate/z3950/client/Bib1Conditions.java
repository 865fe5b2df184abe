package org.unigate.z3950.client;

import java.util.Map;
import org.unigate.ber.External;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.DiagRec;

/**
 * A member's Bib-1 diagnostics as gateway conditions. Several Bib-1 codes share a condition
 * and the reverse of {@link Condition#bib1Code()} is ambiguous, so the common codes are listed
 * here (following the Bib-1 diagnostic set and YAZ's Bib-1/SRU mapping); any other code takes
 * the first condition carrying it, else {@code MEMBER_ERROR}. The member's own code is kept in
 * the details whenever the condition would report a different one.
 */
final class Bib1Conditions {

    private static final Map<Integer, Condition> BY_CODE = Map.ofEntries(
            Map.entry(1, Condition.GENERAL_SYSTEM_ERROR),
            Map.entry(2, Condition.SYSTEM_TEMPORARILY_UNAVAILABLE),
            Map.entry(3, Condition.QUERY_FEATURE_UNSUPPORTED),
            Map.entry(6, Condition.TOO_MANY_BOOLEAN_OPERATORS),
            Map.entry(11, Condition.TERM_TOO_LONG),
            Map.entry(12, Condition.TOO_MANY_RECORDS_REQUESTED),
            Map.entry(13, Condition.FIRST_RECORD_OUT_OF_RANGE),
            Map.entry(14, Condition.RECORD_TEMPORARILY_UNAVAILABLE),
            Map.entry(15, Condition.NOT_AUTHORISED_TO_SEND_RECORD),
            Map.entry(16, Condition.RECORD_TOO_LARGE),
            Map.entry(17, Condition.RECORD_TOO_LARGE),
            Map.entry(22, Condition.RESULT_SETS_NOT_SUPPORTED),
            Map.entry(27, Condition.RESULT_SET_UNAVAILABLE),
            Map.entry(30, Condition.RESULT_SET_DOES_NOT_EXIST),
            Map.entry(100, Condition.MEMBER_ERROR),
            Map.entry(108, Condition.QUERY_SYNTAX_ERROR),
            Map.entry(109, Condition.DATABASE_UNAVAILABLE),
            Map.entry(110, Condition.UNSUPPORTED_BOOLEAN_OPERATOR),
            Map.entry(113, Condition.QUERY_FEATURE_UNSUPPORTED),
            Map.entry(114, Condition.UNSUPPORTED_INDEX),
            Map.entry(115, Condition.UNSUPPORTED_INDEX),
            Map.entry(116, Condition.UNSUPPORTED_INDEX),
            Map.entry(117, Condition.UNSUPPORTED_RELATION),
            Map.entry(118, Condition.UNSUPPORTED_RELATION_MODIFIER),
            Map.entry(119, Condition.QUERY_FEATURE_UNSUPPORTED),
            Map.entry(120, Condition.UNSUPPORTED_WILDCARD),
            Map.entry(121, Condition.UNSUPPORTED_CONTEXT_SET),
            Map.entry(122, Condition.QUERY_FEATURE_UNSUPPORTED),
            Map.entry(123, Condition.UNSUPPORTED_RELATION_INDEX_COMBINATION),
            Map.entry(124, Condition.QUERY_FEATURE_UNSUPPORTED),
            Map.entry(125, Condition.EMPTY_TERM),
            Map.entry(129, Condition.PROXIMITY_NOT_SUPPORTED),
            Map.entry(130, Condition.RESULT_SET_DOES_NOT_EXIST),
            Map.entry(131, Condition.UNSUPPORTED_PROXIMITY_RELATION),
            Map.entry(132, Condition.UNSUPPORTED_PROXIMITY_UNIT),
            Map.entry(205, Condition.SCAN_POSITION_OUT_OF_RANGE),
            Map.entry(207, Condition.SORT_NOT_SUPPORTED),
            Map.entry(211, Condition.TOO_MANY_SORT_KEYS),
            Map.entry(235, Condition.DATABASE_DOES_NOT_EXIST),
            Map.entry(238, Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA),
            Map.entry(239, Condition.UNKNOWN_SCHEMA),
            Map.entry(1011, Condition.AUTHENTICATION_ERROR));

    private Bib1Conditions() {
    }

    static Condition condition(int bib1Code) {
        Condition known = BY_CODE.get(bib1Code);
        if (known != null) {
            return known;
        }
        for (Condition c : Condition.values()) {
            if (c.bib1Code() == bib1Code) {
                return c;
            }
        }
        return Condition.MEMBER_ERROR;
    }

    /** The diagnostic a member sent, for {@code memberId}. */
    static Diagnostic diagnostic(DiagRec rec, String memberId) {
        if (rec instanceof DefaultDiagFormat d && d.isBib1()) {
            Condition condition = condition(d.condition());
            String addinfo = d.addinfo().isBlank() ? null : d.addinfo().strip();
            String details = condition.bib1Code() == d.condition() ? addinfo
                    : (addinfo == null ? "" : addinfo + " ") + "(Bib-1 " + d.condition() + ")";
            return new Diagnostic(condition, details, memberId);
        }
        if (rec instanceof DefaultDiagFormat d) {
            return new Diagnostic(Condition.MEMBER_ERROR, "diagnostic " + d.condition() + " of set " + d.diagnosticSetId()
                    + (d.addinfo().isBlank() ? "" : ": " + d.addinfo()), memberId);
        }
        External external = ((DiagRec.ExternallyDefined) rec).external();
        return new Diagnostic(Condition.MEMBER_ERROR, "externally defined diagnostic " + external.directReference(), memberId);
    }

    /** Bib-1 27 and 30: the named result set is gone, so the query must be run again. */
    static boolean resultSetGone(DiagRec rec) {
        return rec instanceof DefaultDiagFormat d && d.isBib1() && (d.condition() == 27 || d.condition() == 30);
    }
}
