package org.unigate.testbed.generator;

import java.util.List;
import java.util.stream.Collectors;

/** Statements of responsibility (245 $c) and edition statements (250), language by language. */
final class Statements {

    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth",
        "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"};

    private Statements() {
    }

    /** 245 $c as the member would transcribe it, or null when the work names no one. */
    static Text responsibility(Work w, boolean rda, boolean withBy) {
        List<Person> people = w.creators();
        if (people.isEmpty()) {
            return null;
        }
        boolean editors = w.responsibility() == Work.Responsibility.EDITORS;
        if (w.language().cjk()) {
            return cjk(w.language(), people, editors);
        }
        if (w.responsibility() == Work.Responsibility.CORPORATE) {
            return people.get(0).direct();
        }
        List<String> names = people.stream().map(p -> p.direct().roman()).toList();
        if (!rda && names.size() > 3) {
            names = List.of(names.get(0) + " ... [et al.]");
        }
        String joined = join(names, w.language());
        String lead = switch (w.language()) {
            case FRENCH -> editors ? "sous la direction de " : "";
            case GERMAN -> editors ? "herausgegeben von " : "";
            case SPANISH -> editors ? "edición de " : "";
            default -> editors ? "edited by " : withBy ? "by " : "";
        };
        return Text.latin(lead + joined);
    }

    private static Text cjk(Lang lang, List<Person> people, boolean editors) {
        // Spelt out: ICU's Traditional-Simplified turns 著 into 着, wrong for "author" (both fold alike).
        Text suffix = switch (lang) {
            case JAPANESE -> editors ? Text.vernacular("hen", "編") : Text.vernacular("cho", "著");
            case KOREAN -> editors ? Text.vernacular("yŏkkŭm", " 엮음") : Text.vernacular("chiŭm", " 지음");
            default -> editors ? new Text("zhu bian", "主編", "主编") : new Text("zhu", "著", "著");
        };
        String roman = people.stream().map(p -> p.direct().roman()).collect(Collectors.joining(", "));
        String trad = people.stream().map(p -> p.direct().traditional()).collect(Collectors.joining(", "));
        String simp = people.stream().map(p -> p.direct().simplified()).collect(Collectors.joining(", "));
        return new Text(roman + " " + suffix.roman(), trad + suffix.traditional(), simp + suffix.simplified());
    }

    private static String join(List<String> names, Lang lang) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String and = switch (lang) {
            case FRENCH -> " et ";
            case GERMAN -> " und ";
            case SPANISH -> " y ";
            default -> " and ";
        };
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /** 250 $a for edition {@code n} (at least 2), with its closing full stop. */
    static Text edition(Lang lang, int n, boolean rda) {
        return switch (lang) {
            case CHINESE -> Vocabulary.cjkText(lang, "第" + n + "版.", "Di " + n + " ban.");
            case JAPANESE -> Text.vernacular("Dai " + n + "-han.", "第" + n + "版.");
            case KOREAN -> Text.vernacular("Che " + n + "-p'an.", "제" + n + "판.");
            case FRENCH -> Text.latin(n + (rda ? "e édition." : "e éd."));
            case GERMAN -> Text.latin(n + (rda ? ". Auflage." : ". Aufl."));
            case SPANISH -> Text.latin(n + (rda ? "a edición." : "a ed."));
            default -> Text.latin(rda && n <= ORDINALS.length ? ORDINALS[n - 1] + " edition." : ordinal(n) + " ed.");
        };
    }

    /** "1st ed." or "First edition." for members that record a first edition anyway. */
    static String firstEdition(boolean rda) {
        return rda ? "First edition." : "1st ed.";
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
