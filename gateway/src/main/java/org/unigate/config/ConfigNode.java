package org.unigate.config;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with where it stood in the file, so every error can point at a line.
 * {@code path} is the field as an operator reads it: {@code members[2].timeout}.
 */
public sealed interface ConfigNode permits ConfigNode.MapNode, ConfigNode.ListNode, ConfigNode.Scalar {

    String path();

    int line();

    int column();

    /** What the node is, for "expected X, got Y" messages. */
    String describe();

    record MapNode(String path, int line, int column, Map<String, ConfigNode> entries) implements ConfigNode {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(String path, int line, int column, List<ConfigNode> items) implements ConfigNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for YAML null ({@code ~} or nothing). */
    record Scalar(String path, int line, int column, String text) implements ConfigNode {
        @Override
        public String describe() {
            return text == null ? "nothing" : "\"" + text + "\"";
        }
    }
}
