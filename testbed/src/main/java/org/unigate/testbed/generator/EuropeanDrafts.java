package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Seeds.chance;
import static org.unigate.testbed.generator.Seeds.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles, creators and imprints of French, German and Spanish works. */
final class EuropeanDrafts {

    /** Separates the title proper from other title information in templates. */
    private static final Pattern TITLE_PARTS = Pattern.compile(" :: ", Pattern.LITERAL);
    private static final Pattern SLOT = Pattern.compile("\\{(PHRASE|phrase|place|subtitle)\\}");
    private static final String FICTION = " !fiction";

    private final Vocabulary vocabulary;
    private final List<Lexicon.Topic> nonFiction;

    EuropeanDrafts(Vocabulary vocabulary, List<Lexicon.Topic> nonFiction) {
        this.vocabulary = vocabulary;
        this.nonFiction = nonFiction;
    }

    Draft draft(SplittableRandom r, Lang lang, int year) {
        Lexicon.European lexicon = vocabulary.european(lang);
        Lexicon.Place place = pick(r, lexicon.places());
        String template = pick(r, lexicon.templates());
        String subtitle = pick(r, lexicon.subtitles());
        boolean fiction = template.contains("{subtitle}") && subtitle.endsWith(FICTION);
        subtitle = subtitle.replace(FICTION, "");
        String[] parts = TITLE_PARTS.split(fill(r, template, lexicon, place, subtitle), 2);
        Lexicon.Topic topic = fiction ? vocabulary.topic(fictionTopic(lang)) : pick(r, nonFiction);
        List<Person> creators = new ArrayList<>();
        boolean edited = !fiction && chance(r, 0.25);
        int count = edited ? 1 + r.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            creators.add(person(r, lexicon, year));
        }
        Text series = chance(r, 0.12) ? Text.latin(pick(r, lexicon.series())) : null;
        return new Draft(Text.latin(EnglishDrafts.capitalise(parts[0])),
                parts.length > 1 ? Text.latin(parts[1]) : null, fiction, topic.label(), place.heading(),
                null, null, null, creators, edited ? Work.Responsibility.EDITORS : Work.Responsibility.AUTHORS,
                pick(r, lexicon.publishers()), series, null);
    }

    private static String fictionTopic(Lang lang) {
        return switch (lang) {
            case GERMAN -> "German fiction";
            case SPANISH -> "Spanish fiction";
            default -> "French fiction";
        };
    }

    /** Authors mostly write in their own language; a few are foreign scholars. */
    private static Person person(SplittableRandom r, Lexicon.European lexicon, int year) {
        Lexicon.EuropeanName name = pick(r, lexicon.names());
        for (int tries = 0; tries < 8 && !name.language().equals(lexicon.lang().code()) && chance(r, 0.8); tries++) {
            name = pick(r, lexicon.names());
        }
        return new Person(Text.latin(name.surname() + ", " + name.forenames()),
                Text.latin(name.forenames() + " " + name.surname()), EnglishDrafts.lifeDates(r, year), false);
    }

    private static String fill(SplittableRandom r, String template, Lexicon.European lexicon,
                               Lexicon.Place place, String subtitle) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "PHRASE" -> EnglishDrafts.capitalise(pick(r, lexicon.phrases()));
                case "phrase" -> pick(r, lexicon.phrases());
                case "place" -> place.label();
                default -> subtitle;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
