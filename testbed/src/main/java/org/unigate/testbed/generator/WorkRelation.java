package org.unigate.testbed.generator;

/**
 * A deliberate near miss: a different work that a careless deduplicator would merge.
 *
 * @param workId the work this one is easily confused with
 * @param year   that work's publication year
 */
public record WorkRelation(Kind kind, String workId, int year) {

    public enum Kind {
        /** Same title and creators, another edition: different year, ISBN and edition statement. */
        EDITION,
        /** Same title, different creators, publisher and year. */
        SAME_TITLE
    }
}
