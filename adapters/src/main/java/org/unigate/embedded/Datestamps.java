package org.unigate.embedded;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.unigate.marc.MarcRecord;

/**
 * The datestamps of the change feed. They are kept at OAI-PMH's finest granularity, the second,
 * so what a provider lists is exactly what a harvester can ask for again.
 */
final class Datestamps {

    private static final DateTimeFormatter FIELD_005 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private Datestamps() {
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The record's 005 (date and time of latest transaction, {@code yyyyMMddHHmmss.f}) read as
     * UTC, when it holds a real time; a loaded file then keeps its datestamps across restarts.
     */
    static Optional<Instant> latestTransaction(MarcRecord record) {
        return record.controlField("005").flatMap(Datestamps::parse005);
    }

    static Optional<Instant> parse005(String value) {
        String v = value.strip();
        int dot = v.indexOf('.');
        String whole = dot < 0 ? v : v.substring(0, dot);
        if (whole.length() != 14) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(whole, FIELD_005).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
