package org.unigate.federation.dedup;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.MarcRecord;

/**
 * OCLC number match keys: 035 $a "(OCoLC)ocm00012345", "(OCoLC)ocn…", "(OCoLC)on…" or plain
 * "(OCoLC)12345" (also the bare ocm/ocn/on form some systems write), and 001 when 003 is OCoLC or
 * 001 carries an OCLC prefix. Prefixes and leading zeros are dropped. Values with anything after
 * the number ("(OCoLC)643552706 (print ed.)" cites another manifestation) and other agencies'
 * variants such as "(OCoLC-M)" are not this record's OCLC number.
 */
public final class Oclc {

    private static final Pattern TAGGED = Pattern.compile("^\\((?:OCoLC|OCLC)\\)\\s*(?:ocm|ocn|on)?\\s*(\\d{1,12})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIXED = Pattern.compile("^(?:ocm|ocn|on)(\\d{1,12})$");

    private Oclc() {
    }

    /** The OCLC number in an 035 $a value, without prefix or leading zeros. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String v = raw.strip();
        Matcher m = TAGGED.matcher(v);
        if (!m.matches()) {
            m = PREFIXED.matcher(v);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return dropZeros(m.group(1));
    }

    public static Set<String> of(MarcRecord record) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : KeyFields.values(record, "035", 'a')) {
            normalise(v).ifPresent(out::add);
        }
        Optional<String> id = record.controlNumber();
        if (id.isPresent()) {
            boolean oclcAgency = record.controlField("003").map(String::strip).filter("OCoLC"::equalsIgnoreCase)
                    .isPresent();
            Matcher m = PREFIXED.matcher(id.get());
            if (m.matches()) {
                dropZeros(m.group(1)).ifPresent(out::add);
            } else if (oclcAgency && id.get().chars().allMatch(Character::isDigit)) {
                dropZeros(id.get()).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<String> dropZeros(String digits) {
        int start = 0;
        while (start < digits.length() && digits.charAt(start) == '0') {
            start++;
        }
        String s = digits.substring(start);
        return s.isEmpty() || s.length() > 12 ? Optional.empty() : Optional.of(s);
    }
}
