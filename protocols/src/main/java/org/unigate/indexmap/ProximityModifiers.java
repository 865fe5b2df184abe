package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Modifier;
import org.unigate.rpn.Proximity;

/**
 * CQL {@code prox} modifiers ↔ Z39.50 proximity parameters, as YAZ maps them: {@code unit} by
 * its Z39.50 name (character 1, word 2, ... element 8, subelement 9, elementType 10, byte 11; case
 * matters); {@code distance} with a comparison {@code < <= = >= > <>} (1..6, default {@code <=});
 * {@code ordered}/{@code unordered}. Without a distance YAZ uses 1 for words and 0 for other units.
 * YAZ's CQL parser keeps modifiers last-written first, so when one is repeated the first written
 * wins and an error names the last bad one; we read them in that order too.
 */
final class ProximityModifiers {

    private static final String[] UNITS = {null, "character", "word", "sentence", "paragraph", "section",
        "chapter", "document", "element", "subelement", "elementType", "byte"};
    private static final String[] RELATIONS = {null, "<", "<=", "=", ">=", ">", "<>"};

    private ProximityModifiers() {
    }

    static Proximity toProximity(List<Modifier> modifiers) {
        int distance = -1;
        int relation = 2;
        boolean ordered = false;
        int unit = 2;
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            Modifier modifier = modifiers.get(i);
            switch (modifier.baseName()) {
                case "distance" -> {
                    relation = Arrays.asList(RELATIONS).indexOf(modifier.comparison());
                    if (relation < 1) {
                        throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_RELATION, String.valueOf(modifier.comparison()));
                    }
                    distance = distance(modifier.value());
                }
                case "ordered" -> ordered = true;
                case "unordered" -> ordered = false;
                case "unit" -> {
                    unit = Arrays.asList(UNITS).indexOf(modifier.value());
                    if (unit < 1) {
                        throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_UNIT, String.valueOf(modifier.value()));
                    }
                }
                default -> throw new DiagnosticException(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, modifier.name());
            }
        }
        if (distance < 0) {
            distance = unit == 2 ? 1 : 0;
        }
        return new Proximity(false, distance, ordered, relation, true, unit);
    }

    /** The modifiers that give {@code proximity} back, leaving out what is the default. */
    static List<Modifier> toModifiers(Proximity proximity) {
        if (proximity.exclusion()) {
            throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED, "proximity exclusion");
        }
        int unit = proximity.unit();
        if (!proximity.knownUnit() || unit < 0 || unit >= UNITS.length || UNITS[unit] == null) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_UNIT,
                    (proximity.knownUnit() ? "" : "private ") + unit);
        }
        int relation = proximity.relationType();
        if (relation < 1 || relation >= RELATIONS.length) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_RELATION, Integer.toString(relation));
        }
        List<Modifier> modifiers = new ArrayList<>();
        if (unit != 2) {
            modifiers.add(Modifier.of("unit", "=", UNITS[unit]));
        }
        if (relation != 2 || proximity.distance() != (unit == 2 ? 1 : 0)) {
            modifiers.add(Modifier.of("distance", RELATIONS[relation], Integer.toString(proximity.distance())));
        }
        if (proximity.ordered()) {
            modifiers.add(Modifier.of("ordered"));
        }
        return modifiers;
    }

    private static int distance(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_DISTANCE, String.valueOf(value));
        }
        return Integer.parseInt(value);
    }
}
