package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unigate.marc.MarcRecord;

/**
 * Everything deduplication compares about one record, computed once: the strong identifiers
 * (normalised), the descriptive keys in each script and the traits that veto a match. The engine
 * and an OAI-PMH union set can use {@link #keys()} to index or group records the same way.
 *
 * @param isbns          valid ISBNs of 020 $a, as ISBN-13
 * @param otherIsbns     valid ISBNs of 020 $z (other formats, cancelled): they match but, being
 *                       unreliable, never count as a disagreement
 * @param issns          ISSNs of 022 $a
 * @param oclcNumbers    OCLC numbers from 035 (and 001/003)
 * @param lccns          normalised LCCNs of 010 $a
 * @param descriptive    romanised key, then the vernacular one if the record has 880 twins
 * @param traits         what a match must not disagree on
 */
public record MatchKeys(Set<String> isbns, Set<String> otherIsbns, Set<String> issns, Set<String> oclcNumbers,
                        Set<String> lccns, List<DescriptiveKey> descriptive, RecordTraits traits) {

    public MatchKeys {
        isbns = immutable(isbns);
        otherIsbns = immutable(otherIsbns);
        issns = immutable(issns);
        oclcNumbers = immutable(oclcNumbers);
        lccns = immutable(lccns);
        descriptive = List.copyOf(descriptive);
    }

    /** {@link Set#copyOf}, which builds a HashSet and an array even to copy nothing: most of these sets are empty. */
    static <T> Set<T> immutable(Set<T> set) {
        return set.isEmpty() ? Set.of() : Set.copyOf(set);
    }

    public static MatchKeys of(MarcRecord record) {
        KeySource source = KeySource.of(record);
        Set<String> listed = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        Isbn.collect(source.fields(), listed, other);
        other.removeAll(listed);
        return new MatchKeys(listed, other, Issn.of(source.values("022", 'a')),
                Oclc.of(source.values("035", 'a'), source.f001(), source.f003()), Lccn.of(source.values("010", 'a')),
                DescriptiveKey.of(source), RecordTraits.of(source));
    }

    /** Typed keys: {@code oclc:…}, {@code lccn:…}, {@code issn:…}, {@code isbn:…}, {@code desc:…}. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        oclcNumbers.stream().sorted().forEach(k -> out.add("oclc:" + k));
        lccns.stream().sorted().forEach(k -> out.add("lccn:" + k));
        issns.stream().sorted().forEach(k -> out.add("issn:" + k));
        allIsbns().stream().sorted().forEach(k -> out.add("isbn:" + k));
        descriptive.forEach(k -> out.add("desc:" + k.value()));
        return List.copyOf(out);
    }

    /** $a and $z ISBNs together: the match keys. */
    public Set<String> allIsbns() {
        Set<String> all = new HashSet<>(isbns);
        all.addAll(otherIsbns);
        return all;
    }
}
