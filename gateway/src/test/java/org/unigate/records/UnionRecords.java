package org.unigate.records;

import java.util.List;
import java.util.stream.Stream;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.MemberRecord;
import org.unigate.testing.SharedData;

/** Union records built around real corpus records, held by two members with their holdings. */
final class UnionRecords {

    private UnionRecords() {
    }

    /** The records of a corpus file that carry 880 vernacular fields. */
    static List<MarcRecord> withVernacular(String corpusFile) {
        try (Stream<MarcRecord> records = MarcFiles.stream(SharedData.corpusFile(corpusFile))) {
            return records.filter(r -> r.dataFields("880").size() > 0).toList();
        }
    }

    static UnionRecord heldByTwo(MarcRecord record) {
        String id = record.controlNumber().orElse("");
        DataField shelf = new DataField("852", '0', ' ', List.of(new Subfield('a', "HKU"), new Subfield('b', "Main Library"),
                new Subfield('c', "Stacks"), new Subfield('h', "PL2658.E8"), new Subfield('i', "A5 1985"),
                new Subfield('t', "c.2"), new Subfield('z', "Closed stacks")));
        DataField link = new DataField("856", '4', '0', List.of(new Subfield('u', "https://example.org/e/" + id),
                new Subfield('y', "Online version")));
        DataField summary = new DataField("866", ' ', '0', List.of(new Subfield('a', "v.1-12 (1985-1996)")));
        return new UnionRecord("u0123456789abcdef", record,
                List.of(new HeldBy("hku", id, List.of(shelf, summary)), new HeldBy("cuhk", "", List.of(link))),
                List.of(new MemberRecord("hku", id, record), new MemberRecord("cuhk", "", record)), 0);
    }
}
