package org.unigate.sru;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/**
 * The SRU diagnostic URIs ({@code info:srw/diagnostic/1/N}) and the gateway's {@link Condition}s
 * they stand for, both ways. Gateway-only conditions (numbered from 1000) go out as the nearest
 * SRU number and never come back from a peer.
 */
public final class SruDiagnostics {

    public static final String PREFIX = "info:srw/diagnostic/1/";
    /** The record schema of a surrogate diagnostic standing in for a record. */
    public static final String SCHEMA = "info:srw/schema/1/diagnostics-v1.1";

    private static final Map<Integer, Condition> BY_CODE = byCode();

    private SruDiagnostics() {
    }

    private static Map<Integer, Condition> byCode() {
        Map<Integer, Condition> out = new HashMap<>();
        for (Condition c : Condition.values()) {
            if (c.sruCode() < 1000) {
                out.putIfAbsent(c.sruCode(), c);
            }
        }
        return Map.copyOf(out);
    }

    /** The URI a condition is reported under. */
    public static String uri(Condition condition) {
        int code = switch (condition) {
            case DATABASE_UNAVAILABLE, MEMBER_TIMEOUT -> 2;
            case MEMBER_ERROR -> 1;
            case DATABASE_DOES_NOT_EXIST -> 235;
            default -> condition.sruCode();
        };
        return PREFIX + code;
    }

    /** The condition an SRU diagnostic URI names; empty for a number the gateway does not know or another URI. */
    public static Optional<Condition> condition(String uri) {
        if (uri == null || !uri.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(BY_CODE.get(Integer.parseInt(uri.substring(PREFIX.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * What a peer's diagnostic means to the gateway. Its details are kept, and its message too
     * when it says more than the condition's own. A URI the gateway cannot map becomes {@code
     * MEMBER_ERROR} with the URI and all the peer said in the details, so nothing is lost.
     */
    public static Diagnostic read(String uri, String details, String message) {
        String u = blankToNull(uri);
        String d = blankToNull(details);
        String m = blankToNull(message);
        Condition condition = condition(u).orElse(null);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
