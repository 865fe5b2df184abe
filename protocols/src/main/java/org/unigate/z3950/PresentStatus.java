package org.unigate.z3950;

/** PresentStatus of search and present responses. */
public enum PresentStatus implements Coded {
    SUCCESS(0), PARTIAL_1(1), PARTIAL_2(2), PARTIAL_3(3), PARTIAL_4(4), FAILURE(5);

    private final int code;

    PresentStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
