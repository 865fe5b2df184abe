package org.unigate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads from one YAML mapping, each failing with a {@link ConfigException} that names the
 * file, line and field. Unknown keys are errors too: a misspelt {@code timout} that silently
 * kept the default would be found only in production.
 */
final class Fields {

    private final Path file;
    private final ConfigNode.MapNode map;

    Fields(Path file, ConfigNode node, String what) {
        this.file = file;
        if (!(node instanceof ConfigNode.MapNode m)) {
            throw error(node, "expected " + what + " (a mapping of field: value), got " + node.describe());
        }
        this.map = m;
    }

    ConfigNode.MapNode node() {
        return map;
    }

    void allowOnly(Set<String> known) {
        for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String hint = closest(e.getKey(), known).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw error(e.getValue(), "unknown field" + hint + "; expected one of " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    Optional<ConfigNode> get(String key) {
        ConfigNode node = map.entries().get(key);
        if (node instanceof ConfigNode.Scalar s && s.text() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(node);
    }

    ConfigNode require(String key, String expected) {
        return get(key).orElseThrow(() -> new ConfigException(file, map.line(), map.column(),
                map.path().isEmpty() ? key : map.path() + "." + key, "missing; expected " + expected));
    }

    String string(String key, String fallback) {
        return get(key).map(n -> scalar(n, "a text value")).orElse(fallback);
    }

    String requireString(String key, String expected) {
        String value = scalar(require(key, expected), expected);
        if (value.isBlank()) {
            throw error(map.entries().get(key), "must not be empty; expected " + expected);
        }
        return value;
    }

    int integer(String key, int fallback, int min, int max) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), "a whole number");
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw error(node.get(), "expected a whole number from " + min + " to " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(node.get(), "expected a whole number from " + min + " to " + max + ", got \"" + text + "\"");
        }
    }

    boolean bool(String key, boolean fallback) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), "true or false").strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(node.get(), "expected true or false, got \"" + text + "\"");
        };
    }

    Duration duration(String key, Duration fallback) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), "a duration");
        return Durations.parse(text).orElseThrow(() ->
                error(node.get(), "expected a duration like 5s, 250ms, 2m or 1h, got \"" + text + "\""));
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), "one of " + choices(type));
        String wanted = text.strip().replace('-', '_').replace(".", "").toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().replace("_", "").equals(wanted.replace("_", ""))) {
                return constant;
            }
        }
        throw error(node.get(), "expected one of " + choices(type) + ", got \"" + text + "\"");
    }

    List<String> strings(String key) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ConfigNode.Scalar s) {
            return List.of(s.text());
        }
        List<String> out = new ArrayList<>();
        for (ConfigNode item : list(key)) {
            out.add(scalar(item, "a text value"));
        }
        return out;
    }

    List<ConfigNode> list(String key) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ConfigNode.ListNode l)) {
            throw error(node.get(), "expected a list, got " + node.get().describe());
        }
        return l.items();
    }

    Map<String, String> stringMap(String key) {
        Optional<ConfigNode> node = get(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        Fields inner = new Fields(file, node.get(), "a mapping");
        Map<String, String> out = new LinkedHashMap<>();
        inner.map.entries().forEach((k, v) -> out.put(k, inner.scalar(v, "a text value")));
        return out;
    }

    ConfigException error(ConfigNode node, String problem) {
        return new ConfigException(file, node.line(), node.column(), node.path(), problem);
    }

    private String scalar(ConfigNode node, String expected) {
        if (node instanceof ConfigNode.Scalar s && s.text() != null) {
            return s.text();
        }
        throw error(node, "expected " + expected + ", got " + node.describe());
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }

    private static Optional<String> closest(String key, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
