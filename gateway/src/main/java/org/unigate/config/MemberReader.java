package org.unigate.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.Sharing;

/** Reads one entry of {@code members:} and checks what its protocol needs. */
final class MemberReader {

    private static final Set<String> KNOWN = Set.of("id", "name", "protocol", "address", "database",
            "recordSyntax", "charset", "timeout", "indexMap", "indexOverrides", "sharing", "path", "paths",
            "expandScripts", "version", "metadataPrefix", "sets");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern HOST_PORT = Pattern.compile("(tcp:)?[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
    private static final Pattern SUPPRESS_RULE = Pattern.compile("\\w{3}\\$\\w=.*");

    private final Path file;
    private final Path base;

    MemberReader(Path file, Path base) {
        this.file = file;
        this.base = base;
    }

    MemberSpec read(ConfigNode node) {
        Fields f = new Fields(file, node, "a member library");
        f.allowOnly(KNOWN);
        String id = f.requireString("id", "a short member id such as 'harbour'");
        if (!ID.matcher(id).matches() || id.equalsIgnoreCase(ConsortiumConfig.UNION_DATABASE)) {
            throw f.error(f.require("id", ""), "expected letters, digits, '-' or '_' (and not 'union'), got \"" + id + "\"");
        }
        Protocol protocol = f.choice("protocol", Protocol.class, null);
        if (protocol == null) {
            f.require("protocol", "one of z3950, sru, oai, embedded");
        }
        MemberSpec.Builder b = MemberSpec.builder(id, protocol)
                .name(f.string("name", id))
                .database(f.string("database", protocol == Protocol.Z3950 ? "Default" : null))
                .recordSyntax(f.string("recordSyntax", null))
                .charset(charset(f))
                .timeout(f.duration("timeout", MemberSpec.DEFAULT_TIMEOUT))
                .indexMap(indexMap(f))
                .indexOverrides(f.stringMap("indexOverrides"))
                .sharing(sharing(f))
                .expandScripts(f.bool("expandScripts", false))
                .version(f.string("version", null))
                .metadataPrefix(f.string("metadataPrefix", null))
                .sets(f.strings("sets"));
        switch (protocol) {
            case Z3950 -> b.address(hostPort(f));
            case SRU, OAI -> b.address(url(f));
            case EMBEDDED -> b.paths(paths(f));
        }
        return b.build();
    }

    private String charset(Fields f) {
        String cs = f.string("charset", "UTF-8");
        String norm = cs.replace("-", "").replace("_", "").toUpperCase(java.util.Locale.ROOT);
        if (!norm.equals("UTF8") && !norm.equals("MARC8")) {
            throw f.error(f.require("charset", ""), "expected UTF-8 or MARC-8, got \"" + cs + "\"");
        }
        return norm.equals("UTF8") ? "UTF-8" : "MARC-8";
    }

    private String hostPort(Fields f) {
        String address = f.requireString("address", "host:port of the member's Z39.50 server, e.g. 127.0.0.1:210");
        if (!HOST_PORT.matcher(address).matches()) {
            throw f.error(f.require("address", ""), "expected host:port such as z3950.example.edu:210, got \"" + address + "\"");
        }
        return address.startsWith("tcp:") ? address.substring(4) : address;
    }

    private String url(Fields f) {
        String address = f.requireString("address", "the member's base URL, e.g. http://catalogue.example.edu/sru");
        try {
            URI uri = new URI(address);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (Exception e) {
            throw f.error(f.require("address", ""), "expected an http:// or https:// URL, got \"" + address + "\"");
        }
        return address;
    }

    private List<String> paths(Fields f) {
        List<String> raw = new ArrayList<>(f.strings("paths"));
        raw.addAll(f.strings("path"));
        if (raw.isEmpty()) {
            f.require("paths", "MARC files or folders to load (or a generated: location)");
        }
        List<String> out = new ArrayList<>();
        ConfigNode at = f.get("paths").orElseGet(() -> f.require("path", ""));
        for (String p : raw) {
            if (p.matches("[a-z][a-z0-9+.-]*:.*") && !p.matches("[A-Za-z]:\\\\.*")) {
                out.add(p);   // a provider location such as generated:demo?...
                continue;
            }
            Path resolved = base.resolve(p).normalize();
            if (!Files.exists(resolved)) {
                throw f.error(at, "no such file or folder: " + resolved);
            }
            out.add(resolved.toString());
        }
        return out;
    }

    private String indexMap(Fields f) {
        String map = f.string("indexMap", null);
        if (map == null) {
            return null;
        }
        Path resolved = base.resolve(map).normalize();
        if (!Files.isReadable(resolved)) {
            throw f.error(f.require("indexMap", ""), "cannot read index map " + resolved);
        }
        return resolved.toString();
    }

    private Sharing sharing(Fields f) {
        return f.get("sharing").map(node -> {
            Fields s = new Fields(file, node, "sharing rules");
            s.allowOnly(Set.of("mode", "strip", "suppress"));
            Sharing.Mode mode = s.choice("mode", Sharing.Mode.class, Sharing.Mode.WHOLE);
            List<String> strip = s.strings("strip");
            for (String tag : strip) {
                if (!tag.matches("\\d{3}|\\dXX")) {
                    throw s.error(s.require("strip", ""), "expected MARC tags like 590 or 9XX, got \"" + tag + "\"");
                }
            }
            List<String> suppress = s.strings("suppress");
            for (String rule : suppress) {
                if (!SUPPRESS_RULE.matcher(rule).matches()) {
                    throw s.error(s.require("suppress", ""), "expected rules like 999$s=y (tag, subfield, value), got \"" + rule + "\"");
                }
            }
            return new Sharing(mode, strip, suppress);
        }).orElse(Sharing.WHOLE);
    }
}
