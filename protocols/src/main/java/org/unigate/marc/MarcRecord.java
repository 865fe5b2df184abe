package org.unigate.marc;

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
        return fields.stream()
                .filter(f -> f instanceof ControlField c && c.tag().equals(tag))
                .map(f -> ((ControlField) f).value())
                .findFirst();
    }

    /** 001, if present. */
    public Optional<String> controlNumber() {
        return controlField("001").map(String::strip);
    }

    public Stream<DataField> dataFields() {
        return fields.stream().filter(DataField.class::isInstance).map(DataField.class::cast);
    }

    public List<DataField> dataFields(String tag) {
        return dataFields().filter(f -> f.tag().equals(tag)).toList();
    }

    public Optional<DataField> firstDataField(String tag) {
        return dataFields().filter(f -> f.tag().equals(tag)).findFirst();
    }

    /** Every value of {@code tag$code}, in record order. */
    public List<String> values(String tag, char code) {
        return dataFields().filter(f -> f.tag().equals(tag)).flatMap(f -> f.all(code).stream()).toList();
    }

    /**
     * The 880 fields that stand for {@code tag}: those whose $6 names it. Unlinked 880s
     * (occurrence 00) count too, since they still carry vernacular text of that field.
     */
    public List<DataField> alternateGraphics(String tag) {
        return dataFields()
                .filter(f -> f.tag().equals(ALTERNATE_GRAPHIC_TAG))
                .filter(f -> f.linkage().map(l -> l.linkedTag().equals(tag)).orElse(false))
                .toList();
    }

    /**
     * The field's partner through $6: for a regular field its 880, for an 880 its regular field.
     * Empty when the field has no linkage, the occurrence is 00, or the partner is missing.
     * Partners are matched on tag and occurrence number (so "880-1" finds "245-01"); when no
     * partner's tag agrees, a lone partner with the same occurrence is taken, since real
     * records carry 880s whose $6 names a sibling tag (an 880 for 245 that says 246).
     */
    public Optional<DataField> linkedTwin(DataField field) {
        Optional<Linkage> link = field.linkage();
        if (link.isEmpty() || link.get().unlinked()) {
            return Optional.empty();
        }
        boolean isAlternate = field.tag().equals(ALTERNATE_GRAPHIC_TAG);
        if (!isAlternate && !link.get().linkedTag().equals(ALTERNATE_GRAPHIC_TAG)) {
            return Optional.empty();
        }
        List<DataField> sameOccurrence = dataFields()
                .filter(f -> f != field && f.tag().equals(ALTERNATE_GRAPHIC_TAG) != isAlternate)
                .filter(f -> f.linkage().map(l -> l.sameOccurrence(link.get())
                        && (!isAlternate || l.linkedTag().equals(ALTERNATE_GRAPHIC_TAG))).orElse(false))
                .toList();
        return sameOccurrence.stream()
                .filter(f -> isAlternate
                        ? f.tag().equals(link.get().linkedTag())
                        : f.linkage().map(l -> l.linkedTag().equals(field.tag())).orElse(false))
                .findFirst()
                .or(() -> sameOccurrence.size() == 1 ? Optional.of(sameOccurrence.get(0)) : Optional.empty());
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
