package org.unigate.testbed.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unigate.text.ScriptFolding;

/**
 * All word lists, parsed once and shared read-only by every generator. Chinese simplified forms
 * come from ICU's Traditional-Simplified transform, the same one the gateway folds with, so a
 * traditional and a simplified copy of one work meet when folded.
 */
final class Vocabulary {

    private static final class Holder {
        static final Vocabulary STANDARD = new Vocabulary();
    }

    private final Lexicon.English english;
    private final Map<String, Lexicon.Topic> topics;
    private final Map<Lang, Lexicon.Cjk> cjk = new EnumMap<>(Lang.class);
    private final Map<Lang, Lexicon.European> european = new EnumMap<>(Lang.class);

    private Vocabulary() {
        english = english(VocabularyFile.load("en.txt"));
        topics = english.topics().stream().collect(Collectors.toUnmodifiableMap(Lexicon.Topic::label, Function.identity()));
        cjk.put(Lang.CHINESE, cjk(Lang.CHINESE, VocabularyFile.load("zh.txt")));
        cjk.put(Lang.JAPANESE, cjk(Lang.JAPANESE, VocabularyFile.load("ja.txt")));
        cjk.put(Lang.KOREAN, cjk(Lang.KOREAN, VocabularyFile.load("ko.txt")));
        VocabularyFile eu = VocabularyFile.load("eu.txt");
        european.put(Lang.FRENCH, european(Lang.FRENCH, eu));
        european.put(Lang.GERMAN, european(Lang.GERMAN, eu));
        european.put(Lang.SPANISH, european(Lang.SPANISH, eu));
        cjk.values().forEach(this::checkTopics);
    }

    static Vocabulary standard() {
        return Holder.STANDARD;
    }

    Lexicon.English english() {
        return english;
    }

    Lexicon.Cjk cjk(Lang lang) {
        return cjk.get(lang);
    }

    Lexicon.European european(Lang lang) {
        return european.get(lang);
    }

    Lexicon.Topic topic(String label) {
        Lexicon.Topic topic = topics.get(label);
        if (topic == null) {
            throw new IllegalStateException("unknown topic " + label);
        }
        return topic;
    }

    static Text cjkText(Lang lang, String vernacular, String roman) {
        String simplified = lang == Lang.CHINESE ? ScriptFolding.toSimplified(vernacular) : vernacular;
        return new Text(roman, vernacular, simplified);
    }

    private void checkTopics(Lexicon.Cjk lexicon) {
        lexicon.topics().forEach(w -> topic(w.note()));
    }

    private static Lexicon.English english(VocabularyFile f) {
        List<Lexicon.Topic> topics = f.rows("topics").stream().map(r -> {
            String[] range = r.get(3).split("-");
            return new Lexicon.Topic(r.get(0), r.get(1), r.get(2), Integer.parseInt(range[0]),
                    Integer.parseInt(range[1]), r.get(4));
        }).toList();
        List<Lexicon.Place> places = f.rows("places").stream().map(r -> new Lexicon.Place(r.get(0), r.get(1))).toList();
        List<Imprint> publishers = f.rows("publishers").stream()
                .map(r -> new Imprint(Text.latin(r.get(0)), Text.latin(r.get(1)), r.get(2),
                        latinIsbnGroup(r.get(2), r.get(0)), false))
                .toList();
        return new Lexicon.English(f.words("adjectives"), f.words("nouns"), topics, places, f.words("periods"),
                f.words("forms"), f.words("aspects"), f.words("given-names"), f.words("surnames"), publishers,
                f.words("corporate-bodies"), f.words("subtitles"), f.words("fiction-subtitles"),
                f.words("title-templates"), f.words("summaries"), f.words("fiction-summaries"));
    }

    private static Lexicon.Cjk cjk(Lang lang, VocabularyFile f) {
        Function<String, List<Lexicon.Word>> words = section -> f.rows(section).stream()
                .map(r -> new Lexicon.Word(cjkText(lang, r.get(0), r.get(1)), r.size() > 2 ? r.get(2) : ""))
                .toList();
        List<Imprint> publishers = f.rows("publishers").stream()
                .map(r -> new Imprint(cjkText(lang, r.get(0), r.get(1)), cjkText(lang, r.get(2), r.get(3)),
                        r.get(4), r.get(6).replace("-", "").substring(0, groupLength(r.get(6))), "S".equals(r.get(5))))
                .toList();
        List<Text> series = f.rows("series").stream().map(r -> cjkText(lang, r.get(0), r.get(1))).toList();
        String given = lang == Lang.CHINESE ? "given-name-characters" : "given-names";
        return new Lexicon.Cjk(lang, words.apply("places"), words.apply("periods"), words.apply("topics"),
                words.apply("suffixes"), words.apply("fiction-nouns"), words.apply("fiction-adjectives"),
                words.apply("surnames"), words.apply(given), publishers, series,
                f.words("title-templates").stream().map(t -> Lexicon.Template.parse(t, lang)).toList());
    }

    private static Lexicon.European european(Lang lang, VocabularyFile f) {
        String p = lang.code() + ".";
        List<Lexicon.Place> places = f.rows(p + "places").stream().map(r -> new Lexicon.Place(r.get(0), r.get(1))).toList();
        List<Imprint> publishers = f.rows("publishers").stream()
                .filter(r -> r.get(3).equals(lang.code()))
                .map(r -> new Imprint(Text.latin(r.get(0)), Text.latin(r.get(1)), r.get(2),
                        latinIsbnGroup(r.get(2), r.get(0)), false))
                .toList();
        List<Lexicon.EuropeanName> names = f.rows("names").stream()
                .map(r -> new Lexicon.EuropeanName(r.get(0), r.get(1), r.get(2))).toList();
        return new Lexicon.European(lang, f.words(p + "phrases"), places, f.words(p + "subtitles"),
                f.words(p + "templates"), f.words(p + "series"), publishers, names);
    }

    /** Length in digits of "978" plus the registration group of a hyphenated prefix. */
    private static int groupLength(String hyphenatedPrefix) {
        String[] parts = hyphenatedPrefix.split("-");
        return parts[0].length() + parts[1].length();
    }

    private static String latinIsbnGroup(String country, String publisher) {
        return switch (country) {
            case "cc" -> "978962";
            case "si" -> "978981";
            case "ne" -> "97890";
            case "sz", "gw" -> "9783";
            case "fr" -> "9782";
            case "sp" -> "97884";
            case "mx" -> "978968";
            default -> (publisher.hashCode() & 1) == 0 ? "9780" : "9781";
        };
    }
}
