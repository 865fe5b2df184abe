package org.unigate.federation.sharing;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;

/**
 * A suppression rule from a member's sharing settings: {@code 999$s=y} (a data field's subfield)
 * or {@code 001=abc} (a control field's value). A record matches when any such field holds the
 * value; values compare trimmed and case-insensitively, since catalogues spell flags loosely.
 */
public record SuppressionRule(String tag, Character code, String value) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*([0-9A-Za-z]{3})(?:\\$([0-9a-z]))?\\s*=\\s*(.*?)\\s*");

    public SuppressionRule {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code TAG$c=value} or {@code TAG=value}; a rule that cannot be read is a configuration error. */
    public static SuppressionRule parse(String rule) {
        Matcher m = SYNTAX.matcher(rule == null ? "" : rule);
        if (!m.matches() || m.group(3).isEmpty()) {
            throw new IllegalArgumentException("suppression rule must read TAG$c=value or TAG=value: " + rule);
        }
        Character code = m.group(2) == null ? null : m.group(2).charAt(0);
        return new SuppressionRule(m.group(1).toUpperCase(Locale.ROOT), code, m.group(3));
    }

    public boolean matches(MarcRecord record) {
        for (Field field : record.fields()) {
            if (field.tag().equalsIgnoreCase(tag) && holdsValue(field)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsValue(Field field) {
        if (field instanceof ControlField c) {
            return code == null && same(c.value());
        }
        DataField d = (DataField) field;
        return d.subfields().stream().anyMatch(s -> (code == null || s.code() == code) && same(s.value()));
    }

    private boolean same(String candidate) {
        return candidate.strip().toLowerCase(Locale.ROOT).equals(value);
    }
}
