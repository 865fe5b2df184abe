package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * The descriptive match key of a record in one script: normalised title (245 $a$b$n$p without
 * the non-filing characters ind2 counts), first author's surname (100/110/111 $a), publisher
 * (260/264 $b without stop words) and year. A record with 880 fields has a second key built from
 * the vernacular twins, so a member that catalogues only in the vernacular still meets one that
 * romanises. Components are {@link KeyText#compact compacted}: folded, punctuation and spaces gone.
 *
 * @param value {@code title|author|publisher|year}, the key as one string for bucketing (the
 *              script flag is not part of it, so scripts meet); built once by the five-argument
 *              constructor, since every merge buckets by it
 */
public record DescriptiveKey(String title, String author, String publisher, String year, boolean vernacular,
                             String value) {

    public DescriptiveKey(String title, String author, String publisher, String year, boolean vernacular) {
        this(title, author, publisher, year, vernacular, title + "|" + author + "|" + publisher + "|" + year);
    }

    /** The romanised (or only) key, then the vernacular one when 880 twins give a different one. */
    public static List<DescriptiveKey> of(MarcRecord record) {
        return of(record, new KeyText());
    }

    static List<DescriptiveKey> of(MarcRecord record, KeyText text) {
        String year = RecordTraits.publicationYear(record).map(String::valueOf).orElse("");
        Optional<DataField> title = record.firstDataField("245");
        Optional<DataField> author = record.firstDataField("100")
                .or(() -> record.firstDataField("110")).or(() -> record.firstDataField("111"));
        Optional<DataField> publisher = publisherField(record);
        List<DescriptiveKey> keys = new ArrayList<>(2);
        build(text, title, author, publisher, year, false).ifPresent(keys::add);
        Optional<DataField> vernacularTitle = twin(record, title, "245");
        if (vernacularTitle.isPresent()) {
            Optional<DataField> vAuthor = twin(record, author, null).or(() -> author);
            Optional<DataField> vPublisher = twin(record, publisher, null).or(() -> publisher);
            build(text, vernacularTitle, vAuthor, vPublisher, year, true)
                    .filter(k -> keys.stream().noneMatch(o -> o.value().equals(k.value())))
                    .ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    private static Optional<DescriptiveKey> build(KeyText text, Optional<DataField> title, Optional<DataField> author,
                                                  Optional<DataField> publisher, String year, boolean vernacular) {
        String t = title.map(f -> title(f, text)).orElse("");
        String a = author.map(f -> author(f, text)).orElse("");
        String p = publisher.map(f -> Publishers.normalise(f.first('b').orElse(""), text)).orElse("");
        if (t.isEmpty() || (a.isEmpty() && p.isEmpty() && year.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new DescriptiveKey(t, a, p, year, vernacular));
    }

    /** 245 $a without its non-filing characters, then $b, $n and $p. */
    static String title(DataField field, KeyText text) {
        List<String> parts = new ArrayList<>();
        parts.add(withoutNonFiling(field));
        parts.addAll(List.of(KeyFields.values(field, "b")));
        parts.addAll(List.of(KeyFields.values(field, "np")));
        // Never truncated: aggregator records (statistical series, database extracts) share
        // long title prefixes and differ only at the end.
        return text.compact(parts.toArray(String[]::new));
    }

    static String withoutNonFiling(DataField field) {
        String a = field.first('a').orElse("");
        int skip = Character.isDigit(field.ind2()) ? field.ind2() - '0' : 0;
        return skip > 0 && skip < a.length() ? a.substring(skip) : a;
    }

    /** Personal names by surname (the part before the first comma); corporate names whole. */
    static String author(DataField field, KeyText text) {
        String a = field.first('a').orElse("");
        int comma = a.indexOf(',');
        // An 880 stands for the tag its $6 names: a vernacular 100 is still a personal name.
        String tag = field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)
                ? field.linkage().map(Linkage::linkedTag).orElse(field.tag()) : field.tag();
        if (tag.endsWith("00") && field.ind1() != '0' && comma > 0) {
            a = a.substring(0, comma);
        }
        return text.compact(a);
    }

    /** 264 with ind2 1 (publication) first, then 260, then any 264. */
    static Optional<DataField> publisherField(MarcRecord record) {
        return withPublisher(record, "264", true).or(() -> withPublisher(record, "260", false))
                .or(() -> withPublisher(record, "264", false));
    }

    /** The first {@code tag} with a $b, of publication statements only (ind2 1) if {@code publication}. */
    private static Optional<DataField> withPublisher(MarcRecord record, String tag, boolean publication) {
        for (Field f : record.fields()) {
            if (f instanceof DataField d && d.tag().equals(tag) && (!publication || d.ind2() == '1')) {
                for (Subfield s : d.subfields()) {
                    if (s.code() == 'b') {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The vernacular partner of {@code field}: its linked 880, or for 245 an unlinked 880 that
     * stands for 245 when the record has no linkage at all.
     */
    private static Optional<DataField> twin(MarcRecord record, Optional<DataField> field, String unlinkedTag) {
        if (field.isEmpty()) {
            return Optional.empty();
        }
        Optional<DataField> linked = record.linkedTwin(field.get());
        if (linked.isPresent() || unlinkedTag == null) {
            return linked;
        }
        return record.alternateGraphics(unlinkedTag).stream()
                .filter(f -> f.linkage().map(Linkage::unlinked).orElse(false))
                .findFirst();
    }
}
