package org.unigate.indexmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CQL ↔ Type-1 mapping in YAZ's cql2pqf format ({@code pqf.properties}), read unchanged:
 * {@code set.<prefix> = uri}, {@code set = uri} (the default context set),
 * {@code index.<prefix>.<name>}, {@code relation.<rel>}, {@code relationModifier.<mod>},
 * {@code structure.<rel>} (with {@code *} as default), {@code position.first|any|last|firstAndLast},
 * {@code truncation.right|left|both|none|z3958|cql} and {@code always}. Keys match case-insensitively
 * and the first definition wins, as in YAZ. {@link CqlToRpn} and {@link RpnToCql} translate with it.
 * Immutable and thread-safe.
 */
public final class IndexMap {

    private static final String DEFAULT_RESOURCE = "default-cql2pqf.txt";

    private final List<MapEntry> entries;
    private final List<String> warnings;
    private final Map<String, MapEntry> byKey = new HashMap<>();

    private IndexMap(List<MapEntry> entries, List<String> warnings) {
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
        for (MapEntry entry : this.entries) {
            byKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
        }
    }

    /** Reads mapping text; throws {@link IndexMapFormatException} naming the bad line. */
    public static IndexMap parse(String text) {
        return parse(text, "mapping");
    }

    private static IndexMap parse(String text, String source) {
        IndexMapReader.Result result = IndexMapReader.read(text, source);
        return new IndexMap(result.entries(), result.warnings());
    }

    /** Reads a mapping file (UTF-8). */
    public static IndexMap load(Path file) throws IOException {
        if (Files.size(file) > IndexMapReader.MAX_CHARS) {
            throw new IndexMapFormatException(file.toString(), 0, "larger than " + IndexMapReader.MAX_CHARS + " bytes");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The gateway's own mapping (Bib-1 for the cql, dc, bath and rec context sets). */
    public static IndexMap defaultMap() {
        return DefaultHolder.MAP;
    }

    /**
     * This map with per-member lines: each key replaces the first line with that key (keeping
     * its place) or, when new, is added at the end. Values are in the file's syntax.
     */
    public IndexMap withOverrides(Map<String, String> overrides) {
        List<MapEntry> result = new ArrayList<>(entries);
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            MapEntry entry = IndexMapReader.entry(override.getKey(), override.getValue(), "override");
            String key = entry.key().toLowerCase(Locale.ROOT);
            int at = indexOf(result, key);
            result.removeIf(e -> e.key().toLowerCase(Locale.ROOT).equals(key));
            result.add(at < 0 ? result.size() : at, entry);
        }
        return new IndexMap(result, warnings);
    }

    private static int indexOf(List<MapEntry> list, String lowerKey) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().toLowerCase(Locale.ROOT).equals(lowerKey)) {
                return i;
            }
        }
        return -1;
    }

    /** Every line, in file order (later duplicates of a key included; they are never used). */
    public List<MapEntry> entries() {
        return entries;
    }

    /** The lines of one category ({@code index}, {@code relation}, ...), in file order. */
    public List<MapEntry> entries(String category) {
        return entries.stream().filter(e -> e.category().equalsIgnoreCase(category)).toList();
    }

    /** Lines that YAZ reads differently from how they look (see {@link IndexMapReader}). */
    public List<String> warnings() {
        return warnings;
    }

    /** The line for a key, matched case-insensitively, first definition winning. */
    public Optional<MapEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
    }

    /**
     * YAZ's property lookup: {@code category.prefix.value}, else {@code category.prefix.*}
     * (prefix may be null; value may be null for {@code always}).
     */
    public Optional<MapEntry> lookup(String category, String prefix, String value) {
        String base = prefix == null ? category : category + "." + prefix;
        if (value == null) {
            return entry(base);
        }
        Optional<MapEntry> exact = entry(base + "." + value);
        return exact.isPresent() ? exact : entry(base + ".*");
    }

    /** The URI bound to a context-set prefix by {@code set.<prefix>}. */
    public Optional<String> contextSetUri(String prefix) {
        return entry("set." + prefix).map(MapEntry::value);
    }

    /** The URI of {@code set}, the context set of indexes written without a prefix. */
    public Optional<String> defaultContextSetUri() {
        return entry("set").map(MapEntry::value);
    }

    /** The first prefix bound to {@code uri}: the one whose {@code index.} lines apply. */
    public Optional<String> prefixOf(String uri) {
        return entries.stream()
                .filter(e -> e.category().equalsIgnoreCase("set") && !e.name().isEmpty() && e.value().equals(uri))
                .map(MapEntry::name).findFirst();
    }

    /** The mapping as text in its own format, one line per entry. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.key()).append(" = ").append(e.value()).append('\n'));
        return out.toString();
    }

    private static final class DefaultHolder {
        static final IndexMap MAP = loadDefault();

        private static IndexMap loadDefault() {
            try (InputStream in = IndexMap.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
