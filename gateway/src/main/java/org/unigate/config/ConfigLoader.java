package org.unigate.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unigate.member.MemberSpec;

/**
 * Reads {@code consortium.yaml}. Every mistake stops start-up with the file, line, field and
 * what was expected; nothing is silently defaulted except fields the operator left out.
 */
public final class ConfigLoader {

    private static final Set<String> TOP = Set.of("consortium", "server", "federation", "members", "databases",
            "sru", "oai", "harvest", "dataDir");

    private ConfigLoader() {
    }

    public static ConsortiumConfig load(Path file) {
        return parse(file, YamlTreeReader.read(file));
    }

    /** For tests and tools: YAML text as if read from {@code file} (which resolves relative paths). */
    public static ConsortiumConfig parse(Path file, String yaml) {
        return parse(file, YamlTreeReader.read(file, yaml));
    }

    private static ConsortiumConfig parse(Path file, ConfigNode root) {
        Fields top = new Fields(file, root, "the consortium configuration");
        top.allowOnly(TOP);
        Fields consortium = new Fields(file, top.require("consortium", "a mapping with name and description"), "consortium");
        consortium.allowOnly(Set.of("name", "description"));
        String name = consortium.requireString("name", "the consortium's name");
        String description = consortium.string("description", "");

        ServerSettings server = top.get("server").map(n -> server(file, n)).orElse(ServerSettings.DEFAULTS);
        FederationSettings federation = top.get("federation").map(n -> federation(file, n))
                .orElse(FederationSettings.DEFAULTS);
        List<MemberSpec> members = members(file, top);
        Map<String, List<String>> databases = databases(file, top, members);
        checkPreferred(file, top, federation, members);
        SruSettings sru = top.get("sru").map(n -> sru(file, n)).orElse(SruSettings.DEFAULTS);
        OaiSettings oai = top.get("oai").map(n -> oai(file, n)).orElse(OaiSettings.DEFAULTS);
        HarvestSettings harvest = top.get("harvest").map(n -> harvest(file, n)).orElse(HarvestSettings.DEFAULTS);
        Path dataDir = Path.of(top.string("dataDir", ConsortiumConfig.DEFAULT_DATA_DIR.toString()));
        return new ConsortiumConfig(file, name, description, server, federation, members, databases,
                sru, oai, harvest, dataDir);
    }

    private static ServerSettings server(Path file, ConfigNode node) {
        ServerSettings d = ServerSettings.DEFAULTS;
        Fields f = new Fields(file, node, "server settings");
        f.allowOnly(Set.of("host", "httpPort", "z3950Port", "idleTimeout", "sessionTimeout", "maxRecords",
                "admission"));
        return new ServerSettings(
                f.string("host", d.host()),
                f.integer("httpPort", d.httpPort(), 0, 65535),
                f.integer("z3950Port", d.z3950Port(), 0, 65535),
                f.duration("idleTimeout", d.idleTimeout()),
                f.duration("sessionTimeout", d.sessionTimeout()),
                f.integer("maxRecords", d.maxRecords(), 1, 10_000),
                f.get("admission").map(n -> AdmissionReader.read(file, n, d.admission())).orElse(d.admission()));
    }

    private static SruSettings sru(Path file, ConfigNode node) {
        SruSettings d = SruSettings.DEFAULTS;
        Fields f = new Fields(file, node, "SRU settings");
        f.allowOnly(Set.of("path", "defaultVersion", "defaultSchema", "maxQueryLength"));
        String version = f.string("defaultVersion", d.defaultVersion());
        if (!Set.of("1.1", "1.2", "2.0").contains(version)) {
            throw f.error(f.require("defaultVersion", ""), "expected 1.1, 1.2 or 2.0, got \"" + version + "\"");
        }
        return new SruSettings(path(f, d.path()), version, f.string("defaultSchema", d.defaultSchema()),
                f.integer("maxQueryLength", d.maxQueryLength(), 16, 1_000_000));
    }

    private static OaiSettings oai(Path file, ConfigNode node) {
        OaiSettings d = OaiSettings.DEFAULTS;
        Fields f = new Fields(file, node, "OAI-PMH settings");
        f.allowOnly(Set.of("path", "repositoryName", "adminEmail", "repositoryIdentifier", "pageSize",
                "tokenTtl", "tokenSecret"));
        String identifier = f.string("repositoryIdentifier", d.repositoryIdentifier());
        if (!identifier.matches("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+")) {
            throw f.error(f.require("repositoryIdentifier", ""),
                    "expected a domain name such as union.example.edu (OAI identifier syntax), got \"" + identifier + "\"");
        }
        String adminEmail = f.string("adminEmail", d.adminEmail());
        if (!adminEmail.matches("\\S+@(\\S+\\.)+\\S+")) {
            throw f.error(f.require("adminEmail", ""), "expected a mail address such as union@library.example.edu"
                    + " (OAI-PMH's schema wants a domain with a dot), got \"" + adminEmail + "\"");
        }
        String secret = f.string("tokenSecret", null);
        if (secret != null && secret.length() < 16) {
            throw f.error(f.require("tokenSecret", ""), "expected at least 16 characters");
        }
        return new OaiSettings(path(f, d.path()), f.string("repositoryName", d.repositoryName()),
                adminEmail, identifier, f.integer("pageSize", d.pageSize(), 1, 10_000),
                f.duration("tokenTtl", d.tokenTtl()), secret);
    }

    private static HarvestSettings harvest(Path file, ConfigNode node) {
        HarvestSettings d = HarvestSettings.DEFAULTS;
        Fields f = new Fields(file, node, "harvest settings");
        f.allowOnly(Set.of("every", "onStart", "timeout", "retries"));
        return new HarvestSettings(f.duration("every", d.every()), f.bool("onStart", d.onStart()),
                f.duration("timeout", d.timeout()), f.integer("retries", d.retries(), 0, 100));
    }

    private static String path(Fields f, String fallback) {
        String path = f.string("path", fallback);
        if (!path.matches("/[A-Za-z0-9._~/-]*") || path.endsWith("/") && path.length() > 1) {
            throw f.error(f.require("path", ""), "expected an absolute URL path such as " + fallback + ", got \"" + path + "\"");
        }
        return path;
    }

    private static FederationSettings federation(Path file, ConfigNode node) {
        FederationSettings d = FederationSettings.DEFAULTS;
        Fields f = new Fields(file, node, "federation settings");
        f.allowOnly(Set.of("deadline", "firstPageSize", "resultSetTtl", "resultSetCapacity", "exactCountLimit",
                "cacheSize", "cacheTtl", "preferredMembers"));
        return new FederationSettings(
                f.duration("deadline", d.deadline()),
                f.integer("firstPageSize", d.firstPageSize(), 1, 1000),
                f.duration("resultSetTtl", d.resultSetTtl()),
                f.integer("resultSetCapacity", d.resultSetCapacity(), 1000, 100_000_000),
                f.integer("exactCountLimit", d.exactCountLimit(), 0, 100_000),
                f.integer("cacheSize", d.cacheSize(), 0, 1_000_000),
                f.duration("cacheTtl", d.cacheTtl()),
                f.strings("preferredMembers"));
    }

    private static List<MemberSpec> members(Path file, Fields top) {
        ConfigNode node = top.require("members", "a list of member libraries");
        List<ConfigNode> items = top.list("members");
        if (items.isEmpty()) {
            throw top.error(node, "expected at least one member library");
        }
        Path base = file == null || file.toAbsolutePath().getParent() == null
                ? Path.of(".") : file.toAbsolutePath().getParent();
        MemberReader reader = new MemberReader(file, base);
        List<MemberSpec> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode item : items) {
            MemberSpec spec = reader.read(item);
            if (!ids.add(spec.id().toLowerCase(java.util.Locale.ROOT))) {
                throw top.error(item, "member id '" + spec.id() + "' is used twice; ids must be unique");
            }
            members.add(spec);
        }
        return members;
    }

    private static Map<String, List<String>> databases(Path file, Fields top, List<MemberSpec> members) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        top.get("databases").ifPresent(node -> {
            Fields f = new Fields(file, node, "virtual databases (name: [member ids])");
            f.node().entries().forEach((dbName, value) -> {
                if (dbName.equalsIgnoreCase(ConsortiumConfig.UNION_DATABASE) || ids.contains(dbName)) {
                    throw f.error(value, "name clashes with " + (ids.contains(dbName) ? "a member id" : "the built-in union database"));
                }
                List<String> memberIds = f.strings(dbName);
                for (String id : memberIds) {
                    if (!ids.contains(id)) {
                        throw f.error(value, "unknown member '" + id + "'; members are " + String.join(", ", ids.stream().sorted().toList()));
                    }
                }
                if (memberIds.isEmpty()) {
                    throw f.error(value, "expected a list of at least one member id");
                }
                out.put(dbName, List.copyOf(memberIds));
            });
        });
        return out;
    }

    private static void checkPreferred(Path file, Fields top, FederationSettings federation, List<MemberSpec> members) {
        for (String id : federation.preferredMembers()) {
            if (members.stream().noneMatch(m -> m.id().equals(id))) {
                ConfigNode at = top.require("federation", "federation settings");
                throw new ConfigException(file, at.line(), at.column(), "federation.preferredMembers",
                        "unknown member '" + id + "'");
            }
        }
    }
}
