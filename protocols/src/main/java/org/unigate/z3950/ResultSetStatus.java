package org.unigate.z3950;

/** SearchResponse resultSetStatus, set when a search failed or was partial. */
public enum ResultSetStatus implements Coded {
    SUBSET(1), INTERIM(2), NONE(3), ESTIMATE(4);

    private final int code;

    ResultSetStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
