package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unigate.rpn.AttributeSet;

/**
 * Reads YAZ's cql2pqf / pqf.properties format the way YAZ's own reader does, line by line: the
 * first token is the key, then {@code =}, then the value. Tokens are runs of characters other than
 * white space and {@code =}; {@code #} starts a comment anywhere; there are no continuation lines.
 * Because {@code =} always ends a token, {@code relation.<= = 2=2} defines {@code relation.<} with
 * no attributes — YAZ reads it so, and so do we, with a warning instead of silence. Like YAZ, the
 * first definition of a key wins.
 */
final class IndexMapReader {

    static final int MAX_CHARS = 1 << 20;
    static final int MAX_LINE = 4_096;
    static final int MAX_ENTRIES = 10_000;

    record Result(List<MapEntry> entries, List<String> warnings) {
    }

    private final String source;
    private final List<MapEntry> entries = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private IndexMapReader(String source) {
        this.source = source;
    }

    static Result read(String text, String source) {
        if (text.length() > MAX_CHARS) {
            throw new IndexMapFormatException(source, 0, "longer than " + MAX_CHARS + " characters");
        }
        IndexMapReader reader = new IndexMapReader(source);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.line(lines[i], i + 1);
        }
        return new Result(List.copyOf(reader.entries), List.copyOf(reader.warnings));
    }

    /** Reads {@code key = value} given apart, as a per-member override; its line number is 0. */
    static MapEntry entry(String key, String value, String source) {
        IndexMapReader reader = new IndexMapReader(source);
        reader.line(key + " = " + value, 0);
        if (reader.entries.size() != 1 || !reader.entries.get(0).key().equals(key.strip())) {
            throw new IndexMapFormatException(source, 0, "cannot override \"" + key + "\": a key is one token without '=', '#' or spaces");
        }
        if (!reader.warnings.isEmpty()) {
            throw new IndexMapFormatException(source, 0, reader.warnings.get(0));
        }
        return reader.entries.get(0);
    }

    private void line(String line, int number) {
        if (line.length() > MAX_LINE) {
            throw error(number, "line longer than " + MAX_LINE + " characters");
        }
        List<String> tokens = tokens(line, number);
        if (tokens.isEmpty()) {
            return;
        }
        String key = tokens.get(0);
        if (key.equals("=")) {
            throw error(number, "a line must start with a name");
        }
        if (tokens.size() < 2 || !tokens.get(1).equals("=")) {
            throw error(number, "expected '=' after \"" + key + "\"");
        }
        if (entries.size() >= MAX_ENTRIES) {
            throw error(number, "more than " + MAX_ENTRIES + " entries");
        }
        List<String> value = tokens.subList(2, tokens.size());
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.equals("set") || lower.startsWith("set.")) {
            if (value.size() != 1 || value.get(0).equals("=")) {
                throw error(number, "\"" + key + "\" needs one context-set URI");
            }
            entries.add(new MapEntry(key, value.get(0), List.of(), number));
        } else {
            attributes(key, value, number);
        }
    }

    private void attributes(String key, List<String> tokens, int number) {
        List<AttributeSpec> specs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).equals("=")) {
            AttributeSet set = null;
            if (i + 1 < tokens.size() && !tokens.get(i + 1).equals("=")) {
                set = attributeSet(tokens.get(i), number);
                i++;
            }
            int type = type(tokens.get(i), number);
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).equals("=")) {
                throw error(number, "expected '=' after attribute type " + type);
            }
            if (i + 2 >= tokens.size() || tokens.get(i + 2).equals("=")) {
                throw error(number, "attribute " + type + " has no value");
            }
            specs.add(new AttributeSpec(set, type, tokens.get(i + 2)));
            i += 3;
        }
        if (i < tokens.size()) {
            warnings.add(source + " line " + number + ": \"" + key + "\" ends at '=', so the rest (\""
                    + String.join(" ", tokens.subList(i, tokens.size())) + "\") is ignored, as YAZ ignores it");
        }
        StringBuilder text = new StringBuilder();
        specs.forEach(s -> text.append(text.isEmpty() ? "" : " ").append(s));
        entries.add(new MapEntry(key, text.toString(), specs, number));
    }

    /** Splits a line into tokens: '=' alone, '#' to end of line dropped, '"' refused. */
    private List<String> tokens(String line, int number) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '=') {
                tokens.add("=");
                i++;
            } else if (c == '"') {
                throw error(number, "quoted values are not part of the format");
            } else {
                int start = i;
                while (i < line.length() && " \t=#\"".indexOf(line.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(line.substring(start, i));
            }
        }
        return tokens;
    }

    private int type(String token, int number) {
        if (!token.matches("[0-9]{1,9}")) {
            throw error(number, "expected a numeric attribute type, found \"" + token + "\"");
        }
        return Integer.parseInt(token);
    }

    private AttributeSet attributeSet(String token, int number) {
        try {
            return AttributeSet.of(token);
        } catch (IllegalArgumentException e) {
            throw error(number, "unknown attribute set \"" + token + "\"");
        }
    }

    private IndexMapFormatException error(int number, String message) {
        return new IndexMapFormatException(source, number, message);
    }
}
