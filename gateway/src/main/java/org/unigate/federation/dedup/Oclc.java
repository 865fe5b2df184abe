package org.unigate.federation.dedup;

import java.util.LinkedHashSet;
import java.util.List;
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
        // Each pattern has a fixed first character: most 035s (other agencies' numbers) need no matcher.
        char first = v.isEmpty() ? ' ' : v.charAt(0);
        Matcher m = first == '(' ? TAGGED.matcher(v) : first == 'o' ? PREFIXED.matcher(v) : null;
        return m != null && m.matches() ? dropZeros(m.group(1)) : Optional.empty();
    }

    public static Set<String> of(MarcRecord record) {
        return of(KeyFields.values(record, "035", 'a'), record.controlField("001").orElse(null),
                record.controlField("003").orElse(null));
    }

    /** OCLC numbers from 035 $a values and the 001 and 003 (null when absent). */
    static Set<String> of(List<String> values035, String f001, String f003) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values035) {
            normalise(v).ifPresent(out::add);
        }
        if (f001 != null) {
            String id = f001.strip();
            boolean oclcAgency = f003 != null && f003.strip().equalsIgnoreCase("OCoLC");
            Matcher m = id.startsWith("o") ? PREFIXED.matcher(id) : null;
            if (m != null && m.matches()) {
                dropZeros(m.group(1)).ifPresent(out::add);
            } else if (oclcAgency && allDigits(id)) {
                dropZeros(id).ifPresent(out::add);
            }
        }
        return out;
    }

    /** {@link Character#isDigit} for every character, as the 001 check has always read it. */
    private static boolean allDigits(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
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
