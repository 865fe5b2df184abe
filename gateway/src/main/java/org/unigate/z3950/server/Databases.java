package org.unigate.z3950.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unigate.config.ConsortiumConfig;
import org.unigate.z3950.Bib1;

/**
 * Database names to members: {@code union} (or YAZ's {@code Default}) is every member, a member id
 * is that member, a virtual database its configured members; several names search the union of
 * their members. A name the configuration does not know is diagnostic 235 naming it.
 */
final class Databases {

    static final int MAX_DATABASES = 64;

    private final ConsortiumConfig config;

    Databases(ConsortiumConfig config) {
        this.config = config;
    }

    /** Member ids in first-named order, without repeats; never empty. */
    List<String> members(List<String> databaseNames) {
        if (databaseNames.size() > MAX_DATABASES) {
            throw Bib1.failure(Bib1.TOO_MANY_DATABASES, "at most " + MAX_DATABASES);
        }
        List<String> names = databaseNames.isEmpty() ? List.of(ConsortiumConfig.UNION_DATABASE) : databaseNames;
        Set<String> members = new LinkedHashSet<>();
        for (String name : names) {
            List<String> ids = config.resolveDatabase(name)
                    .orElseThrow(() -> Bib1.failure(Bib1.DATABASE_DOES_NOT_EXIST, name));
            if (ids.isEmpty()) {
                // An empty list would mean "all members" to the engine: never widen a search.
                throw Bib1.failure(Bib1.DATABASE_UNAVAILABLE, name + " has no members");
            }
            members.addAll(ids);
        }
        return List.copyOf(members);
    }

    /** The name records are labelled with: the first database the client named. */
    static String label(List<String> databaseNames) {
        return databaseNames.isEmpty() ? ConsortiumConfig.UNION_DATABASE : databaseNames.get(0);
    }
}
