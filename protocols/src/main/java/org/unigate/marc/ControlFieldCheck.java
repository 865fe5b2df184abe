package org.unigate.marc;

/** Length checks for the fixed-length control fields whose positions everyone relies on. */
final class ControlFieldCheck {

    private ControlFieldCheck() {
    }

    static void check(String tag, String value, Problems problems) {
        switch (tag) {
            case "008" -> expect(tag, value, 40, problems);
            default -> {
            }
        }
    }

    /** 008 is mandatory in MARC 21 bibliographic records; everything positional depends on it. */
    static void checkPresent(java.util.List<Field> fields, Problems problems) {
        if (fields.isEmpty()) {
            return;
        }
        if (fields.stream().noneMatch(f -> f.tag().equals("008"))) {
            problems.add(RecordProblem.Kind.CONTROL_FIELD, "008", "record has no 008");
        }
    }

    private static void expect(String tag, String value, int length, Problems problems) {
        int actual = value.codePointCount(0, value.length());
        if (actual != length) {
            problems.add(RecordProblem.Kind.CONTROL_FIELD, tag,
                    tag + " is " + actual + " characters, not " + length + "; positions past the end read as blank");
        }
    }
}
