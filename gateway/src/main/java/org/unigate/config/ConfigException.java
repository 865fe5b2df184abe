package org.unigate.config;

import java.nio.file.Path;

/**
 * A configuration the gateway cannot start with. The message names the file, the line, the
 * field and what was expected, so an operator can fix it without reading code:
 * {@code conf/consortium.yaml:23:5: members[2].timeout: expected a duration like 5s or 250ms, got "fast"}.
 */
public class ConfigException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String field;

    public ConfigException(Path file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String format(Path file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<config>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }
}
