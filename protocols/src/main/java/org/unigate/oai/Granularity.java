package org.unigate.oai;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The two granularities of OAI-PMH UTCdatetime values (section 3.3), spelled as Identify names them. */
public enum Granularity {
    DAY("YYYY-MM-DD"),
    SECOND("YYYY-MM-DDThh:mm:ssZ");

    private final String pattern;

    Granularity(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    /** The granularity Identify names; seconds unless it says days (the protocol's two choices). */
    public static Granularity of(String granularity) {
        return granularity != null && granularity.strip().toUpperCase(Locale.ROOT).equals(DAY.pattern) ? DAY : SECOND;
    }

    /** An instant at this granularity, UTC; a day-grained {@code from} takes in all of that day. */
    public String format(Instant instant) {
        return this == DAY
                ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
