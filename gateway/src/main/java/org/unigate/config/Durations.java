package org.unigate.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators write them: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601. */
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        try {
            return Optional.of(Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The short form, for logs and the dashboard. */
    public static String format(Duration d) {
        if (d.toMillis() % 1000 != 0 || d.isZero()) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
