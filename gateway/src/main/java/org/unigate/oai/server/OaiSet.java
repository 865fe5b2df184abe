package org.unigate.oai.server;

import java.util.Objects;
import java.util.regex.Pattern;
import org.unigate.union.UnionRecord;
import org.unigate.feed.ChangeFeed;

/**
 * One set the repository offers and the feed that fills it: a member's catalogue
 * ({@code member:<id>}) or the union catalogue ({@code union}).
 *
 * @param spec the setSpec
 * @param name the setName
 * @param part what identifiers of this set's records carry between repository and local id
 */
public record OaiSet(String spec, String name, String part, ChangeFeed<UnionRecord> feed) {

    public static final String UNION = "union";
    public static final String MEMBER = "member";
    /** One level of a setSpec, as OAI-PMH.xsd allows it; also what a member id must be to be published. */
    public static final Pattern SPEC_PART = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    public OaiSet {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(feed, "feed");
        if (!SPEC_PART.matcher(part).matches()) {
            throw new IllegalArgumentException("'" + part + "' cannot be part of a setSpec or identifier");
        }
    }

    public static OaiSet member(String memberId, String memberName, ChangeFeed<UnionRecord> feed) {
        return new OaiSet(MEMBER + ":" + memberId, memberName, memberId, feed);
    }

    public static OaiSet union(String name, ChangeFeed<UnionRecord> feed) {
        return new OaiSet(UNION, name, UNION, feed);
    }

    /** Whether a harvest of {@code setSpec} covers this set (a set covers its own sub-sets). */
    public boolean within(String setSpec) {
        return setSpec == null || spec.equals(setSpec) || spec.startsWith(setSpec + ":");
    }
}
