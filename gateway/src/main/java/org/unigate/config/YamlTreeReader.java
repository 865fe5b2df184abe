package org.unigate.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link ConfigNode}s that remember their line and column. Jackson's data
 * binding would lose the locations we need for helpful errors, so we walk the token stream.
 */
final class YamlTreeReader {

    /** Configuration files are written by people; anything bigger is a mistake. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    private final Path file;
    private final JsonParser parser;

    private YamlTreeReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    static ConfigNode read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file, 0, 0, null, "file is larger than " + MAX_BYTES + " bytes");
            }
            return read(file, Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, null, "cannot read: " + e.getMessage());
        }
    }

    static ConfigNode read(Path file, String text) {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(file, p);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ConfigException(file, 1, 1, null, "the file is empty; expected a mapping with 'members'");
            }
            return reader.value("", 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private ConfigNode value(String path, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new ConfigException(file, line, column, path, "nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(path, line, column, depth);
            case START_ARRAY -> list(path, line, column, depth);
            case VALUE_NULL -> new ConfigNode.Scalar(path, line, column, null);
            default -> new ConfigNode.Scalar(path, line, column, parser.getText());
        };
    }

    private ConfigNode mapping(String path, int line, int column, int depth) throws IOException {
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (entries.containsKey(key)) {
                throw new ConfigException(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                        "given twice; each field may appear once");
            }
            parser.nextToken();
            entries.put(key, value(childPath, depth + 1));
        }
        return new ConfigNode.MapNode(path, line, column, entries);
    }

    private ConfigNode list(String path, int line, int column, int depth) throws IOException {
        List<ConfigNode> items = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(path + "[" + index++ + "]", depth + 1));
        }
        return new ConfigNode.ListNode(path, line, column, items);
    }
}
