package org.unigate.testbed.generator;

import java.util.List;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;

/** One generated consortium shared by the tests (generated once per test JVM, never changed). */
final class SampleConsortium {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(7, 1500, 8);
    static final ConsortiumGenerator GENERATOR = new ConsortiumGenerator(SETTINGS);

    private SampleConsortium() {
    }

    private static final class Holder {
        static final List<GeneratedRecord> RECORDS = GENERATOR.records().toList();
        static final List<Work> WORKS = GENERATOR.works().toList();
    }

    /** Every member's records, work by work. */
    static List<GeneratedRecord> records() {
        return Holder.RECORDS;
    }

    static List<Work> works() {
        return Holder.WORKS;
    }

    /** The 880 standing for {@code tag}, or null. */
    static DataField vernacular(MarcRecord record, String tag) {
        return record.alternateGraphics(tag).stream().findFirst().orElse(null);
    }

    /** The value of {@code tag $code} without trailing ISBD punctuation, or null. */
    static String bare(MarcRecord record, String tag, char code) {
        return record.firstDataField(tag).flatMap(f -> f.first(code)).map(Punctuation::strip).orElse(null);
    }
}
