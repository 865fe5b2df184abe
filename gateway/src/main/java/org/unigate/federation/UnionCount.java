package org.unigate.federation;

/**
 * How many union records a result holds, as every door reports it. Exact once every record the
 * members can give has been merged; otherwise an estimate from the duplicate rate seen so far,
 * over the records the members can actually give (a member's hits past the fetch depth never
 * become records, so they never count). Z39.50 cannot say "about": the engine settles the count
 * exactly up to {@code exactCountLimit} member records so that a client can page to its end.
 */
public record UnionCount(long value, Precision precision) {

    public enum Precision {
        EXACT,
        ESTIMATE
    }

    public UnionCount {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
        java.util.Objects.requireNonNull(precision, "precision");
    }

    public static UnionCount exact(long value) {
        return new UnionCount(value, Precision.EXACT);
    }

    public static UnionCount estimate(long value) {
        return new UnionCount(value, Precision.ESTIMATE);
    }

    public boolean exact() {
        return precision == Precision.EXACT;
    }
}
