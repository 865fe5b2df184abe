package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Copy.sf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unigate.marc.Subfield;

/** Title, edition, publication, physical description, series statement and notes. */
final class DescriptionFields {

    /** Initial articles a filing index skips, by language: 245 second indicator. */
    private static final Map<Lang, List<String>> ARTICLES = Map.of(
            Lang.ENGLISH, List.of("The ", "An ", "A "),
            Lang.FRENCH, List.of("Les ", "La ", "Le ", "L'", "Une ", "Un "),
            Lang.GERMAN, List.of("Der ", "Die ", "Das ", "Eine ", "Ein "),
            Lang.SPANISH, List.of("Los ", "Las ", "El ", "La ", "Una ", "Un "));

    private final Copy c;
    private final Work w;

    DescriptionFields(Copy copy) {
        this.c = copy;
        this.w = copy.work();
    }

    void add(RecordBuilder b) {
        title(b);
        if (w.edition() > 1) {
            Text edition = Statements.edition(w.language(), w.edition(), c.rda());
            c.emit(b, "250", ' ', ' ', true, v -> List.of(sf('a', c.text(edition, v))));
        } else if (w.language() == Lang.ENGLISH && c.chance(0.06)) {
            b.field("250", ' ', ' ', sf('a', Statements.firstEdition(c.rda())));
        }
        publication(b);
        physical(b);
        if (c.rda()) {
            b.field("336", ' ', ' ', sf('a', "text"), sf('b', "txt"), sf('2', "rdacontent"));
            b.field("337", ' ', ' ', sf('a', "unmediated"), sf('b', "n"), sf('2', "rdamedia"));
            b.field("338", ' ', ' ', sf('a', "volume"), sf('b', "nc"), sf('2', "rdacarrier"));
        }
        if (w.series() != null && !c.minimal() && c.chance(0.85)) {
            series(b);
        }
        if (!c.minimal()) {
            notes(b);
        }
    }

    private void title(RecordBuilder b) {
        boolean titleCase = c.profile().titleCase() && w.language() == Lang.ENGLISH;
        String title = titleCase ? Punctuation.titleCase(w.title().roman()) : w.title().roman();
        Text subtitle = w.subtitle();
        Text statement = c.chance(0.08) ? null : Statements.responsibility(w, c.rda(), !c.rda() && c.chance(0.5));
        char ind1 = w.responsibility() == Work.Responsibility.AUTHORS
                || w.responsibility() == Work.Responsibility.CORPORATE ? '1' : '0';
        char ind2 = (char) ('0' + nonFiling(title));
        c.emit(b, "245", ind1, ind2, true, v -> {
            List<Subfield> s = new ArrayList<>(3);
            String end = subtitle != null ? " :" : statement != null ? " /" : ".";
            s.add(sf('a', (v ? c.text(w.title(), true) : title) + end));
            if (subtitle != null) {
                String sub = c.text(subtitle, v);
                sub = titleCase && !v ? Punctuation.titleCase(sub) : sub;
                s.add(sf('b', statement != null ? sub + " /" : Punctuation.period(sub)));
            }
            if (statement != null) {
                s.add(sf('c', Punctuation.period(c.text(statement, v))));
            }
            return s;
        });
        if (subtitle != null && !c.minimal() && c.chance(0.25)) {
            c.emit(b, "246", '3', '0', true, v -> List.of(sf('a', EnglishDrafts.capitalise(c.text(subtitle, v)))));
        }
    }

    private int nonFiling(String title) {
        for (String article : ARTICLES.getOrDefault(w.language(), List.of())) {
            if (title.startsWith(article)) {
                return article.length();
            }
        }
        return 0;
    }

    private void publication(RecordBuilder b) {
        Imprint imprint = w.imprint();
        String year = String.valueOf(w.year());
        String date = c.rda() ? (c.chance(0.1) ? "[" + year + "]" : year) : (c.chance(0.15) ? "c" + year : year);
        String tag = c.rda() ? "264" : "260";
        char ind2 = c.rda() ? '1' : ' ';
        c.emit(b, tag, ' ', ind2, true, v -> List.of(
                sf('a', c.text(imprint.place(), v) + " :"),
                sf('b', c.text(imprint.publisher(), v) + ","),
                sf('c', Punctuation.period(date))));
        if (c.rda() && c.chance(0.25)) {
            b.field("264", ' ', '4', sf('c', "©" + year));
        }
    }

    private void physical(RecordBuilder b) {
        Work.Physical p = w.physical();
        int pages = p.pages() + (c.chance(0.05) ? 1 + c.random().nextInt(2) : 0);
        String extent = (p.prefacePages() > 0 && !c.chance(0.15) ? roman(p.prefacePages()) + ", " : "")
                + pages + (c.rda() ? " pages" : " p.");
        boolean more = w.series() != null && c.rda();
        String size = p.heightCm() + " cm" + (c.rda() ? (more ? "." : "") : ".");
        List<Subfield> s = new ArrayList<>(3);
        if (p.illustrated()) {
            s.add(sf('a', extent + " :"));
            s.add(sf('b', (c.rda() ? "illustrations" : "ill.") + " ;"));
        } else {
            s.add(sf('a', extent + " ;"));
        }
        s.add(sf('c', size));
        c.emit(b, "300", ' ', ' ', false, v -> s);
    }

    private void series(RecordBuilder b) {
        Work.Series series = w.series();
        String number = (c.chance(0.2) ? "no. " : "") + series.number();
        boolean traced = c.chance(0.75);
        c.emit(b, "490", traced ? '1' : '0', ' ', true,
                v -> List.of(sf('a', c.text(series.title(), v) + " ;"), sf('v', number)));
    }

    private void notes(RecordBuilder b) {
        Work.Physical p = w.physical();
        if (p.bibliography()) {
            String range = c.chance(0.6) ? "" : " (" + (c.rda() ? "pages " : "p. ")
                    + (p.pages() - 20 - c.random().nextInt(30)) + "-" + (p.pages() - 2) + ")";
            b.field("504", ' ', ' ', sf('a', "Includes bibliographical references" + range
                    + (p.index() ? " and index." : ".")));
        } else if (p.index()) {
            b.field("500", ' ', ' ', sf('a', "Includes index."));
        }
        w.relation().filter(rel -> rel.kind() == WorkRelation.Kind.EDITION && c.chance(0.4))
                .ifPresent(rel -> b.field("500", ' ', ' ', sf('a', "Previous edition: " + rel.year() + ".")));
        if (w.language() != Lang.ENGLISH && c.chance(0.3)) {
            String language = switch (w.language()) {
                case CHINESE -> c.simplified() ? "In Chinese (simplified characters)." : "In Chinese.";
                case JAPANESE -> "In Japanese.";
                case KOREAN -> "In Korean.";
                case FRENCH -> "In French.";
                case GERMAN -> "In German.";
                default -> "In Spanish.";
            };
            b.field(c.rda() ? "546" : "500", ' ', ' ', sf('a', language));
        }
        if (w.summary() != null && c.chance(0.45)) {
            b.field("520", ' ', ' ', sf('a', w.summary()));
        }
        if (c.chance(0.05)) {
            b.field("590", ' ', ' ', sf('a', "Gift of the " + c.profile().code() + " Alumni Association."));
        }
    }

    static String roman(int n) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}
