package org.unigate.testbed.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.unigate.marc.Subfield;

/** ISBD punctuation: adding terminal marks, and taking them out for members that omit them. */
final class Punctuation {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[:;/=,]$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    /** Abbreviations that end data in the fields generated here; their full stop stays. */
    private static final Set<String> ABBREVIATIONS = Set.of("p", "ed", "éd", "ill", "cm", "no", "al", "etc", "Mass",
            "Calif", "Conn", "Aufl", "a", "Inc", "Co", "Ltd");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "to",
            "for", "at", "by", "from", "with", "between", "into", "as");

    private Punctuation() {
    }

    /** Ends {@code value} with a full stop unless it already ends with one or with an open date. */
    static String period(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char last = value.charAt(value.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '-' ? value : value + ".";
    }

    /** The subfields as a member without ISBD punctuation would key them (leader/18 'c'). */
    static List<Subfield> withoutIsbd(List<Subfield> subfields) {
        List<Subfield> out = new ArrayList<>(subfields.size());
        for (Subfield s : subfields) {
            out.add(s.code() == '6' ? s : new Subfield(s.code(), strip(s.value())));
        }
        return out;
    }

    static String strip(String value) {
        String v = SEPARATOR.matcher(value).replaceFirst("");
        if (v.endsWith(".") && !abbreviation(v)) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    /** "p.", "ed.", "ill.", "N.J." and initials keep their full stop; other words lose it. */
    private static boolean abbreviation(String v) {
        String word = v.substring(v.lastIndexOf(' ') + 1, v.length() - 1);
        return ABBREVIATIONS.contains(word) || INITIAL.matcher(word).matches() || word.contains(".");
    }

    /** English title case: major words capitalised, short function words not (except first). */
    static String titleCase(String title) {
        String[] words = title.split(" ");
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean small = SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
            sb.append(first || !small ? EnglishDrafts.capitalise(w) : w);
            first = w.endsWith(":");
        }
        return sb.toString();
    }
}
