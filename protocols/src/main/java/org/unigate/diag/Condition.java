package org.unigate.diag;

/**
 * Protocol-neutral error conditions. Each carries its SRU diagnostic number
 * ({@code info:srw/diagnostic/1/N}); its Bib-1 code, both ways, is in the one Bib-1 table
 * ({@code org.unigate.z3950.Bib1}), so a condition raised anywhere in the gateway reaches an
 * SRU client and a Z39.50 client in their own terms.
 */
public enum Condition {
    GENERAL_SYSTEM_ERROR(1, "General system error"),
    SYSTEM_TEMPORARILY_UNAVAILABLE(2, "System temporarily unavailable"),
    AUTHENTICATION_ERROR(3, "Authentication error"),
    UNSUPPORTED_OPERATION(4, "Unsupported operation"),
    UNSUPPORTED_VERSION(5, "Unsupported version"),
    UNSUPPORTED_PARAMETER_VALUE(6, "Unsupported parameter value"),
    MANDATORY_PARAMETER_MISSING(7, "Mandatory parameter not supplied"),
    UNSUPPORTED_PARAMETER(8, "Unsupported parameter"),
    QUERY_SYNTAX_ERROR(10, "Query syntax error"),
    UNSUPPORTED_WILDCARD(13, "Invalid or unsupported use of wildcards"),
    UNSUPPORTED_CONTEXT_SET(15, "Unsupported context set"),
    UNSUPPORTED_INDEX(16, "Unsupported index"),
    UNSUPPORTED_RELATION(19, "Unsupported relation"),
    UNSUPPORTED_RELATION_MODIFIER(20, "Unsupported relation modifier"),
    UNSUPPORTED_RELATION_MODIFIER_COMBINATION(21, "Unsupported combination of relation modifers"),
    UNSUPPORTED_RELATION_INDEX_COMBINATION(22, "Unsupported combination of relation and index"),
    TERM_TOO_LONG(23, "Too many characters in term"),
    EMPTY_TERM(27, "Empty term unsupported"),
    UNSUPPORTED_BOOLEAN_OPERATOR(37, "Unsupported boolean operator"),
    TOO_MANY_BOOLEAN_OPERATORS(38, "Too many boolean operators in query"),
    PROXIMITY_NOT_SUPPORTED(39, "Proximity not supported"),
    UNSUPPORTED_PROXIMITY_RELATION(40, "Unsupported proximity relation"),
    UNSUPPORTED_PROXIMITY_DISTANCE(41, "Unsupported proximity distance"),
    UNSUPPORTED_PROXIMITY_UNIT(42, "Unsupported proximity unit"),
    UNSUPPORTED_PROXIMITY_ORDERING(43, "Unsupported proximity ordering"),
    UNSUPPORTED_BOOLEAN_MODIFIER(46, "Unsupported boolean modifier"),
    QUERY_FEATURE_UNSUPPORTED(48, "Query feature unsupported"),
    RESULT_SETS_NOT_SUPPORTED(50, "Result sets not supported"),
    RESULT_SET_DOES_NOT_EXIST(51, "Result set does not exist"),
    RESULT_SET_UNAVAILABLE(52, "Result set temporarily unavailable"),
    PARTIAL_RESULTS_UNPREDICTABLE(58, "Result set created with unpredictable partial results available"),
    PARTIAL_RESULTS_VALID(59, "Result set created with valid partial results available"),
    TOO_MANY_RECORDS_REQUESTED(60, "Too many records requested"),
    FIRST_RECORD_OUT_OF_RANGE(61, "First record position out of range"),
    RECORD_TEMPORARILY_UNAVAILABLE(64, "Record temporarily unavailable"),
    RECORD_DOES_NOT_EXIST(65, "Record does not exist"),
    UNKNOWN_SCHEMA(66, "Unknown schema for retrieval"),
    RECORD_NOT_AVAILABLE_IN_SCHEMA(67, "Record not available in this schema"),
    NOT_AUTHORISED_TO_SEND_RECORD(68, "Not authorised to send record"),
    RECORD_TOO_LARGE(70, "Record too large to send"),
    UNSUPPORTED_RECORD_PACKING(71, "Unsupported record packing"),
    SORT_NOT_SUPPORTED(80, "Sort not supported"),
    TOO_MANY_SORT_KEYS(84, "Too many sort keys"),
    UNSUPPORTED_SORT_PATH(88, "Unsupported path for sort"),
    UNSUPPORTED_STYLESHEET(111, "Unsupported stylesheet"),
    SCAN_POSITION_OUT_OF_RANGE(120, "Response position out of range"),
    TOO_MANY_SCAN_TERMS(121, "Too many terms requested"),
    DATABASE_DOES_NOT_EXIST(235, "Database does not exist"),
    DATABASE_UNAVAILABLE(1000, "Database unavailable"),
    MEMBER_TIMEOUT(1001, "Member did not answer in time"),
    MEMBER_ERROR(1002, "Member failed");

    private final int sruCode;
    private final String message;

    Condition(int sruCode, String message) {
        this.sruCode = sruCode;
        this.message = message;
    }

    /** The SRU diagnostic number; gateway-specific conditions (>= 1000) are reported as 1 or 2 over SRU. */
    public int sruCode() {
        return sruCode;
    }

    public String message() {
        return message;
    }
}
