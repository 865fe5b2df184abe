package org.unigate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unigate.member.MemberSpec;

/**
 * The whole configuration: who the consortium is, where it listens, how it federates, its
 * members, and the virtual databases (named subsets of members). Immutable once loaded.
 *
 * @param source    the file it came from (null when built in code)
 * @param databases virtual database name to member ids; {@code union} and each member id are implicit
 * @param dataDir   where the gateway keeps state that outlives it (harvested member indexes,
 *                  the union catalogue, the OAI token key); relative to the working directory
 */
public record ConsortiumConfig(Path source, String name, String description, ServerSettings server,
                               FederationSettings federation, List<MemberSpec> members,
                               Map<String, List<String>> databases, SruSettings sru, OaiSettings oai,
                               HarvestSettings harvest, Path dataDir) {

    public static final String UNION_DATABASE = "union";
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public ConsortiumConfig {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        server = server == null ? ServerSettings.DEFAULTS : server;
        federation = federation == null ? FederationSettings.DEFAULTS : federation;
        members = List.copyOf(members);
        databases = Map.copyOf(databases);
        sru = sru == null ? SruSettings.DEFAULTS : sru;
        oai = oai == null ? OaiSettings.DEFAULTS : oai;
        harvest = harvest == null ? HarvestSettings.DEFAULTS : harvest;
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    }

    /** A configuration with the default SRU, OAI-PMH, harvest and data-folder settings. */
    public ConsortiumConfig(Path source, String name, String description, ServerSettings server,
                            FederationSettings federation, List<MemberSpec> members,
                            Map<String, List<String>> databases) {
        this(source, name, description, server, federation, members, databases, null, null, null, null);
    }

    public ConsortiumConfig withServer(ServerSettings v) {
        return new ConsortiumConfig(source, name, description, v, federation, members, databases, sru, oai, harvest, dataDir);
    }

    public ConsortiumConfig withDataDir(Path v) {
        return new ConsortiumConfig(source, name, description, server, federation, members, databases, sru, oai, harvest, v);
    }

    public Optional<MemberSpec> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The member ids a database name stands for: all members for {@code union}, one for a
     * member id, the configured list for a virtual database; empty if the name is unknown.
     */
    public Optional<List<String>> resolveDatabase(String database) {
        if (database == null || database.equalsIgnoreCase(UNION_DATABASE) || database.equalsIgnoreCase("Default")) {
            return Optional.of(members.stream().map(MemberSpec::id).toList());
        }
        for (MemberSpec m : members) {
            if (m.id().equalsIgnoreCase(database)) {
                return Optional.of(List.of(m.id()));
            }
        }
        return databases.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(database))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
