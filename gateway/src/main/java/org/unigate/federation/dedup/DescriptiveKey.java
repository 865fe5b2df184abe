package org.unigate.federation.dedup;

import java.util.List;
import org.unigate.marc.DataField;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcRecord;

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
        return of(KeySource.of(record));
    }

    static List<DescriptiveKey> of(KeySource source) {
        DataField title = source.title();
        if (title == null) {
            return List.of(); // no title, no key in either script
        }
        String year = source.year() < 0 ? "" : String.valueOf(source.year());
        DataField author = source.author();
        String authorName = author(author);
        DescriptiveKey romanised = build(source.titleText().full(), authorName, source.publisherName(), year, false);
        DataField vernacularTitle = source.titleTwin();
        if (vernacularTitle == null) {
            vernacularTitle = source.unlinkedAlternate("245");
        }
        if (vernacularTitle == null) {
            return romanised == null ? List.of() : List.of(romanised);
        }
        // Without a twin the romanised author or publisher stands in, already normalised.
        DataField vAuthor = source.twin(author);
        DataField vPublisher = source.twin(source.publisher());
        DescriptiveKey vernacular = build(source.titleText(vernacularTitle).full(),
                vAuthor == null ? authorName : author(vAuthor),
                vPublisher == null ? source.publisherName() : KeySource.publisherName(vPublisher), year, true);
        if (vernacular == null || romanised != null && romanised.value().equals(vernacular.value())) {
            return romanised == null ? List.of() : List.of(romanised);
        }
        return romanised == null ? List.of(vernacular) : List.of(romanised, vernacular);
    }

    /** The key, or null when it has no title or nothing besides. */
    private static DescriptiveKey build(String title, String author, String publisher, String year,
                                        boolean vernacular) {
        if (title.isEmpty() || (author.isEmpty() && publisher.isEmpty() && year.isEmpty())) {
            return null;
        }
        return new DescriptiveKey(title, author, publisher, year, vernacular);
    }

    static String withoutNonFiling(DataField field) {
        String a = KeyFields.first(field, 'a');
        a = a == null ? "" : a;
        int skip = Character.isDigit(field.ind2()) ? field.ind2() - '0' : 0;
        return skip > 0 && skip < a.length() ? a.substring(skip) : a;
    }

    /** Personal names by surname (the part before the first comma); corporate names whole; empty without a field. */
    static String author(DataField field) {
        if (field == null) {
            return "";
        }
        String a = KeyFields.first(field, 'a');
        a = a == null ? "" : a;
        int comma = a.indexOf(',');
        // An 880 stands for the tag its $6 names: a vernacular 100 is still a personal name.
        String tag = field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)
                ? field.linkage().map(Linkage::linkedTag).orElse(field.tag()) : field.tag();
        if (tag.endsWith("00") && field.ind1() != '0' && comma > 0) {
            a = a.substring(0, comma);
        }
        return KeyText.compact(a);
    }
}
