package org.unigate.oai;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * OAI-PMH UTC datestamps (section 3.3): as a repository shows them (to the second), as a
 * provider sends them (at either granularity), and the from/until arguments a harvester may give
 * at either granularity, checked strictly.
 */
public final class OaiDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter STRICT_DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private OaiDates() {
    }

    /** A datestamp as a repository of seconds granularity shows it: truncated to the second, UTC. */
    public static String format(Instant instant) {
        return Granularity.SECOND.format(instant);
    }

    /**
     * A datestamp as a provider sent it, at either granularity.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static Instant parse(String value) {
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an OAI-PMH datestamp: " + (v.length() <= 60 ? v : v.substring(0, 60) + "..."), e);
        }
    }

    /** A bound parsed from a from/until argument, remembering the granularity it was given in. */
    public record Bound(Instant instant, boolean dayGranularity) {
    }

    /** The earliest instant {@code from} admits: the start of its day or second. */
    public static Bound from(String value) throws OaiException {
        return bound("from", value);
    }

    /**
     * The latest instant {@code until} admits: the end of its day or second, since datestamps
     * are shown truncated and an entry shown at 10:00:00 may have changed at 10:00:00.4.
     */
    public static Bound until(String value) throws OaiException {
        Bound start = bound("until", value);
        long span = start.dayGranularity() ? 86_400_000_000_000L : 1_000_000_000L;
        return new Bound(start.instant().plusNanos(span - 1), start.dayGranularity());
    }

    private static Bound bound(String name, String value) throws OaiException {
        try {
            if (DAY.matcher(value).matches()) {
                Instant day = LocalDate.parse(value, STRICT_DAY).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Bound(day, true);
            }
            if (SECONDS.matcher(value).matches()) {
                LocalDate.parse(value.substring(0, 10), STRICT_DAY); // rejects 2020-02-30 that Instant would roll over
                return new Bound(Instant.parse(value), false);
            }
        } catch (DateTimeException e) {
            throw new OaiException(OaiError.BAD_ARGUMENT, name + "='" + value + "' is not a valid date");
        }
        throw new OaiException(OaiError.BAD_ARGUMENT,
                name + " must be " + Granularity.DAY.pattern() + " or " + Granularity.SECOND.pattern() + ", not '" + value + "'");
    }
}
