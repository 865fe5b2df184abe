package org.unigate.federation.rank;

import org.unigate.federation.UnionRecord;

/** A union record with what ordering needs, computed once. */
record Ranked(UnionRecord record, double score, SortValues values) {
}
