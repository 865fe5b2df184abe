package org.unigate.federation.dedup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.MarcRecord;

/** ISSN match keys from 022 $a, as {@code NNNN-NNNC} with a verified check digit. */
public final class Issn {

    private static final Pattern ISSN = Pattern.compile("(\\d{4})\\s*-?\\s*(\\d{3}[\\dXx])");

    private Issn() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = ISSN.matcher(raw);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT);
        if (digits.startsWith("0000000") || !checkDigitMatches(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 4) + "-" + digits.substring(4));
    }

    /** Valid ISSNs of 022 $a ($y incorrect and $z cancelled ones are not the serial's own). */
    public static Set<String> of(MarcRecord record) {
        return of(KeyFields.values(record, "022", 'a'));
    }

    /** Valid ISSNs among 022 $a values. */
    static Set<String> of(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            normalise(v).ifPresent(out::add);
        }
        return out;
    }

    static boolean checkDigitMatches(String eight) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (eight.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return eight.charAt(7) == expected;
    }
}
