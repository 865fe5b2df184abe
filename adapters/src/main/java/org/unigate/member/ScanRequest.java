package org.unigate.member;

import java.util.Objects;

/**
 * Browse an index from a start term: {@code count} terms, the start term at
 * {@code position} (1-based, as Z39.50's preferredPositionInResponse and SRU's responsePosition).
 */
public record ScanRequest(String index, String startTerm, int count, int position) {

    public ScanRequest {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(startTerm, "startTerm");
        if (count < 1 || position < 0 || position > count + 1) {
            throw new IllegalArgumentException("need count >= 1 and 0 <= position <= count + 1");
        }
    }
}
