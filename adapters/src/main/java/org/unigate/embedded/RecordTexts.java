package org.unigate.embedded;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.unigate.marc.DataField;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.query.StandardIndex;

/**
 * The text a record gives each word index: {@code words} to analyse and {@code exact} whole
 * values in {@link ExactForms} form (titles also without their non-filing article and as $a
 * alone). An 880 counts as the field its $6 names, so vernacular text is found through the
 * same index as its romanised partner. Everything also goes to {@link StandardIndex#ANY}.
 */
record RecordTexts(Map<StandardIndex, List<String>> words, Map<StandardIndex, Set<String>> exact,
                   String titleSort, String authorSort) {

    static RecordTexts of(MarcRecord record) {
        Map<StandardIndex, List<String>> words = new EnumMap<>(StandardIndex.class);
        Map<StandardIndex, Set<String>> exact = new EnumMap<>(StandardIndex.class);
        withVernacular(record).forEach(field -> {
            for (FieldRule rule : FieldRule.RULES) {
                if (rule.appliesTo(field)) {
                    rule.text(field).ifPresent(text -> add(rule, field, text, words, exact));
                }
            }
        });
        return new RecordTexts(words, exact, titleSort(record), authorSort(record));
    }

    /** The record's data fields, with each linked 880 re-tagged as the field it stands for. */
    static Stream<DataField> withVernacular(MarcRecord record) {
        return record.dataFields().flatMap(field -> {
            if (!field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                return Stream.of(field);
            }
            Optional<Linkage> link = field.linkage();
            if (link.isEmpty()) {
                return Stream.empty();
            }
            List<Subfield> text = field.subfields().stream().filter(s -> s.code() != '6').toList();
            return Stream.of(new DataField(link.get().linkedTag(), field.ind1(), field.ind2(), text));
        });
    }

    private static void add(FieldRule rule, DataField field, String text,
                            Map<StandardIndex, List<String>> words, Map<StandardIndex, Set<String>> exact) {
        StandardIndex index = rule.index();
        words.computeIfAbsent(index, k -> new ArrayList<>()).add(text);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(ExactForms.of(text));
        rule.filingForm(field, text).map(ExactForms::of).ifPresent(forms::add);
        if (index == StandardIndex.TITLE) {
            field.first('a').map(ExactForms::of).ifPresent(forms::add);
            field.first('a').flatMap(a -> rule.filingForm(field, a)).map(ExactForms::of).ifPresent(forms::add);
        }
        forms.remove("");
        exact.computeIfAbsent(index, k -> new LinkedHashSet<>()).addAll(forms);
        if (index != StandardIndex.ANY) {
            words.computeIfAbsent(StandardIndex.ANY, k -> new ArrayList<>()).add(text);
        }
        exact.computeIfAbsent(StandardIndex.ANY, k -> new LinkedHashSet<>()).addAll(forms);
    }

    /** The 245 (not its 880) without non-filing characters: what a catalogue files it under. */
    private static String titleSort(MarcRecord record) {
        return record.firstDataField("245").map(field -> {
            String text = field.join("abnp");
            int skip = Character.isDigit(field.ind2()) ? field.ind2() - '0' : 0;
            return ExactForms.of(skip < text.length() ? text.substring(skip) : text);
        }).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static String authorSort(MarcRecord record) {
        return Stream.of("100", "110", "111", "700", "710", "711")
                .flatMap(tag -> record.firstDataField(tag).stream())
                .map(field -> ExactForms.of(field.join("abcdnq")))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
