package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unigate.marc.DataField;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.testing.SharedData;

/**
 * KeySource finds in one pass what the key builders used to ask the record for: on real
 * records with many 880s (and some with broken or sibling-tagged $6) it must find the same
 * fields as {@link MarcRecord}'s own accessors.
 */
class KeySourceTest {

    private static List<MarcRecord> corpus() {
        List<MarcRecord> records = new ArrayList<>();
        for (String file : List.of("umich.mrc", "princeton.mrc", "trln.mrc", "stanford.mrc")) {
            try (Stream<MarcRecord> stream = MarcFiles.stream(SharedData.corpusFile(file))) {
                stream.forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void findsTheSameTwinsAsTheRecordDoes() {
        int twins = 0;
        for (MarcRecord record : corpus()) {
            KeySource source = KeySource.of(record);
            for (DataField field : record.dataFields().toList()) {
                if (field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                    continue;
                }
                DataField expected = record.linkedTwin(field).orElse(null);
                assertThat(source.twin(field)).as("%s in %s", field, record.controlNumber()).isSameAs(expected);
                twins += expected == null ? 0 : 1;
            }
            DataField unlinked = record.alternateGraphics("245").stream()
                    .filter(f -> f.linkage().map(Linkage::unlinked).orElse(false)).findFirst().orElse(null);
            assertThat(source.unlinkedAlternate("245")).isSameAs(unlinked);
        }
        assertThat(twins).as("the corpus must exercise twins").isGreaterThan(500);
    }

    @Test
    void findsTheSameTitleAuthorPublisherAndYear() {
        for (MarcRecord record : corpus()) {
            KeySource source = KeySource.of(record);
            assertThat(source.title()).isSameAs(record.firstDataField("245").orElse(null));
            assertThat(source.author()).isSameAs(record.firstDataField("100").or(() -> record.firstDataField("110"))
                    .or(() -> record.firstDataField("111")).orElse(null));
            assertThat(source.year()).isEqualTo(RecordTraits.publicationYear(record).orElse(-1));
            assertThat(source.f008()).isEqualTo(record.controlField("008").orElse(""));
            if (source.publisher() != null) {
                assertThat(source.publisher().tag()).isIn("260", "264");
                assertThat(source.publisher().first('b')).isPresent();
            } else {
                assertThat(record.dataFields().filter(f -> f.tag().equals("260") || f.tag().equals("264"))
                        .noneMatch(f -> f.first('b').isPresent())).isTrue();
            }
        }
    }

    @Test
    void prefersThePublicationStatementThen260ThenAny264() {
        MarcRecord record = TestRecords.book("2001")
                .field("264", " 0", "b", "Producer,")
                .field("260", "  ", "b", "Old style,")
                .field("264", " 1", "b", "Publisher,")
                .field("245", "00", "a", "A title").build();
        assertThat(KeySource.of(record).publisher().first('b')).contains("Publisher,");
        MarcRecord without = TestRecords.book("2001")
                .field("264", " 0", "b", "Producer,")
                .field("260", "  ", "a", "Place only")
                .field("260", "  ", "b", "Old style,").build();
        assertThat(KeySource.of(without).publisher().first('b')).contains("Old style,");
        assertThat(KeySource.of(without).publisherName()).isEqualTo("oldstyle");
    }
}
