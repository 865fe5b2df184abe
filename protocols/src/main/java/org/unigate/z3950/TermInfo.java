package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Term;

/**
 * A scanned term. {@code displayTerm} is set when the term itself is not fit for display.
 * {@code byAttributes} (occurrences by attribute combination) is kept as its encoding.
 */
public record TermInfo(
        Term term,
        String displayTerm,
        List<Attribute> suggestedAttributes,
        List<AttributesPlusTerm> alternativeTerm,
        Long globalOccurrences,
        Octets byAttributes,
        List<OtherInfo> otherTermInfo) implements ScanEntry {

    public TermInfo {
        Objects.requireNonNull(term, "term");
        suggestedAttributes = Lists.copy(suggestedAttributes);
        alternativeTerm = Lists.copy(alternativeTerm);
        otherTermInfo = Lists.copy(otherTermInfo);
    }

    public static TermInfo of(String term, String displayTerm, long occurrences) {
        return new TermInfo(Term.of(term), displayTerm, List.of(), List.of(), occurrences, null, List.of());
    }
}
