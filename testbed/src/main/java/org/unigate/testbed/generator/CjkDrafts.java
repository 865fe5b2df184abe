package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Seeds.chance;
import static org.unigate.testbed.generator.Seeds.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Titles, creators and imprints of Chinese, Japanese and Korean works, built from vocabulary
 * words so that the romanisation of every vernacular string is fixed by its words.
 */
final class CjkDrafts {

    private final Lexicon.Cjk lexicon;
    private final Lang lang;

    CjkDrafts(Lexicon.Cjk lexicon) {
        this.lexicon = lexicon;
        this.lang = lexicon.lang();
    }

    Draft draft(SplittableRandom r, int year) {
        Lexicon.Template template = pick(r, lexicon.templates());
        Slots slots = new Slots(r);
        Text title = join(template.title(), slots, true);
        Text subtitle = template.subtitle().isEmpty() ? null : join(template.subtitle(), slots, false);
        Lexicon.Word topic = slots.topic != null ? slots.topic : pick(r, lexicon.topics());
        Lexicon.Word place = slots.place != null ? slots.place : pick(r, lexicon.places());
        String topicLabel = template.fiction() ? fictionTopic() : topic.note();
        List<Person> creators = new ArrayList<>();
        Work.Responsibility resp = Work.Responsibility.AUTHORS;
        double u = r.nextDouble();
        int count = u < 0.7 || template.fiction() ? 1 : u < 0.82 ? 2 : 1 + r.nextInt(2);
        if (u >= 0.82 && !template.fiction()) {
            resp = Work.Responsibility.EDITORS;
        }
        for (int i = 0; i < count; i++) {
            creators.add(person(r, year));
        }
        Text series = chance(r, 0.22) ? pick(r, lexicon.series()) : null;
        String period = slots.period != null ? slots.period.note() : null;
        String form = slots.suffix != null && !slots.suffix.note().isEmpty() ? slots.suffix.note() : null;
        return new Draft(title, subtitle, template.fiction(), topicLabel, place.note(), period, form,
                template.fiction() ? null : topic.text(), creators, resp, imprint(r, year), series, null);
    }

    private String fictionTopic() {
        return switch (lang) {
            case JAPANESE -> "Japanese fiction";
            case KOREAN -> "Korean fiction";
            default -> "Chinese fiction";
        };
    }

    /** Simplified characters only appeared in print from the mid 1950s. */
    private Imprint imprint(SplittableRandom r, int year) {
        Imprint imprint = pick(r, lexicon.publishers());
        while (imprint.simplified() && year < 1956) {
            imprint = pick(r, lexicon.publishers());
        }
        return imprint;
    }

    Person person(SplittableRandom r, int year) {
        Lexicon.Word surname = pick(r, lexicon.surnames());
        String dates = chance(r, 0.4) ? EnglishDrafts.lifeDates(r, year) : "";
        return switch (lang) {
            case CHINESE -> chinese(r, surname, dates);
            case JAPANESE -> {
                Lexicon.Word given = pick(r, lexicon.givenNames());
                String sv = surname.text().traditional();
                String gv = given.text().traditional();
                String inverted = sv + ", " + gv;
                yield new Person(new Text(surname.text().roman() + ", " + given.text().roman(), inverted, inverted),
                        Text.vernacular(surname.text().roman() + " " + given.text().roman(), sv + gv), dates, false);
            }
            default -> {
                Lexicon.Word given = pick(r, lexicon.givenNames());
                String vern = surname.text().traditional() + given.text().traditional();
                yield new Person(Text.vernacular(surname.text().roman() + ", " + given.text().roman(), vern),
                        Text.vernacular(surname.text().roman() + " " + given.text().roman(), vern), dates, false);
            }
        };
    }

    /** ALA-LC joins the syllables of a Chinese given name: Wang, Weiming. */
    private Person chinese(SplittableRandom r, Lexicon.Word surname, String dates) {
        int syllables = chance(r, 0.8) ? 2 : 1;
        StringBuilder roman = new StringBuilder();
        StringBuilder trad = new StringBuilder(surname.text().traditional());
        StringBuilder simp = new StringBuilder(surname.text().simplified());
        for (int i = 0; i < syllables; i++) {
            Lexicon.Word w = pick(r, lexicon.givenNames());
            roman.append(w.text().roman());
            trad.append(w.text().traditional());
            simp.append(w.text().simplified());
        }
        String given = EnglishDrafts.capitalise(roman.toString());
        String s = surname.text().roman();
        return new Person(new Text(s + ", " + given, trad.toString(), simp.toString()),
                new Text(s + " " + given, trad.toString(), simp.toString()), dates, false);
    }

    private Text join(List<Lexicon.Token> tokens, Slots slots, boolean capitalise) {
        StringBuilder roman = new StringBuilder();
        StringBuilder trad = new StringBuilder();
        StringBuilder simp = new StringBuilder();
        String vernacularGap = lang == Lang.KOREAN ? " " : "";
        for (Lexicon.Token token : tokens) {
            Text t = token.slot() != null ? slots.fill(token.slot()).text() : particle(token.literal(), trad);
            if (roman.length() > 0) {
                roman.append(' ');
                if (!token.attach()) {
                    trad.append(vernacularGap);
                    simp.append(vernacularGap);
                }
            }
            roman.append(t.roman());
            trad.append(t.traditional());
            simp.append(t.simplified());
        }
        String r = capitalise ? EnglishDrafts.capitalise(roman.toString()) : roman.toString();
        return new Text(r, trad.toString(), simp.toString());
    }

    /** Korean "and" is 과 after a final consonant and 와 after a vowel. */
    private static Text particle(Text literal, CharSequence before) {
        if (!"과".equals(literal.traditional()) || before.length() == 0) {
            return literal;
        }
        char last = before.charAt(before.length() - 1);
        boolean open = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 == 0;
        return open ? Text.vernacular("wa", "와") : literal;
    }

    /** Fills template slots, remembering the first topic, place, period and suffix chosen. */
    private final class Slots {
        private final SplittableRandom r;
        Lexicon.Word topic;
        Lexicon.Word place;
        Lexicon.Word period;
        Lexicon.Word suffix;

        Slots(SplittableRandom r) {
            this.r = r;
        }

        Lexicon.Word fill(String slot) {
            switch (slot) {
                case "topic" -> {
                    Lexicon.Word w = pick(r, lexicon.topics());
                    topic = topic == null ? w : topic;
                    return w;
                }
                case "place" -> {
                    Lexicon.Word w = pick(r, lexicon.places());
                    place = place == null ? w : place;
                    return w;
                }
                case "period" -> {
                    period = pick(r, lexicon.periods());
                    return period;
                }
                case "suffix" -> {
                    suffix = pick(r, lexicon.suffixes());
                    return suffix;
                }
                case "fnoun" -> {
                    return pick(r, lexicon.fictionNouns());
                }
                case "fadj" -> {
                    return pick(r, lexicon.fictionAdjectives());
                }
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            }
        }
    }
}
