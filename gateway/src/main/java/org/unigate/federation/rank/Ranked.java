package org.unigate.federation.rank;

import org.unigate.union.UnionRecord;

/** A union record with what ordering needs, computed once. */
record Ranked(UnionRecord record, double score, SortValues values) {
}
