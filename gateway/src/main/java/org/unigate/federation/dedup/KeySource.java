package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unigate.marc.AlternateGraphics;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;

/**
 * One record as the key builders read it, from one pass over its fields: the few fields keys
 * read (real records carry dozens of notes, subjects and holdings that none looks at), those
 * {@link DescriptiveKey} and {@link RecordTraits} both look at, and what both derive from them
 * (the title's text, the normalised publisher, the year), worked out once. The 880s' $6 are
 * parsed once too ({@link AlternateGraphics}): a record's keys ask for up to four twins. Per
 * record, not thread-safe.
 */
final class KeySource {

    private final String leader;
    private final String f001;
    private final String f003;
    private final String f008;
    /** The fields the identifier and trait readers scan (010-035, 250, 260/264, 300, 510), in record order. */
    private final List<DataField> fields = new ArrayList<>(24);
    private final DataField title;
    private final DataField author;
    private final DataField publisher;
    private final String publisherName;
    private final int year;
    /** The 880s, their $6 parsed once. */
    private final AlternateGraphics alternates;

    private DataField titleTwin;
    private boolean titleTwinFound;
    private Title titleText;
    private Title titleTwinText;

    private KeySource(MarcRecord record) {
        this.leader = record.leader();
        String[] control = new String[3]; // first 001, 003, 008
        DataField t = null;
        DataField[] authors = new DataField[3];
        DataField[] publishers = new DataField[3]; // 264 publication, 260, any 264: in order of preference
        List<Field> all = record.fields();
        List<DataField> alternateGraphics = new ArrayList<>(8);
        for (int i = 0, n = all.size(); i < n; i++) {
            Field f = all.get(i);
            if (f instanceof ControlField c) {
                noteControl(c, control);
            } else if (f instanceof DataField d) {
                // A string switch compares cached hashes first: the many fields no key reads
                // (notes, subjects, holdings) are passed over without reading their tags' bytes.
                switch (d.tag()) {
                    case "010", "020", "022", "035", "250", "300", "510" -> fields.add(d);
                    case "245" -> t = t == null ? d : t;
                    case "100" -> authors[0] = authors[0] == null ? d : authors[0];
                    case "110" -> authors[1] = authors[1] == null ? d : authors[1];
                    case "111" -> authors[2] = authors[2] == null ? d : authors[2];
                    case "264", "260" -> {
                        fields.add(d);
                        notePublisher(d, publishers);
                    }
                    case MarcRecord.ALTERNATE_GRAPHIC_TAG -> alternateGraphics.add(d);
                    default -> { }
                }
            }
        }
        this.alternates = AlternateGraphics.of(alternateGraphics);
        this.f001 = control[0];
        this.f003 = control[1];
        this.f008 = control[2] == null ? "" : control[2];
        this.title = t;
        this.author = firstOf(authors);
        this.publisher = firstOf(publishers);
        this.publisherName = publisherName(publisher);
        this.year = RecordTraits.publicationYear(f008, fields);
    }

    static KeySource of(MarcRecord record) {
        return new KeySource(record);
    }

    private static void noteControl(ControlField c, String[] control) {
        int slot = switch (c.tag()) {
            case "001" -> 0;
            case "003" -> 1;
            case "008" -> 2;
            default -> -1;
        };
        if (slot >= 0 && control[slot] == null) {
            control[slot] = c.value();
        }
    }

    private static void notePublisher(DataField d, DataField[] publishers) {
        if (KeyFields.first(d, 'b') == null) {
            return;
        }
        boolean is264 = d.tag().equals("264");
        int slot = !is264 ? 1 : d.ind2() == '1' ? 0 : 2;
        if (publishers[slot] == null) {
            publishers[slot] = d;
        }
        if (is264 && publishers[2] == null) {
            publishers[2] = d;
        }
    }

    private static DataField firstOf(DataField[] preferred) {
        for (DataField d : preferred) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static String publisherName(DataField publisher) {
        if (publisher == null) {
            return "";
        }
        String name = KeyFields.first(publisher, 'b');
        return Publishers.normalise(name == null ? "" : name);
    }

    String leader() {
        return leader;
    }

    /** 001 as written, or null. */
    String f001() {
        return f001;
    }

    /** 003 as written, or null. */
    String f003() {
        return f003;
    }

    /** 008, or empty. */
    String f008() {
        return f008;
    }

    /** The fields the identifier and trait readers scan (010-035, 250, 260/264, 300, 510), in record order. */
    List<DataField> fields() {
        return fields;
    }

    /** Every value of {@code tag $code}, in record order. */
    List<String> values(String tag, char code) {
        return KeyFields.values(fields, tag, code);
    }

    /** The first 245, or null. */
    DataField title() {
        return title;
    }

    /** The first 100, else 110, else 111, or null. */
    DataField author() {
        return author;
    }

    /** 264 with ind2 1 (publication) first, then 260, then any 264; each only with a $b. Null if none. */
    DataField publisher() {
        return publisher;
    }

    /** The publisher's $b {@link Publishers#normalise normalised}; empty without a publisher. */
    String publisherName() {
        return publisherName;
    }

    /** {@link RecordTraits#publicationYear}, -1 when there is none. */
    int year() {
        return year;
    }

    /** The 245's linked 880, or null. */
    DataField titleTwin() {
        if (!titleTwinFound) {
            titleTwin = twin(title);
            titleTwinFound = true;
        }
        return titleTwin;
    }

    /** The text of the 245 (which must be there). */
    Title titleText() {
        if (titleText == null) {
            titleText = Title.of(title);
        }
        return titleText;
    }

    /** The text of a vernacular title: the linked twin's is shared with {@link RecordTraits}. */
    Title titleText(DataField vernacular) {
        if (vernacular != titleTwin()) {
            return Title.of(vernacular);
        }
        if (titleTwinText == null) {
            titleTwinText = Title.of(vernacular);
        }
        return titleTwinText;
    }

    /** {@link AlternateGraphics#twinOf} of a regular (non-880) field, or null. */
    DataField twin(DataField field) {
        return field == null ? null : alternates.twinOf(field).orElse(null);
    }

    /** The first 880 that stands for {@code tag} with occurrence 00 (unlinked), or null. */
    DataField unlinkedAlternate(String tag) {
        return alternates.unlinked(tag).orElse(null);
    }

    /**
     * A 245 (or its 880) compacted in the pieces the keys combine: $a without its non-filing
     * characters, $b, $n$p; and the part as {@link RecordTraits#parts} records it (the numbers of
     * $n$p, or their text when they have none). Compacting joins without separators, so the
     * pieces concatenate to what compacting the subfields together gives.
     */
    record Title(String filing, String subtitle, String partText, String part) {

        static Title of(DataField field) {
            String[] np = KeyFields.values(field, "np");
            String partText = KeyText.compact(np);
            Set<String> numbers = KeyText.numbers(np);
            return new Title(KeyText.compact(DescriptiveKey.withoutNonFiling(field)),
                    KeyText.compact(KeyFields.values(field, "b")), partText,
                    numbers.isEmpty() ? partText : String.join(".", numbers));
        }

        /** $a$b$n$p: the descriptive key's title. */
        String full() {
            return filing + subtitle + partText;
        }

        /** $a$n$p: the title proper the similarity check compares. */
        String proper() {
            return filing + partText;
        }
    }
}
