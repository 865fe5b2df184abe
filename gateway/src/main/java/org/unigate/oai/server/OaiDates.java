package org.unigate.oai.server;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * UTC datestamps at the repository's granularity (seconds), and the from/until arguments a
 * harvester may give at day or seconds granularity (OAI-PMH 2.0, section 3.3).
 */
public final class OaiDates {

    public static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter STRICT_DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private OaiDates() {
    }

    /** A datestamp as the repository shows it: truncated to the second, UTC. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A bound parsed from a from/until argument, remembering the granularity it was given in. */
    public record Bound(Instant instant, boolean dayGranularity) {
    }

    /** The earliest instant {@code from} admits: the start of its day or second. */
    public static Bound from(String value) throws OaiException {
        return parse("from", value);
    }

    /**
     * The latest instant {@code until} admits: the end of its day or second, since datestamps
     * are shown truncated and an entry shown at 10:00:00 may have changed at 10:00:00.4.
     */
    public static Bound until(String value) throws OaiException {
        Bound start = parse("until", value);
        long span = start.dayGranularity() ? 86_400_000_000_000L : 1_000_000_000L;
        return new Bound(start.instant().plusNanos(span - 1), start.dayGranularity());
    }

    private static Bound parse(String name, String value) throws OaiException {
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
                name + " must be YYYY-MM-DD or " + GRANULARITY + ", not '" + value + "'");
    }
}
