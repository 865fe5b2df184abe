package org.unigate.sru.client;

import java.util.HashMap;
import java.util.Map;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/**
 * Maps a member's SRU diagnostic back to the gateway's {@link Condition}: {@code
 * info:srw/diagnostic/1/N} by its SRU number. The member's details are kept, and its message
 * too when it says more than the condition's own. A number the gateway does not know, or a
 * diagnostic outside the SRU set, becomes {@code MEMBER_ERROR} with the URI in the details, so
 * nothing the member said is lost.
 */
final class SruDiagnostics {

    static final String SRU_PREFIX = "info:srw/diagnostic/1/";
    private static final Map<Integer, Condition> BY_CODE = byCode();

    private SruDiagnostics() {
    }

    private static Map<Integer, Condition> byCode() {
        Map<Integer, Condition> out = new HashMap<>();
        for (Condition c : Condition.values()) {
            // Gateway-only conditions (>= 1000) never come from a member.
            if (c.sruCode() < 1000) {
                out.putIfAbsent(c.sruCode(), c);
            }
        }
        return Map.copyOf(out);
    }

    static Diagnostic map(String uri, String details, String message) {
        String u = blankToNull(uri);
        String d = blankToNull(details);
        String m = blankToNull(message);
        Condition condition = u == null ? null : condition(u);
        if (condition == null) {
            StringBuilder text = new StringBuilder(u == null ? "diagnostic without a URI" : u);
            if (m != null) {
                text.append(": ").append(m);
            }
            if (d != null) {
                text.append(" (").append(d).append(')');
            }
            return Diagnostic.of(Condition.MEMBER_ERROR, text.toString());
        }
        if (m != null && !m.equalsIgnoreCase(condition.message())) {
            d = d == null ? m : d + "; " + m;
        }
        return Diagnostic.of(condition, d);
    }

    private static Condition condition(String uri) {
        if (!uri.startsWith(SRU_PREFIX)) {
            return null;
        }
        try {
            return BY_CODE.get(Integer.parseInt(uri.substring(SRU_PREFIX.length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
