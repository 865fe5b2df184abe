package org.unigate.marc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A data field with indicators and subfields, in order. */
public record DataField(String tag, char ind1, char ind2, List<Subfield> subfields) implements Field {

    public DataField {
        Objects.requireNonNull(tag, "tag");
        subfields = List.copyOf(subfields);
    }

    public Optional<String> first(char code) {
        for (Subfield s : subfields) {
            if (s.code() == code) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }

    public List<String> all(char code) {
        return subfields.stream().filter(s -> s.code() == code).map(Subfield::value).toList();
    }

    /** The values of the given subfield codes, in field order, joined by a space. */
    public String join(String codes) {
        return subfields.stream()
                .filter(s -> codes.indexOf(s.code()) >= 0)
                .map(Subfield::value)
                .collect(Collectors.joining(" "));
    }

    /** {@code $6} parsed, if present: links an 880 to its partner (MARC 21 "Linkage"). */
    public Optional<Linkage> linkage() {
        return first('6').flatMap(Linkage::parse);
    }
}
