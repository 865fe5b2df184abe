package org.unigate.sru.server;

/** The three SRU operations, by their {@code operation} parameter value. */
enum Operation {
    EXPLAIN("explain"),
    SEARCH_RETRIEVE("searchRetrieve"),
    SCAN("scan");

    private final String parameter;

    Operation(String parameter) {
        this.parameter = parameter;
    }

    static Operation of(String value) {
        for (Operation o : values()) {
            if (o.parameter.equals(value)) {
                return o;
            }
        }
        return null;
    }
}
