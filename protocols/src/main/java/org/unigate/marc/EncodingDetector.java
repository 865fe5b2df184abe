package org.unigate.marc;

import com.ibm.icu.text.Normalizer2;

/**
 * Chooses how to read a record's data: leader/09 (or the caller's hint) says what the record
 * claims, the bytes say what it is. A record that claims MARC-8 but is valid multi-byte UTF-8
 * without escape sequences is UTF-8; one that claims UTF-8 but is not valid UTF-8 and carries
 * MARC-8 escapes or ANSEL diacritic patterns is MARC-8. Either way the mismatch is reported.
 */
final class EncodingDetector {

    private EncodingDetector() {
    }

    static TextDecoder choose(byte[] record, int from, int to, char leader09, MarcEncoding hint,
            Problems problems) {
        switch (hint) {
            case UTF_8:
                return TextDecoder.utf8();
            case MARC_8:
                return TextDecoder.marc8();
            case LATIN_1:
                return TextDecoder.of(java.nio.charset.StandardCharsets.ISO_8859_1);
            default:
                break;
        }
        boolean escapes = contains(record, from, to, (byte) 0x1B);
        boolean claimsUtf8 = leader09 == 'a';
        if (leader09 != 'a' && leader09 != ' ') {
            problems.add(RecordProblem.Kind.LEADER, "leader/09",
                    "character coding scheme '" + leader09 + "' is neither 'a' (UCS) nor blank (MARC-8)");
            claimsUtf8 = !escapes && Utf8.firstInvalid(record, from, to) < 0;
        }
        if (claimsUtf8) {
            if (Utf8.firstInvalid(record, from, to) >= 0 && (escapes || looksLikeAnsel(record, from, to))) {
                problems.add(RecordProblem.Kind.ENCODING, "leader/09",
                        "leader/09 says UTF-8 but the data is MARC-8; read as MARC-8");
                return TextDecoder.marc8();
            }
            return TextDecoder.utf8();
        }
        if (!escapes && Utf8.isMultiByteUtf8(record, from, to)) {
            problems.add(RecordProblem.Kind.ENCODING, "leader/09",
                    "leader/09 says MARC-8 but the data is UTF-8; read as UTF-8");
            return TextDecoder.utf8();
        }
        return TextDecoder.marc8();
    }

    /** Unicode combining marks for ANSEL 0xE0-0xFE, to test whether mark + letter make a letter. */
    private static final String ANSEL_MARKS =
            "\u0309\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030C\u030A\uFE20\uFE21\u0315\u030B\u0310"
            + "\u0327\u0328\u0323\u0324\u0325\u0333\u0332\u0326\u031C\u032E\uFE22\uFE23\u0000\u0000\u0313";

    /**
     * Votes between MARC-8 and damaged UTF-8 or Latin-1 for data that is not valid UTF-8. Each
     * valid multi-byte UTF-8 sequence counts against MARC-8; only the bytes outside such
     * sequences are weighed. ANSEL stores a combining mark (0xE0-0xFE) before its letter, so
     * "mark, letter" that composes to a real letter (0xE2 e = é) counts for ANSEL, while a
     * Latin-1 accented letter followed by anything else counts against; 0xA1-0xBF are ANSEL
     * letters and signs (0xB9 is the pound sign) but rare symbols in Latin-1; 0xC9-0xDF are
     * unassigned in ANSEL. Ties go against MARC-8: the UTF-8 reader's fallback reads the rest.
     */
    static boolean looksLikeAnsel(byte[] b, int from, int to) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        int ansel = 0;
        int other = 0;
        int i = from;
        while (i < to) {
            int n = Utf8.sequenceLength(b, i, to);
            if (n > 1) {
                other++;
                i += n;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c >= 0xA1 && c <= 0xBF) {
                ansel++;
            } else if (c >= 0xC9 && c <= 0xDF || c == 0xFF) {
                other++;
            } else if (c >= 0xE0) {
                int next = i + 1 < to ? b[i + 1] & 0xFF : 0;
                boolean letter = next >= 'A' && next <= 'Z' || next >= 'a' && next <= 'z';
                if (letter && nfc.composePair(next, ANSEL_MARKS.charAt(c - 0xE0)) >= 0) {
                    ansel++;
                } else {
                    other++;
                }
            }
            i++;
        }
        return ansel > other;
    }

    private static boolean contains(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return true;
            }
        }
        return false;
    }
}
