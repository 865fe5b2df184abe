package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Seeds.chance;
import static org.unigate.testbed.generator.Seeds.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles, creators and imprints of English-language works. */
final class EnglishDrafts {

    /** Separates the title proper from other title information in templates. */
    private static final Pattern TITLE_PARTS = Pattern.compile(" :: ", Pattern.LITERAL);
    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)\\}");

    private final Vocabulary vocabulary;
    private final Lexicon.English lexicon;
    private final List<Lexicon.Topic> nonFiction;

    EnglishDrafts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.lexicon = vocabulary.english();
        this.nonFiction = lexicon.topics().stream().filter(t -> !t.label().endsWith(" fiction")).toList();
    }

    List<Lexicon.Topic> nonFictionTopics() {
        return nonFiction;
    }

    Draft draft(SplittableRandom r, int year) {
        String template = pick(r, lexicon.templates());
        boolean fiction = template.endsWith("!fiction");
        Choices c = new Choices(fiction ? vocabulary.topic("English fiction") : pick(r, nonFiction),
                pick(r, lexicon.places()));
        String filled = fill(r, template.replace("!fiction", "").strip(), c);
        String[] parts = TITLE_PARTS.split(filled, 2);
        Text subtitle = parts.length > 1 ? Text.latin(parts[1]) : null;
        List<Person> creators = new ArrayList<>();
        Work.Responsibility resp = creators(r, year, fiction, creators);
        Text series = !fiction && chance(r, 0.18) ? Text.latin(seriesTitle(r, c.topic)) : null;
        String summary = fill(r, pick(r, fiction ? lexicon.fictionSummaries() : lexicon.summaries()), c);
        return new Draft(Text.latin(article(capitalise(parts[0]))), subtitle, fiction, c.topic.label(),
                c.place.heading(), chance(r, 0.4) ? pick(r, lexicon.periods()) : null, null, null,
                creators, resp, pick(r, lexicon.publishers()), series, capitalise(summary));
    }

    private Work.Responsibility creators(SplittableRandom r, int year, boolean fiction, List<Person> out) {
        double u = r.nextDouble();
        if (fiction || u < 0.62) {
            out.add(person(r, year));
            return Work.Responsibility.AUTHORS;
        }
        if (u < 0.77) {
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.add(person(r, year));
            }
            return Work.Responsibility.AUTHORS;
        }
        if (u < 0.94) {
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                out.add(person(r, year));
            }
            return Work.Responsibility.EDITORS;
        }
        String body = pick(r, lexicon.corporateBodies());
        out.add(new Person(Text.latin(body), Text.latin(body), "", true));
        return Work.Responsibility.CORPORATE;
    }

    Person person(SplittableRandom r, int year) {
        String given = pick(r, lexicon.givenNames());
        String surname = pick(r, lexicon.surnames());
        if (chance(r, 0.25)) {
            given = given + " " + (char) ('A' + r.nextInt(26)) + ".";
        }
        return new Person(Text.latin(surname + ", " + given), Text.latin(given + " " + surname),
                lifeDates(r, year), false);
    }

    /** Birth year for some authors, and a death year for some of those long dead by now. */
    static String lifeDates(SplittableRandom r, int year) {
        if (!chance(r, 0.35)) {
            return "";
        }
        int born = year - 28 - r.nextInt(45);
        int died = born + 55 + r.nextInt(40);
        return died < 2020 && chance(r, 0.6) && died >= year ? born + "-" + died : born + "-";
    }

    private String seriesTitle(SplittableRandom r, Lexicon.Topic topic) {
        return switch (r.nextInt(3)) {
            case 0 -> "Studies in " + topic.label();
            case 1 -> capitalise(topic.label()) + " series";
            default -> pick(r, lexicon.places()).label().replace("the ", "") + " studies";
        };
    }

    private String fill(SplittableRandom r, String template, Choices c) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "adj" -> pick(r, lexicon.adjectives());
                case "noun" -> pick(r, lexicon.nouns());
                case "topic" -> c.topic.label();
                case "place" -> c.place.label();
                case "subtitle" -> pick(r, lexicon.subtitles());
                case "fiction-subtitle" -> pick(r, lexicon.fictionSubtitles());
                default -> throw new IllegalStateException("unknown slot " + m.group());
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** "A introduction" reads wrong: English takes "An" before a vowel. */
    private static String article(String title) {
        if (title.length() > 2 && title.startsWith("A ") && "aeiouAEIOU".indexOf(title.charAt(2)) >= 0) {
            return "An " + title.substring(2);
        }
        return title;
    }

    private record Choices(Lexicon.Topic topic, Lexicon.Place place) {
    }
}
