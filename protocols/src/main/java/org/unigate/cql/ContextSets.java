package org.unigate.cql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The context sets the gateway recognises, by identifier and canonical short name. A client may
 * bind any prefix to a context set ({@code >x="info:srw/cql-context-set/1/dc-v1.1"}); the parser
 * rewrites such names to the canonical prefix ({@code x.title} becomes {@code dc.title}) so the
 * rest of the gateway only ever sees one spelling per context set.
 */
public final class ContextSets {

    /** Canonical short name → its identifiers, the current one first. */
    private static final Map<String, String[]> IDENTIFIERS = Map.ofEntries(
            Map.entry("cql", new String[] {
                "info:srw/cql-context-set/1/cql-v1.2",
                "info:srw/cql-context-set/1/cql-v1.1",
                "info:srw/cql-context-set/1/cql-v1.0",
                "http://www.loc.gov/zing/cql/context-sets/cql/v1.1/"}),
            Map.entry("dc", new String[] {
                "info:srw/cql-context-set/1/dc-v1.1",
                "http://purl.org/dc/elements/1.1/",
                "http://www.loc.gov/zing/cql/dc-indexes/v1.0/"}),
            Map.entry("bath", new String[] {
                "http://zing.z3950.org/cql/bath/2.0/",
                "http://www.loc.gov/zing/cql/context-sets/bath/v1.1/"}),
            Map.entry("rec", new String[] {
                "info:srw/cql-context-set/2/rec-1.1",
                "info:srw/cql-context-set/2/rec-1.0"}),
            Map.entry("bib", new String[] {
                "info:srw/cql-context-set/1/bib-v1",
                "info:srw/cql-context-set/1/bib-v1.0"}),
            // CQL 1.0 called the cql context set "srw"; its indexes keep that prefix.
            Map.entry("srw", new String[] {
                "http://www.loc.gov/zing/cql/srw-indexes/v1.0/"}),
            Map.entry("net", new String[] {
                "info:srw/cql-context-set/2/net-1.0"}),
            Map.entry("sort", new String[] {
                "info:srw/cql-context-set/1/sort-v1.0"}),
            Map.entry("rel", new String[] {
                "info:srw/cql-context-set/2/relevance-1.0"}));

    private static final Map<String, String> BY_IDENTIFIER = new HashMap<>();

    static {
        IDENTIFIERS.forEach((name, ids) -> {
            for (String id : ids) {
                BY_IDENTIFIER.put(normalise(id), name);
            }
        });
    }

    private ContextSets() {
    }

    /** The canonical short name of the context set with this identifier, if the gateway knows it. */
    public static Optional<String> shortName(String identifier) {
        return Optional.ofNullable(BY_IDENTIFIER.get(normalise(identifier)));
    }

    /** The current identifier of a known context set, e.g. {@code dc} → {@code info:srw/cql-context-set/1/dc-v1.1}. */
    public static Optional<String> identifier(String shortName) {
        String[] ids = IDENTIFIERS.get(shortName.toLowerCase(Locale.ROOT));
        return ids == null ? Optional.empty() : Optional.of(ids[0]);
    }

    public static boolean isKnown(String shortName) {
        return IDENTIFIERS.containsKey(shortName.toLowerCase(Locale.ROOT));
    }

    public static Set<String> shortNames() {
        return IDENTIFIERS.keySet();
    }

    /** The prefix of a qualified name ({@code dc} of {@code dc.title}), or null when unqualified. */
    public static String prefixOf(String name) {
        int dot = name.indexOf('.');
        return dot <= 0 ? null : name.substring(0, dot);
    }

    // Identifiers are written with and without the trailing slash and in mixed case in the wild.
    private static String normalise(String identifier) {
        String id = identifier.strip().toLowerCase(Locale.ROOT);
        return id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    }
}
