package org.unigate.marc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable MARC 21 record, always held in Unicode (NFC): readers convert MARC-8 on the
 * way in. Problems found while reading travel with the record so nothing is lost silently.
 */
public record MarcRecord(String leader, List<Field> fields, List<RecordProblem> problems) {

    public static final String ALTERNATE_GRAPHIC_TAG = "880";

    public MarcRecord {
        Objects.requireNonNull(leader, "leader");
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
    }

    public MarcRecord(String leader, List<Field> fields) {
        this(leader, fields, List.of());
    }

    public Optional<String> controlField(String tag) {
        for (Field f : fields) {
            if (f instanceof ControlField c && c.tag().equals(tag)) {
                return Optional.of(c.value());
            }
        }
        return Optional.empty();
    }

    /** 001, if present. */
    public Optional<String> controlNumber() {
        return controlField("001").map(String::strip);
    }

    public Stream<DataField> dataFields() {
        return fields.stream().filter(DataField.class::isInstance).map(DataField.class::cast);
    }

    // The accessors below are plain loops: every search reads them for every record it merges.

    public List<DataField> dataFields(String tag) {
        List<DataField> out = new ArrayList<>(2);
        for (Field f : fields) {
            if (f instanceof DataField d && d.tag().equals(tag)) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public Optional<DataField> firstDataField(String tag) {
        for (Field f : fields) {
            if (f instanceof DataField d && d.tag().equals(tag)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code tag$code}, in record order. */
    public List<String> values(String tag, char code) {
        List<String> out = new ArrayList<>(2);
        for (Field f : fields) {
            if (f instanceof DataField d && d.tag().equals(tag)) {
                for (Subfield s : d.subfields()) {
                    if (s.code() == code) {
                        out.add(s.value());
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The 880 fields that stand for {@code tag}: those whose $6 names it. Unlinked 880s
     * (occurrence 00) count too, since they still carry vernacular text of that field.
     */
    public List<DataField> alternateGraphics(String tag) {
        List<DataField> out = new ArrayList<>(2);
        for (Field f : fields) {
            if (f instanceof DataField d && d.tag().equals(ALTERNATE_GRAPHIC_TAG)
                    && d.linkage().map(l -> l.linkedTag().equals(tag)).orElse(false)) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The field's partner through $6: for a regular field its 880, for an 880 its regular field.
     * Empty when the field has no linkage, the occurrence is 00, or the partner is missing.
     * Partners are matched on tag and occurrence number (so "880-1" finds "245-01"); when no
     * partner's tag agrees, a lone partner with the same occurrence is taken, since real
     * records carry 880s whose $6 names a sibling tag (an 880 for 245 that says 246).
     */
    public Optional<DataField> linkedTwin(DataField field) {
        Optional<Linkage> parsed = field.linkage();
        if (parsed.isEmpty() || parsed.get().unlinked()) {
            return Optional.empty();
        }
        if (!field.tag().equals(ALTERNATE_GRAPHIC_TAG)) {
            return AlternateGraphics.of(fields).twinOf(field);
        }
        Linkage link = parsed.get();
        DataField lone = null;
        int sameOccurrence = 0;
        for (Field f : fields) {
            if (!(f instanceof DataField d) || d.tag().equals(ALTERNATE_GRAPHIC_TAG)) {
                continue;
            }
            Optional<Linkage> other = d.linkage();
            if (other.isEmpty() || !other.get().sameOccurrence(link)
                    || !other.get().linkedTag().equals(ALTERNATE_GRAPHIC_TAG)) {
                continue;
            }
            if (d.tag().equals(link.linkedTag())) {
                return Optional.of(d);
            }
            sameOccurrence++;
            lone = d;
        }
        return sameOccurrence == 1 ? Optional.of(lone) : Optional.empty();
    }

    /** The 880 holding the vernacular (non-Latin) form of a regular field, if any. */
    public Optional<DataField> vernacular(DataField field) {
        if (field.tag().equals(ALTERNATE_GRAPHIC_TAG)) {
            return Optional.empty();
        }
        return linkedTwin(field);
    }

    /**
     * The vernacular form of the first {@code tag} field: its linked 880, or else the first 880
     * that stands for {@code tag} (unlinked ones included). {@code vernacular("245")} is the
     * title in its own script.
     */
    public Optional<DataField> vernacular(String tag) {
        return firstDataField(tag).flatMap(this::vernacular)
                .or(() -> alternateGraphics(tag).stream().findFirst());
    }

    /** The regular field an 880 stands for, if it is linked and present. */
    public Optional<DataField> romanized(DataField alternateGraphic) {
        if (!alternateGraphic.tag().equals(ALTERNATE_GRAPHIC_TAG)) {
            return Optional.empty();
        }
        return linkedTwin(alternateGraphic);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public MarcRecord withFields(List<Field> newFields) {
        return new MarcRecord(leader, newFields, problems);
    }

    public MarcRecord withProblems(List<RecordProblem> newProblems) {
        return new MarcRecord(leader, fields, newProblems);
    }
}
