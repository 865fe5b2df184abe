package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Seeds.chance;
import static org.unigate.testbed.generator.Seeds.pick;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.unigate.marc.Subfield;

/**
 * Builds work number {@code index} from the seed alone. A few works are deliberate near misses of
 * a work shortly before them (another edition, or another book with the same title), so that
 * deduplication has hard negatives to get right.
 */
final class WorkFactory {

    static final int LATEST_YEAR = 2025;
    private static final int FAMILY_REACH = 8;
    private static final List<String> PLACE_ASPECTS =
            List.of("Economic conditions", "Social conditions", "History", "Politics and government", "Civilization");

    private final long seed;
    private final Vocabulary vocabulary;
    private final EnglishDrafts english;
    private final EuropeanDrafts european;
    private final Map<Lang, CjkDrafts> cjk = new EnumMap<>(Lang.class);
    private final WorkIdentifiers identifiers;

    WorkFactory(long seed, Vocabulary vocabulary) {
        this.seed = seed;
        this.vocabulary = vocabulary;
        this.english = new EnglishDrafts(vocabulary);
        this.european = new EuropeanDrafts(vocabulary, english.nonFictionTopics());
        for (Lang lang : List.of(Lang.CHINESE, Lang.JAPANESE, Lang.KOREAN)) {
            cjk.put(lang, new CjkDrafts(vocabulary.cjk(lang)));
        }
        this.identifiers = new WorkIdentifiers(seed);
    }

    Work work(int index) {
        int distance = familyDistance(index);
        if (distance == 0 || familyDistance(index - distance) != 0) {
            return fresh(index, null);
        }
        SplittableRandom r = Seeds.random(seed, Seeds.FAMILY, index);
        boolean edition = r.nextDouble() < 0.65;
        Work base = fresh(index - distance, null);
        Work own = fresh(index, base.language());
        return edition ? edition(base, own, distance, r) : sameTitle(base, own, r);
    }

    /** How far back the work this one is a near miss of lies, or 0 for an ordinary work. */
    private int familyDistance(int index) {
        SplittableRandom r = Seeds.random(seed, Seeds.FAMILY ^ 0x5A5AL, index);
        if (r.nextDouble() >= 0.12) {
            return 0;
        }
        int distance = 1 + r.nextInt(FAMILY_REACH);
        return distance <= index ? distance : 0;
    }

    private Work edition(Work base, Work own, int distance, SplittableRandom r) {
        int year = Math.min(LATEST_YEAR, base.year() + 2 * distance + r.nextInt(2));
        Work.Physical p = base.physical();
        Work.Physical physical = new Work.Physical(p.prefacePages(), p.pages() + 8 + 12 * distance,
                p.heightCm(), p.illustrated(), p.bibliography(), p.index(), p.conference());
        Work.Series series = base.series() == null ? null
                : new Work.Series(base.series().title(), base.series().number() + distance);
        return new Work(own.index(), own.id(), base.language(), base.title(), base.subtitle(), base.fiction(),
                base.creators(), base.responsibility(), base.imprint(), year, 1 + distance,
                identifiers.identifiers(r, own.index(), base.imprint(), year, base.language()),
                base.subjects(), base.topicLabel(), base.localSubject(), series, physical, base.callNumbers(),
                base.summary(), own.ebookUrl(), related(WorkRelation.Kind.EDITION, base));
    }

    private Work sameTitle(Work base, Work own, SplittableRandom r) {
        int year = own.year();
        Work.Identifiers ids = own.identifiers();
        if (year == base.year()) {
            year = year > 1905 ? year - 1 - r.nextInt(5) : year + 1 + r.nextInt(5);
            ids = identifiers.identifiers(r, own.index(), own.imprint(), year, own.language());
        }
        Text subtitle = chance(r, 0.5) ? base.subtitle() : own.subtitle();
        return new Work(own.index(), own.id(), own.language(), base.title(), subtitle, own.fiction(),
                own.creators(), own.responsibility(), own.imprint(), year, 1, ids, own.subjects(),
                own.topicLabel(), own.localSubject(), own.series(), own.physical(), own.callNumbers(),
                own.summary(), own.ebookUrl(), related(WorkRelation.Kind.SAME_TITLE, base));
    }

    private static Optional<WorkRelation> related(WorkRelation.Kind kind, Work base) {
        return Optional.of(new WorkRelation(kind, base.id(), base.year()));
    }

    private Work fresh(int index, Lang forced) {
        SplittableRandom r = Seeds.random(seed, Seeds.WORK, index);
        Lang drawn = language(r);
        Lang lang = forced != null ? forced : drawn;
        int year = LATEST_YEAR - (int) (126 * Math.pow(r.nextDouble(), 2.5));
        Draft d = switch (lang) {
            case ENGLISH -> english.draft(r, year);
            case CHINESE, JAPANESE, KOREAN -> cjk.get(lang).draft(r, year);
            default -> european.draft(r, lang, year);
        };
        Work.Physical physical = physical(r, d);
        Work.Series series = d.series() == null ? null : new Work.Series(d.series(), 1 + r.nextInt(120));
        return new Work(index, Work.idOf(index), lang, d.title(), d.subtitle(), d.fiction(), d.creators(),
                d.creators().isEmpty() ? Work.Responsibility.NONE : d.responsibility(), d.imprint(), year, 1,
                identifiers.identifiers(r, index, d.imprint(), year, lang), subjects(r, d, physical),
                d.topicLabel(), d.localSubject(), series, physical, callNumbers(r, d),
                d.summary(), year >= 2000 && chance(r, 0.2) ? ebookUrl(index) : null, Optional.empty());
    }

    /** An opaque link, so the URL gives away nothing about the work's identity in the generator. */
    private String ebookUrl(int index) {
        return "https://ebooks.example.org/title/" + Long.toString(Seeds.mix(seed ^ 0xEB00CL ^ index) & 0xFFFFFFFFFFL, 36);
    }

    private static Lang language(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.52) {
            return Lang.ENGLISH;
        }
        if (u < 0.78) {
            return Lang.CHINESE;
        }
        if (u < 0.86) {
            return Lang.JAPANESE;
        }
        if (u < 0.92) {
            return Lang.KOREAN;
        }
        return u < 0.95 ? Lang.FRENCH : u < 0.98 ? Lang.GERMAN : Lang.SPANISH;
    }

    private static Work.Physical physical(SplittableRandom r, Draft d) {
        boolean f = d.fiction();
        return new Work.Physical(chance(r, 0.6) ? 5 + r.nextInt(25) : 0,
                f ? 120 + r.nextInt(400) : 80 + r.nextInt(700), f ? 18 + r.nextInt(5) : 21 + r.nextInt(9),
                !f && chance(r, 0.45), !f && chance(r, 0.65), !f && chance(r, 0.55),
                "Congresses".equals(d.form()) || (!f && chance(r, 0.03)));
    }

    private List<Subject> subjects(SplittableRandom r, Draft d, Work.Physical physical) {
        Lexicon.Topic topic = vocabulary.topic(d.topicLabel());
        List<Subject> subjects = new ArrayList<>();
        if (d.fiction()) {
            List<Subfield> parts = new ArrayList<>(List.of(new Subfield('a', topic.heading())));
            parts.add(new Subfield('y', d.period() != null ? d.period() : "21st century"));
            subjects.add(new Subject("650", parts));
            subjects.add(new Subject("651", List.of(new Subfield('a', d.placeHeading()), new Subfield('v', "Fiction"))));
            return subjects;
        }
        List<Subfield> parts = new ArrayList<>(List.of(new Subfield('a', topic.heading())));
        if (chance(r, 0.6)) {
            parts.add(new Subfield('z', d.placeHeading()));
        }
        if (chance(r, 0.45)) {
            parts.add(new Subfield('x', pick(r, vocabulary.english().aspects())));
        }
        if (d.period() != null) {
            parts.add(new Subfield('y', d.period()));
        }
        String form = physical.conference() ? "Congresses" : d.form();
        if (form == null && chance(r, 0.1)) {
            form = pick(r, vocabulary.english().forms().subList(0, vocabulary.english().forms().size() - 1));
        }
        if (form != null) {
            parts.add(new Subfield('v', form));
        }
        subjects.add(new Subject("650", parts));
        if (chance(r, 0.35)) {
            subjects.add(new Subject("651", List.of(new Subfield('a', d.placeHeading()),
                    new Subfield('x', pick(r, PLACE_ASPECTS)))));
        }
        if (chance(r, 0.3)) {
            subjects.add(new Subject("650", List.of(new Subfield('a', pick(r, english.nonFictionTopics()).heading()))));
        }
        return subjects;
    }

    private Work.CallNumbers callNumbers(SplittableRandom r, Draft d) {
        Lexicon.Topic t = vocabulary.topic(d.topicLabel());
        String lc = t.lcLetters() + (t.lcMin() + r.nextInt(t.lcMax() - t.lcMin() + 1))
                + (chance(r, 0.35) ? "." + (1 + r.nextInt(99)) : "");
        String entry = d.creators().isEmpty() ? d.title().roman() : d.creators().get(0).heading().roman();
        String cutter = "." + initial(entry) + (10 + r.nextInt(89));
        String ddc = t.ddc() + (chance(r, 0.6) ? (t.ddc().contains(".") ? "" : ".") + (1 + r.nextInt(99)) : "");
        return new Work.CallNumbers(lc, cutter, ddc);
    }

    /** The filing letter of a name: first letter with diacritics removed. */
    private static char initial(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return ascii.isEmpty() ? 'A' : ascii.toUpperCase(Locale.ROOT).charAt(0);
    }
}
