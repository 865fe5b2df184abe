package org.unigate.member;

import java.util.Objects;

/** One entry of a scan: the term as indexed, how to show it, and how many records carry it. */
public record ScanTerm(String term, String displayTerm, long count) {
    public ScanTerm {
        Objects.requireNonNull(term, "term");
        displayTerm = displayTerm == null ? term : displayTerm;
    }
}
