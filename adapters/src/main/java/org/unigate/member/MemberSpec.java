package org.unigate.member;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member library as the configuration describes it. Protocol-specific settings that a
 * protocol does not use are null.
 *
 * @param address       {@code host:port} for Z39.50, a base URL for SRU and OAI-PMH, null for embedded
 * @param recordSyntax  preferred record syntax/schema (usmarc, marcxml, ...)
 * @param charset       UTF-8 or MARC-8: how the member encodes ISO 2709 records
 * @param indexMap      a YAZ cql2pqf.txt-format file overriding the default map, or null
 * @param indexOverrides single index map lines ({@code index.dc.title = 1=4}) applied on top
 * @param paths         MARC files or folders an embedded member loads
 * @param expandScripts send CJK terms in both traditional and simplified forms (for members
 *                      that do not fold scripts themselves)
 */
public record MemberSpec(
        String id,
        String name,
        Protocol protocol,
        String address,
        String database,
        String recordSyntax,
        String charset,
        Duration timeout,
        String indexMap,
        Map<String, String> indexOverrides,
        Sharing sharing,
        List<String> paths,
        boolean expandScripts,
        String version,
        String metadataPrefix,
        List<String> sets) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public MemberSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        name = name == null ? id : name;
        charset = charset == null ? "UTF-8" : charset;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        indexOverrides = indexOverrides == null ? Map.of() : Map.copyOf(indexOverrides);
        sharing = sharing == null ? Sharing.WHOLE : sharing;
        paths = paths == null ? List.of() : List.copyOf(paths);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    public boolean marc8() {
        return charset.replace("-", "").equalsIgnoreCase("MARC8");
    }

    public static Builder builder(String id, Protocol protocol) {
        return new Builder(id, protocol);
    }

    /** For tests and code that build members by hand. */
    public static final class Builder {
        private final String id;
        private final Protocol protocol;
        private String name;
        private String address;
        private String database;
        private String recordSyntax;
        private String charset;
        private Duration timeout;
        private String indexMap;
        private Map<String, String> indexOverrides;
        private Sharing sharing;
        private List<String> paths;
        private boolean expandScripts;
        private String version;
        private String metadataPrefix;
        private List<String> sets;

        private Builder(String id, Protocol protocol) {
            this.id = id;
            this.protocol = protocol;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder address(String v) { this.address = v; return this; }
        public Builder database(String v) { this.database = v; return this; }
        public Builder recordSyntax(String v) { this.recordSyntax = v; return this; }
        public Builder charset(String v) { this.charset = v; return this; }
        public Builder timeout(Duration v) { this.timeout = v; return this; }
        public Builder indexMap(String v) { this.indexMap = v; return this; }
        public Builder indexOverrides(Map<String, String> v) { this.indexOverrides = v; return this; }
        public Builder sharing(Sharing v) { this.sharing = v; return this; }
        public Builder paths(List<String> v) { this.paths = v; return this; }
        public Builder expandScripts(boolean v) { this.expandScripts = v; return this; }
        public Builder version(String v) { this.version = v; return this; }
        public Builder metadataPrefix(String v) { this.metadataPrefix = v; return this; }
        public Builder sets(List<String> v) { this.sets = v; return this; }

        public MemberSpec build() {
            return new MemberSpec(id, name, protocol, address, database, recordSyntax, charset, timeout,
                    indexMap, indexOverrides, sharing, paths, expandScripts, version, metadataPrefix, sets);
        }
    }
}
