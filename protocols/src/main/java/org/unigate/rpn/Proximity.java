package org.unigate.rpn;

/**
 * Z39.50 ProximityOperator, in PQF order: {@code @prox exclusion distance ordered relation
 * which-code unit}. Relation types 1..6 are {@code < <= = >= > <>}; a known unit 2 is word
 * (1 character, 3 sentence, 4 paragraph, 5 section, 6 chapter, 7 document, 8 element, ...).
 */
public record Proximity(boolean exclusion, int distance, boolean ordered, int relationType,
                        boolean knownUnit, int unit) {

    public static final int UNIT_WORD = 2;

    public static Proximity words(int distance, boolean ordered) {
        return new Proximity(false, distance, ordered, 2, true, UNIT_WORD);
    }
}
