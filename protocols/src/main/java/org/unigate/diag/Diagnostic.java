package org.unigate.diag;

import java.util.Objects;

/**
 * A diagnostic as the gateway passes it around: the condition, details a client can show a user
 * (SRU {@code details}, Bib-1 addinfo), and which member it concerns (null for the gateway itself).
 */
public record Diagnostic(Condition condition, String details, String member) {

    public Diagnostic {
        Objects.requireNonNull(condition, "condition");
    }

    public static Diagnostic of(Condition condition, String details) {
        return new Diagnostic(condition, details, null);
    }

    public Diagnostic forMember(String memberId) {
        return new Diagnostic(condition, details, memberId);
    }

    @Override
    public String toString() {
        return condition.message() + (details == null ? "" : ": " + details) + (member == null ? "" : " [" + member + "]");
    }
}
