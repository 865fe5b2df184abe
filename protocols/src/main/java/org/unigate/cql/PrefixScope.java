package org.unigate.cql;

/**
 * The prefix assignments in force at one point of a query: an immutable chain, so a parenthesised
 * sub-query can add its own assignments without copying or disturbing its parent's. The empty
 * scope is null-free: {@link #EMPTY} has no binding.
 */
final class PrefixScope {

    static final PrefixScope EMPTY = new PrefixScope(null, null, null);

    /** The prefix, or null for the default context set ({@code >"uri"}). */
    private final String name;
    private final String identifier;
    private final PrefixScope parent;

    private PrefixScope(String name, String identifier, PrefixScope parent) {
        this.name = name;
        this.identifier = identifier;
        this.parent = parent;
    }

    PrefixScope bind(String prefix, String uri) {
        return new PrefixScope(prefix, uri, this);
    }

    /**
     * An index name as the rest of the gateway should see it: a prefix bound to a known context set
     * becomes its canonical short name; an unprefixed index takes the default context set when one
     * is bound to a known set; anything else stays as written.
     */
    String resolveIndex(String written) {
        if (this == EMPTY) {
            return written;
        }
        return ContextSets.prefixOf(written) == null ? resolveDefault(written) : resolveQualified(written);
    }

    /** Like {@link #resolveIndex} for relations and modifiers, which take no default context set. */
    String resolveQualified(String written) {
        if (this == EMPTY) {
            return written;
        }
        String prefix = ContextSets.prefixOf(written);
        if (prefix == null) {
            return written;
        }
        String uri = lookup(prefix);
        if (uri == null) {
            return written;
        }
        return ContextSets.shortName(uri)
                .map(set -> set + written.substring(prefix.length()))
                .orElse(written);
    }

    private String resolveDefault(String written) {
        String uri = lookup(null);
        return uri == null ? written : ContextSets.shortName(uri).map(set -> set + "." + written).orElse(written);
    }

    /** The identifier bound to a prefix (case-insensitive; null prefix for the default set). */
    String lookup(String prefix) {
        for (PrefixScope s = this; s != EMPTY; s = s.parent) {
            if (prefix == null ? s.name == null : prefix.equalsIgnoreCase(s.name)) {
                return s.identifier;
            }
        }
        return null;
    }
}
