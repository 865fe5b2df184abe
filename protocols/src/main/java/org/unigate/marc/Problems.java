package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one record while it is read; never shared between records. */
final class Problems {

    private final List<RecordProblem> list = new ArrayList<>();

    void add(RecordProblem.Kind kind, String where, String message) {
        list.add(new RecordProblem(kind, where, message));
    }

    void addAll(List<RecordProblem> problems) {
        list.addAll(problems);
    }

    List<RecordProblem> toList() {
        return List.copyOf(list);
    }

    /** A snippet short enough for a message, with control characters made visible. */
    static String snippet(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (c < 0x20) {
                out.append(String.format("\\x%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
