package org.unigate.embedded;

import java.util.List;
import java.util.Optional;
import org.unigate.marc.DataField;
import org.unigate.query.StandardIndex;

/**
 * Which subfields of which fields feed a word index. A tag may use {@code X} as a digit
 * wildcard ({@code 6XX}); {@code nonFiling} names the indicator (1 or 2) that counts the
 * characters to skip for filing, 0 if none; {@code requires} is a subfield that must be present
 * for the rule to apply (a name/title field gives a title only when it has $t), or {@code 0}.
 */
record FieldRule(List<String> tags, StandardIndex index, String codes, int nonFiling, char requires) {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** The MARC 21 bibliographic fields each index reads (880s count as their linked field). */
    static final List<FieldRule> RULES = List.of(
            title("130 730", "adfghklmnoprst", 1),
            title("740", "anp", 1),
            title("210 222", "ab", 2),
            title("240 243", "adfghklmnoprs", 2),
            title("242", "abnp", 2),
            title("245", "abfgknps", 2),
            title("246 247", "abfgnp", 0),
            title("440 830", "adfghklmnoprstv", 2),
            title("490", "a", 0),
            rule("100 110 111 700 710 711 800 810 811", StandardIndex.TITLE, "fklmnoprst", 't'),
            rule("505", StandardIndex.TITLE, "t", '\0'),
            author("100 700 800", "abcdq"),
            author("110 710 810", "abcdn"),
            author("111 711 811", "acdenq"),
            author("720", "a"),
            author("245", "c"),
            author("505", "r"),
            rule("6XX", StandardIndex.SUBJECT, LETTERS, '\0'),
            rule("260 264", StandardIndex.PUBLISHER, "b", '\0'),
            // Notes, edition and place reach only the "any" index.
            rule("5XX", StandardIndex.ANY, LETTERS, '\0'),
            rule("250", StandardIndex.ANY, "ab", '\0'),
            rule("260 264", StandardIndex.ANY, "a", '\0'));

    private static FieldRule title(String tags, String codes, int nonFiling) {
        return new FieldRule(List.of(tags.split(" ")), StandardIndex.TITLE, codes, nonFiling, '\0');
    }

    private static FieldRule author(String tags, String codes) {
        return rule(tags, StandardIndex.AUTHOR, codes, '\0');
    }

    private static FieldRule rule(String tags, StandardIndex index, String codes, char requires) {
        return new FieldRule(List.of(tags.split(" ")), index, codes, 0, requires);
    }

    boolean appliesTo(DataField field) {
        if (requires != '\0' && field.first(requires).isEmpty()) {
            return false;
        }
        for (String pattern : tags) {
            if (matches(pattern, field.tag())) {
                return true;
            }
        }
        return false;
    }

    /** The selected subfields joined, or empty when the field has none of them. */
    Optional<String> text(DataField field) {
        String text = field.join(codes).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The value with the non-filing characters (an article such as "The ") removed. */
    Optional<String> filingForm(DataField field, String text) {
        char indicator = nonFiling == 1 ? field.ind1() : nonFiling == 2 ? field.ind2() : '0';
        int skip = indicator >= '1' && indicator <= '9' ? indicator - '0' : 0;
        return skip > 0 && skip < text.length() ? Optional.of(text.substring(skip)) : Optional.empty();
    }

    private static boolean matches(String pattern, String tag) {
        if (pattern.length() != tag.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'X' && p != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
