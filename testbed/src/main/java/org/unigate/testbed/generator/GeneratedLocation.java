package org.unigate.testbed.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code generated:} location naming one member of a generated consortium, e.g.
 * {@code generated:demo?seed=42&works=3000&members=8&member=3&encoding=marc8}. Parameters left
 * out take the demo's values; {@code member} is required.
 *
 * @param encoding how records travel: as objects, or as ISO 2709 bytes read back by the MARC reader
 */
public record GeneratedLocation(GeneratorSettings settings, int member, Encoding encoding) {

    public static final String SCHEME = "generated:";
    private static final int MAX_LENGTH = 512;
    private static final Set<String> KEYS = Set.of("seed", "works", "members", "member", "encoding");

    public enum Encoding {
        /** Records handed over as they are generated. */
        RECORDS,
        /** ISO 2709 in UTF-8, parsed back with {@code MarcFiles}. */
        UTF8,
        /** ISO 2709 in MARC-8, parsed back with {@code MarcFiles}: exercises MARC-8 decoding. */
        MARC8
    }

    public GeneratedLocation {
        if (member < 1 || member > settings.members()) {
            throw new IllegalArgumentException("member must be between 1 and " + settings.members() + ": " + member);
        }
    }

    /**
     * The locations of every member of a consortium, the way the demo configures them: members
     * whose profile exports MARC-8 travel as MARC-8 bytes, the rest as records.
     */
    public static List<GeneratedLocation> forConsortium(GeneratorSettings settings) {
        List<GeneratedLocation> all = new ArrayList<>();
        for (int m = 1; m <= settings.members(); m++) {
            all.add(new GeneratedLocation(settings, m, MemberProfiles.of(m).marc8() ? Encoding.MARC8 : Encoding.RECORDS));
        }
        return List.copyOf(all);
    }

    /** The location string, which {@link #parse} reads back to this value. */
    public String location() {
        return SCHEME + "demo?seed=" + settings.seed() + "&works=" + settings.works() + "&members=" + settings.members()
                + "&member=" + member + "&encoding=" + encoding.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a location; anything unknown, duplicated or out of range is an error saying which. */
    public static GeneratedLocation parse(String location) {
        if (location == null || !location.startsWith(SCHEME)) {
            throw new IllegalArgumentException("not a generated: location: " + location);
        }
        if (location.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("generated: location longer than " + MAX_LENGTH + " characters");
        }
        String rest = location.substring(SCHEME.length());
        int q = rest.indexOf('?');
        String name = q < 0 ? rest : rest.substring(0, q);
        if (!name.equals("demo")) {
            throw new IllegalArgumentException("unknown generated consortium '" + name + "' (only 'demo')");
        }
        Map<String, String> params = params(q < 0 ? "" : rest.substring(q + 1));
        GeneratorSettings demo = GeneratorSettings.demo();
        GeneratorSettings settings = new GeneratorSettings(
                number(params, "seed", demo.seed()),
                (int) number(params, "works", demo.works()),
                (int) number(params, "members", demo.members()));
        if (!params.containsKey("member")) {
            throw new IllegalArgumentException("generated: location needs member=N: " + location);
        }
        return new GeneratedLocation(settings, (int) number(params, "member", 0), encoding(params.get("encoding")));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown generated: parameter '" + key + "'; expected one of " + KEYS);
            }
            if (eq < 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("generated: parameter '" + key + "' needs a value");
            }
            if (params.put(key, pair.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("generated: parameter '" + key + "' given twice");
            }
        }
        return params;
    }

    private static long number(Map<String, String> params, String key, long fallback) {
        String value = params.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (!key.equals("seed") && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("generated: " + key + " out of range: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("generated: " + key + " is not a number: " + value, e);
        }
    }

    private static Encoding encoding(String value) {
        if (value == null) {
            return Encoding.RECORDS;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "records" -> Encoding.RECORDS;
            case "utf8", "utf-8" -> Encoding.UTF8;
            case "marc8", "marc-8" -> Encoding.MARC8;
            default -> throw new IllegalArgumentException("generated: encoding must be records, utf8 or marc8: " + value);
        };
    }
}
