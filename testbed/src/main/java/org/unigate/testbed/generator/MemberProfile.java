package org.unigate.testbed.generator;

import java.util.List;

/**
 * How one member library catalogues: its codes, rules and habits. Every copy it makes of a work
 * follows these, with small per-record slips on top.
 *
 * @param member              1-based member index
 * @param code                MARC organisation code, used in 003, 040 and 852 $a
 * @param rda                 RDA (264, 33X, spelt-out terms) rather than AACR2 (260, abbreviations)
 * @param isbd                ISBD punctuation in the data (leader/18 'c' when false)
 * @param lcClassification    LC call numbers on the shelf rather than Dewey
 * @param scripts             which Chinese script the member records vernacular in
 * @param isbnForms           which ISBN forms it records
 * @param hyphenatedIsbns     sometimes keys ISBNs with hyphens, as printed
 * @param titleCase           capitalises English titles in title case
 * @param marc8               its exported files are MARC-8 rather than UTF-8
 * @param oclcRate            share of its records carrying the OCLC number
 * @param controlNumberFormat 001 pattern with one {@code %09d}
 * @param localTag            the tag of its local 9XX field
 * @param proxy               prefix of its e-resource links
 */
public record MemberProfile(int member, String code, String name, boolean rda, boolean isbd,
                            boolean lcClassification, ScriptPolicy scripts, IsbnForms isbnForms,
                            boolean hyphenatedIsbns, boolean titleCase, boolean marc8, double oclcRate,
                            String controlNumberFormat, List<Location> locations, String barcodePrefix,
                            String localTag, String proxy) {

    public MemberProfile {
        locations = List.copyOf(locations);
        if (controlNumberFormat.split("%09d", -1).length != 2) {
            throw new IllegalArgumentException("control number format needs one %09d: " + controlNumberFormat);
        }
    }

    /** Chinese script policy for vernacular (880) fields. */
    public enum ScriptPolicy {
        /** As on the piece: traditional for Hong Kong and Taiwan imprints, simplified for the mainland. */
        AS_PUBLISHED,
        /** Always traditional characters. */
        TRADITIONAL,
        /** Always simplified characters. */
        SIMPLIFIED
    }

    public enum IsbnForms { ISBN10_WHEN_POSSIBLE, ISBN13, BOTH }

    /** A shelving location: 852 $b code and its display name. */
    public record Location(String code, String name) {
    }
}
