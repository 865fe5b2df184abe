package org.unigate.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/**
 * A consortium made from a folder of MARC exports: each file (or sub-folder) becomes one embedded
 * member named after it, so a library's own exports can be served without writing YAML.
 */
public final class CorpusConsortium {

    private static final Set<String> MARC_SUFFIXES = Set.of(".mrc", ".marc", ".iso", ".iso2709", ".dat", ".xml", ".marcxml");

    private CorpusConsortium() {
    }

    public static ConsortiumConfig from(Path dir, ConsortiumConfig base) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir, 0, 0, "--corpus", "expected a folder of MARC files");
        }
        List<MemberSpec> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                if (!Files.isDirectory(p) && !isMarcFile(p)) {
                    continue;
                }
                String id = uniqueId(p, ids);
                members.add(MemberSpec.builder(id, Protocol.EMBEDDED)
                        .name(p.getFileName().toString())
                        .paths(List.of(p.toAbsolutePath().toString()))
                        .build());
            }
        }
        if (members.isEmpty()) {
            throw new ConfigException(dir, 0, 0, "--corpus", "no MARC files (" + String.join(", ", MARC_SUFFIXES) + ") in the folder");
        }
        return new ConsortiumConfig(base.source(), base.name() + " (corpus " + dir.getFileName() + ")",
                "Members loaded from " + dir.toAbsolutePath(), base.server(), base.federation().preferredMembers().isEmpty()
                        ? base.federation()
                        : base.federation().withPreferredMembers(List.of()),
                members, Map.of(), base.sru(), base.oai(), base.harvest(), base.dataDir());
    }

    private static boolean isMarcFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return MARC_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String uniqueId(Path p, Set<String> taken) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        base = base.replaceAll("^-+", "");
        if (base.isEmpty() || base.equals(ConsortiumConfig.UNION_DATABASE)) {
            base = "member-" + base;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
