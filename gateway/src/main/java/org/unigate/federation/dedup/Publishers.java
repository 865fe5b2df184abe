package org.unigate.federation.dedup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Publisher names reduced to what distinguishes them: "W. W. Norton &amp; Company" and "Norton"
 * both become "norton", "Zhongguo she hui ke xue chu ban she" and "中国社会科学出版社" lose their
 * "publishing house". Initials and corporate stop words go; what is left is joined without spaces.
 */
final class Publishers {

    private static final Set<String> STOP_WORDS = Set.of(
            "press", "pr", "publisher", "publishers", "publishing", "publications", "publication", "pub", "pubs",
            "inc", "incorporated", "ltd", "limited", "co", "company", "corp", "corporation", "llc", "plc",
            "gmbh", "ag", "kg", "sa", "srl", "spa", "bv", "nv", "the", "and", "und", "et", "of", "for", "by",
            "book", "books", "verlag", "verlage", "verl", "buchverlag", "editions", "edition", "editores",
            "editora", "editorial", "editrice", "ed", "eds", "libreria", "librairie", "house",
            "distributed", "distributor", "distributors", "group", "international", "media", "sn", "etc");

    /** Romanised and vernacular "publishing house" endings, stripped from the end until none is left. */
    private static final List<String> SUFFIXES = List.of(
            "gufenyouxiangongsi", "youxiangongsi", "chubanyouxiangongsi", "chubangongsi", "chubanshe", "chuban",
            "kabushikigaisha", "shuppansha", "shuppanbu", "shuppan", "shoten", "chulpansa", "chulpanbu", "chulpan",
            "股份有限公司", "有限公司", "出版公司", "出版社", "出版部", "出版",
            "书局", "书店", "株式会社", "书房");

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "university", "univ", "universitat", "univ", "universite", "univ", "universita", "univ",
            "universidad", "univ");

    /** "[publisher not identified]", "[s.n.]": a cataloguer saying there is no name. */
    private static final Pattern UNKNOWN = Pattern.compile("\\[[^\\]]*(not identified|s\\.\\s*n\\.)[^\\]]*\\]");

    private Publishers() {
    }

    static String normalise(String raw) {
        String cleaned = raw.indexOf('[') < 0 ? raw : UNKNOWN.matcher(raw).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        for (String token : KeyText.tokens(cleaned)) {
            String t = ABBREVIATIONS.getOrDefault(token, token);
            boolean initial = t.length() == 1 && t.charAt(0) < 0x2E80;
            if (!initial && !STOP_WORDS.contains(t)) {
                out.append(t);
            }
        }
        String joined = out.toString();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (joined.length() > suffix.length() && joined.endsWith(suffix)) {
                    joined = joined.substring(0, joined.length() - suffix.length());
                    stripped = true;
                }
            }
        }
        return joined;
    }
}
