package org.unigate.oai;

import java.util.Optional;
import java.util.Set;

/** The six verbs and the arguments each takes (OAI-PMH 2.0, section 4). */
public enum OaiVerb {
    IDENTIFY("Identify", Set.of(), Set.of(), false),
    LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of("identifier"), false),
    LIST_SETS("ListSets", Set.of(), Set.of(), true),
    LIST_IDENTIFIERS("ListIdentifiers", Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    LIST_RECORDS("ListRecords", Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    GET_RECORD("GetRecord", Set.of("identifier", "metadataPrefix"), Set.of(), false);

    public static final String RESUMPTION_TOKEN = "resumptionToken";

    private final String protocolName;
    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    OaiVerb(String protocolName, Set<String> required, Set<String> optional, boolean resumable) {
        this.protocolName = protocolName;
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    /** The verb a client names, matched exactly: verbs are case-sensitive. */
    public static Optional<OaiVerb> named(String name) {
        for (OaiVerb v : values()) {
            if (v.protocolName.equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public String protocolName() {
        return protocolName;
    }

    public Set<String> required() {
        return required;
    }

    public boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument)
                || (resumable && argument.equals(RESUMPTION_TOKEN));
    }

    public boolean resumable() {
        return resumable;
    }

    public boolean lists() {
        return this == LIST_IDENTIFIERS || this == LIST_RECORDS;
    }
}
