package org.unigate.testbed.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a load driver needs from a searchRetrieveResponse, read without an XML parser or regular
 * expressions (plain substring search costs the driver some microseconds an answer; a pattern
 * scan of a 27 KB answer cost it most of a millisecond): the hit count, how many records came,
 * and the diagnostics' URIs. Any namespace prefix (zs:, srw:, sru:, none) is accepted.
 *
 * @param status          HTTP status, 0 when no answer came (then {@code failure} says why)
 * @param numberOfRecords the hit count, -1 if the answer has none
 * @param records         records in the answer
 * @param diagnostics     diagnostic URIs with their details, e.g. {@code info:srw/diagnostic/1/2 (z2: timed out)}
 */
record SruAnswer(int status, long numberOfRecords, int records, List<String> diagnostics, String failure) {

    private static final String COUNT = "numberOfRecords>";
    private static final String RECORD = "recordData>";
    private static final String DIAGNOSTIC = "info:srw/diagnostic/";
    private static final String DETAILS = "details>";

    /** How an answer counts in a benchmark. */
    enum Outcome {
        /** Records or a count, no diagnostic. */
        OK,
        /** A count with diagnostics beside it: some member did not answer. */
        PARTIAL,
        /** No usable answer: transport failure, an HTTP error, or only diagnostics. */
        FAILED
    }

    static SruAnswer of(HttpGetter.Reply reply) {
        if (reply.status() == 0) {
            return new SruAnswer(0, -1, 0, List.of(), reply.body());
        }
        String body = reply.body();
        // Every record's data is one opening and one closing tag ending in "recordData>".
        int records = occurrences(body, RECORD) / 2;
        List<String> diagnostics = new ArrayList<>();
        for (int at = body.indexOf(DIAGNOSTIC); at >= 0; at = body.indexOf(DIAGNOSTIC, at + 1)) {
            int end = at;
            while (end < body.length() && body.charAt(end) != '<' && !Character.isWhitespace(body.charAt(end))) {
                end++;
            }
            diagnostics.add(body.substring(at, end) + details(body, end));
        }
        String failure = reply.status() == 200 ? null : "HTTP " + reply.status();
        return new SruAnswer(reply.status(), count(body), records, List.copyOf(diagnostics), failure);
    }

    /** " (the details)" of the diagnostic whose URI ends at {@code from}, or "" if it has none. */
    private static String details(String body, int from) {
        int details = body.indexOf(DETAILS, from);
        int next = body.indexOf(DIAGNOSTIC, from);
        if (details < 0 || next >= 0 && next < details) {
            return "";
        }
        int start = details + DETAILS.length();
        int end = body.indexOf('<', start);
        return end < 0 ? "" : " (" + body.substring(start, end).strip() + ")";
    }

    /** The number in the first numberOfRecords element, -1 if there is none. */
    private static long count(String body) {
        int at = body.indexOf(COUNT);
        if (at < 0) {
            return -1;
        }
        int i = at + COUNT.length();
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        long n = -1;
        for (; i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9'; i++) {
            n = Math.max(n, 0) * 10 + (body.charAt(i) - '0');
        }
        return n;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    Outcome outcome() {
        if (status != 200 || numberOfRecords < 0) {
            return Outcome.FAILED;
        }
        if (diagnostics.isEmpty()) {
            return Outcome.OK;
        }
        return numberOfRecords > 0 || records > 0 ? Outcome.PARTIAL : Outcome.FAILED;
    }

    /** One line on what went wrong, for the report's examples of failures. */
    String problem() {
        if (failure != null) {
            return failure;
        }
        return diagnostics.isEmpty() ? "no numberOfRecords" : String.join(" ", diagnostics);
    }
}
