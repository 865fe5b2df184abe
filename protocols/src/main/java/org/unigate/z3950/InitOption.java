package org.unigate.z3950;

/** The Init Options bits (bit 9 is unused). */
public enum InitOption implements Coded {
    SEARCH(0), PRESENT(1), DELETE_SET(2), RESOURCE_REPORT(3), TRIGGER_RESOURCE_CONTROL(4),
    RESOURCE_CONTROL(5), ACCESS_CONTROL(6), SCAN(7), SORT(8), EXTENDED_SERVICES(10),
    LEVEL_1_SEGMENTATION(11), LEVEL_2_SEGMENTATION(12), CONCURRENT_OPERATIONS(13),
    NAMED_RESULT_SETS(14), ENCAPSULATION(15), RESULT_COUNT(16), NEGOTIATION_MODEL(17),
    DUPLICATE_DETECTION(18), QUERY_TYPE_104(19), PQES_CORRECTION(20), STRING_SCHEMA(21);

    private final int bit;

    InitOption(int bit) {
        this.bit = bit;
    }

    @Override
    public int code() {
        return bit;
    }
}
