package org.unigate.federation.sharing;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose eyes a search is for, as far as sharing rules go. The public sees what every member
 * shares; a member's own staff also see that member's local fields. Caches are keyed by the
 * whole context, so restricted data never reaches a client of another context.
 *
 * @param key                a name for the context (e.g. {@code public}, {@code staff:harbour})
 * @param fullAccessMembers  members whose records this context sees without local-field stripping
 */
public record SharingContext(String key, Set<String> fullAccessMembers) {

    public static final SharingContext PUBLIC = new SharingContext("public", Set.of());

    public SharingContext {
        Objects.requireNonNull(key, "key");
        fullAccessMembers = Set.copyOf(fullAccessMembers);
    }

    /** A member library's own staff. */
    public static SharingContext staffOf(String memberId) {
        return new SharingContext("staff:" + memberId, Set.of(memberId));
    }

    public boolean fullAccess(String memberId) {
        return fullAccessMembers.contains(memberId);
    }

    /** The key caches use: the name and the access it grants, so two contexts never share an entry by accident. */
    public String cacheKey() {
        return key + "|" + String.join(",", new TreeSet<>(fullAccessMembers));
    }
}
