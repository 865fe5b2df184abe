package org.unigate.testbed.generator;

import java.util.List;
import java.util.Optional;

/**
 * The truth about one work, before any member catalogues it. Members' records are derived from
 * it, each with its own conventions and slips.
 *
 * @param index        0-based position in the consortium; workId is derived from it
 * @param subtitle     other title information, or null
 * @param creators     main entry first; empty for title main entry
 * @param edition      1 for a first edition
 * @param topicLabel   the English topic, e.g. "economic history"
 * @param localSubject for CJK works, the vernacular topic some members add as a local heading
 * @param series       or null
 * @param summary      an English abstract for 520
 * @param ebookUrl     where an e-book version lives (856 in subscribing members), or null
 */
public record Work(int index, String id, Lang language, Text title, Text subtitle, boolean fiction,
                   List<Person> creators, Responsibility responsibility, Imprint imprint, int year,
                   int edition, Identifiers identifiers, List<Subject> subjects, String topicLabel,
                   Text localSubject, Series series, Physical physical, CallNumbers callNumbers,
                   String summary, String ebookUrl, Optional<WorkRelation> relation) {

    public Work {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    public static String idOf(int index) {
        return String.format("W%07d", index);
    }

    /** How the creators relate to the work. */
    public enum Responsibility { AUTHORS, EDITORS, CORPORATE, NONE }

    /** @param isbn13 null for works without an ISBN; oclc 0 when none; lccn null when none */
    public record Identifiers(String isbn13, long oclc, String lccn) {
    }

    public record Series(Text title, int number) {
    }

    public record Physical(int prefacePages, int pages, int heightCm, boolean illustrated,
                           boolean bibliography, boolean index, boolean conference) {
    }

    /** @param lcClass e.g. "HC470.3"; cutter e.g. ".W36"; ddc e.g. "330.95125" */
    public record CallNumbers(String lcClass, String cutter, String ddc) {
    }
}
