package org.unigate.testbed.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated member's latency: a mean with a uniform spread, written {@code 20ms±10ms} (or
 * {@code 20ms+-10ms}, or just {@code 20ms}); units ms, s or us.
 */
record LatencySpec(Duration mean, Duration spread) {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*(us|ms|s)\\s*(?:(?:±|\\+-|\\+/-)\\s*(\\d+(?:\\.\\d+)?)\\s*(us|ms|s))?\\s*");

    LatencySpec {
        if (spread.compareTo(mean) > 0) {
            throw new IllegalArgumentException("spread must not exceed the mean: " + mean + "±" + spread);
        }
    }

    static LatencySpec parse(String text) {
        Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("latency must look like 20ms±10ms: " + text);
        }
        Duration mean = duration(m.group(1), m.group(2));
        Duration spread = m.group(3) == null ? Duration.ZERO : duration(m.group(3), m.group(4));
        return new LatencySpec(mean, spread);
    }

    long sampleNanos(SplittableRandom random) {
        long s = spread.toNanos();
        return mean.toNanos() + (s == 0 ? 0 : random.nextLong(-s, s + 1));
    }

    @Override
    public String toString() {
        return mean.toMillis() + "ms±" + spread.toMillis() + "ms";
    }

    private static Duration duration(String amount, String unit) {
        double value = Double.parseDouble(amount);
        double nanos = switch (unit) {
            case "us" -> value * 1e3;
            case "ms" -> value * 1e6;
            default -> value * 1e9;
        };
        return Duration.ofNanos((long) nanos);
    }
}
