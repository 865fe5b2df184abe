package org.unigate.testbed.generator;

import java.util.ArrayList;
import java.util.List;

/** The typed contents of the word lists, one record per language family. */
final class Lexicon {

    private Lexicon() {
    }

    /** An English topic: its form in titles, its LCSH heading and where it classifies. */
    record Topic(String label, String heading, String lcLetters, int lcMin, int lcMax, String ddc) {
    }

    /** @param label the form in a title; heading the LCSH geographic heading */
    record Place(String label, String heading) {
    }

    /** A CJK word with its romanisation and, depending on the list, a heading, topic or form. */
    record Word(Text text, String note) {
    }

    /** @param slot a list name such as "topic", or null for a literal; attach: no space before it */
    record Token(String slot, Text literal, boolean attach) {
    }

    record Template(List<Token> title, List<Token> subtitle, boolean fiction) {

        /** Parses "{place} {topic} 的/de 經驗/jing_yan :: ... !fiction" as described in zh.txt. */
        static Template parse(String line, Lang lang) {
            boolean fiction = line.endsWith("!fiction");
            String body = fiction ? line.substring(0, line.length() - "!fiction".length()).strip() : line;
            String[] parts = body.split(" :: ", 2);
            return new Template(tokens(parts[0], lang),
                    parts.length > 1 ? tokens(parts[1], lang) : List.of(), fiction);
        }

        private static List<Token> tokens(String text, Lang lang) {
            List<Token> tokens = new ArrayList<>();
            for (String raw : text.strip().split("\\s+")) {
                boolean attach = raw.startsWith("+");
                String t = attach ? raw.substring(1) : raw;
                if (t.startsWith("{") && t.endsWith("}")) {
                    tokens.add(new Token(t.substring(1, t.length() - 1), null, attach));
                } else {
                    int slash = t.indexOf('/');
                    if (slash < 1) {
                        throw new IllegalStateException("bad template token " + raw);
                    }
                    String vern = t.substring(0, slash);
                    String roman = t.substring(slash + 1).replace('_', ' ');
                    tokens.add(new Token(null, Vocabulary.cjkText(lang, vern, roman), attach));
                }
            }
            return List.copyOf(tokens);
        }
    }

    record Cjk(Lang lang, List<Word> places, List<Word> periods, List<Word> topics, List<Word> suffixes,
               List<Word> fictionNouns, List<Word> fictionAdjectives, List<Word> surnames,
               List<Word> givenNames, List<Imprint> publishers, List<Text> series, List<Template> templates) {
    }

    record English(List<String> adjectives, List<String> nouns, List<Topic> topics, List<Place> places,
                   List<String> periods, List<String> forms, List<String> aspects, List<String> givenNames,
                   List<String> surnames, List<Imprint> publishers, List<String> corporateBodies,
                   List<String> subtitles, List<String> fictionSubtitles, List<String> templates,
                   List<String> summaries, List<String> fictionSummaries) {
    }

    /** @param subtitles with a trailing " !fiction" on those that make the work a literary one */
    record European(Lang lang, List<String> phrases, List<Place> places, List<String> subtitles,
                    List<String> templates, List<String> series, List<Imprint> publishers,
                    List<EuropeanName> names) {
    }

    /** @param language the MARC code of the name's language, to prefer matching authors */
    record EuropeanName(String surname, String forenames, String language) {
    }
}
