package org.unigate.marc;

/** Reading and repairing the 24-character record label. */
final class Leader {

    static final int LENGTH = 24;
    /** For records that arrive without a leader: a bibliographic record, type and level unknown. */
    static final String BLANK = "00000n   a2200000   4500";

    private Leader() {
    }

    /** The leader from the first 24 bytes, non-ASCII bytes blanked and reported. */
    static String read(byte[] rec, Problems problems) {
        char[] chars = BLANK.toCharArray();
        int n = Math.min(LENGTH, rec.length);
        boolean nonAscii = false;
        for (int i = 0; i < n; i++) {
            int c = rec[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F) {
                chars[i] = (char) c;
            } else {
                chars[i] = ' ';
                nonAscii = true;
            }
        }
        if (n < LENGTH) {
            problems.add(RecordProblem.Kind.LEADER, "leader", "record is only " + rec.length + " bytes; leader incomplete");
        }
        if (nonAscii) {
            problems.add(RecordProblem.Kind.LEADER, "leader", "leader holds non-ASCII bytes; blanked");
        }
        return check(new String(chars), problems);
    }

    /** Reports the structural positions MARC 21 fixes; the reader assumes them regardless. */
    static String check(String leader, Problems problems) {
        if (!leader.startsWith("22", 10)) {
            problems.add(RecordProblem.Kind.LEADER, "leader/10-11",
                    "indicator count and subfield code length are '" + leader.substring(10, 12) + "', not '22'");
        }
        if (!leader.startsWith("4500", 20)) {
            problems.add(RecordProblem.Kind.LEADER, "leader/20-23",
                    "entry map is '" + leader.substring(20, 24) + "', not '4500'");
        }
        return leader;
    }

    /** A leader of the wrong length (MARCXML, JSON) padded or cut to 24 characters. */
    static String fit(String raw, Problems problems) {
        if (raw == null) {
            problems.add(RecordProblem.Kind.LEADER, "leader", "record has no leader; a blank one was supplied");
            return BLANK;
        }
        if (raw.length() == LENGTH) {
            return raw;
        }
        problems.add(RecordProblem.Kind.LEADER, "leader", "leader is " + raw.length() + " characters, not 24");
        return raw.length() > LENGTH ? raw.substring(0, LENGTH) : raw + BLANK.substring(raw.length());
    }

    static String withEncodingUnicode(String leader) {
        return leader.charAt(9) == 'a' ? leader : leader.substring(0, 9) + 'a' + leader.substring(10);
    }
}
