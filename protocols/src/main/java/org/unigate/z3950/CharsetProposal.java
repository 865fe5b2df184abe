package org.unigate.z3950;

import java.util.List;

/** The origin's proposal (OriginProposal), carried in Init request otherInfo. */
public record CharsetProposal(List<CharacterSet> charsets, List<String> languages, Boolean recordsInSelectedCharSets) implements CharsetNegotiation {

    public CharsetProposal {
        charsets = Lists.copy(charsets);
        languages = Lists.copy(languages);
    }

    /** What yaz-client sends for {@code charset UTF-8}. */
    public static CharsetProposal utf8() {
        return new CharsetProposal(List.of(CharacterSet.utf8()), List.of(), Boolean.TRUE);
    }

    /** True if a proposed charset has this name (case-insensitive). */
    public boolean offers(String name) {
        return charsets.stream().anyMatch(c -> c.name() != null && c.name().equalsIgnoreCase(name));
    }
}
