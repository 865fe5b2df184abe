package org.unigate.marc;

import java.util.Objects;

/**
 * Something wrong with a record that was read anyway: what kind of fault, where, and a
 * message a cataloguer can act on.
 */
public record RecordProblem(Kind kind, String where, String message) {

    public enum Kind {
        LEADER, DIRECTORY, LENGTH, ENCODING, FIELD, CONTROL_FIELD, SUBFIELD, STRUCTURE, UNREADABLE
    }

    public RecordProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + (where == null ? "" : " at " + where) + ": " + message;
    }
}
