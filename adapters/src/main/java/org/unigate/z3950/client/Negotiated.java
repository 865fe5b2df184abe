package org.unigate.z3950.client;

import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeResponse;

/**
 * What Init settled with a member: the character set it selected (null when it did not
 * negotiate), whether records come in that set, whether it keeps named result sets.
 */
record Negotiated(String charset, boolean recordsInCharset, boolean namedResultSets) {

    static final Negotiated NONE = new Negotiated(null, false, false);

    static Negotiated of(InitializeResponse init) {
        CharsetResponse charset = init.charsetResponse();
        String name = charset == null || charset.selected() == null ? null : charset.selected().name();
        boolean records = charset != null && Boolean.TRUE.equals(charset.recordsInSelectedCharSets());
        return new Negotiated(name, records, init.options().contains(InitOption.NAMED_RESULT_SETS));
    }

    /** Records arrive converted to UTF-8, whatever the member stores. */
    boolean utf8Records() {
        return recordsInCharset && "UTF-8".equalsIgnoreCase(charset);
    }

    /** Strings (terms) are read by the member in a set other than UTF-8, e.g. yaz-ztest's ISO-8859-1. */
    boolean nonUtf8Strings() {
        return charset != null && !"UTF-8".equalsIgnoreCase(charset);
    }

    /** Members without named result sets keep only {@code default}, which each search replaces. */
    String resultSetName() {
        return namedResultSets ? "unigate" : "default";
    }
}
