package org.unigate.oai.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** OAI-PMH UTCdatetime values at the provider's granularity: {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ}. */
enum OaiDates {
    DAY("YYYY-MM-DD"),
    SECOND("YYYY-MM-DDThh:mm:ssZ");

    private final String pattern;

    OaiDates(String pattern) {
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }

    /** The granularity Identify names; seconds unless it says days (the protocol's two choices). */
    static OaiDates of(String granularity) {
        return granularity != null && granularity.strip().toUpperCase(Locale.ROOT).equals(DAY.pattern) ? DAY : SECOND;
    }

    /** A from/until argument at this granularity; a day-grained from takes in all of that day. */
    String format(Instant instant) {
        return this == DAY
                ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A datestamp as either granularity writes it. */
    static Instant parse(String value) {
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an OAI-PMH datestamp: " + abbreviate(v), e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
