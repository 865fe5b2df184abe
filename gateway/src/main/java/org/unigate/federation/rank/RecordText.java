package org.unigate.federation.rank;

import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * The folded text of a record's title, author, subject and other descriptive fields, the
 * vernacular 880s counted with the field they stand for. Built for every record of every search,
 * so it reads the record once, folds field by field (plain ASCII fields cost almost nothing) and
 * skips fields that rank nothing.
 */
public record RecordText(String title, String author, String subject, String other) {

    public enum Group { TITLE, AUTHOR, SUBJECT, OTHER }

    public static RecordText of(MarcRecord record) {
        StringBuilder[] text = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (Field f : record.fields()) {
            if (f instanceof DataField field) {
                Group group = groupOf(field);
                if (group != null) {
                    append(text[group.ordinal()], field);
                }
            }
        }
        return new RecordText(text[0].toString(), text[1].toString(), text[2].toString(), text[3].toString());
    }

    public String text(Group group) {
        return switch (group) {
            case TITLE -> title;
            case AUTHOR -> author;
            case SUBJECT -> subject;
            case OTHER -> other;
        };
    }

    static Group groupOf(DataField field) {
        String tag = field.tag();
        if (MarcRecord.ALTERNATE_GRAPHIC_TAG.equals(tag)) {
            tag = linkedTag(field);
            if (tag == null) {
                return null;
            }
        }
        return groupOfTag(tag);
    }

    /** The tag an 880 stands for: the first three characters of its $6. */
    private static String linkedTag(DataField field) {
        for (Subfield s : field.subfields()) {
            if (s.code() == '6') {
                String link = s.value().strip();
                return link.length() >= 3 ? link.substring(0, 3) : null;
            }
        }
        return null;
    }

    private static Group groupOfTag(String tag) {
        return switch (tag) {
            case "130", "210", "222", "240", "242", "245", "246", "247", "730", "740" -> Group.TITLE;
            case "100", "110", "111", "700", "710", "711", "720" -> Group.AUTHOR;
            case "020", "022", "024", "250", "260", "264", "490", "500", "505", "520", "830" -> Group.OTHER;
            default -> tag.length() == 3 && tag.charAt(0) == '6' ? Group.SUBJECT : null;
        };
    }

    private static void append(StringBuilder out, DataField field) {
        for (Subfield s : field.subfields()) {
            if (Character.isLetter(s.code()) && !s.value().isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                Fold.appendFolded(out, s.value());
            }
        }
    }
}
