package org.unigate.oai.server;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.unigate.config.OaiSettings;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.records.RecordFormats;
import org.unigate.testing.TestClock;

/** A small repository over in-memory feeds: two members and a union, dates chosen per test. */
final class TestRepository {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    final ListFeed<MarcRecord> alpha = new ListFeed<>();
    final ListFeed<MarcRecord> beta = new ListFeed<>();
    final ListFeed<UnionRecord> union = new ListFeed<>();
    final TestClock clock = TestClock.fixed(Instant.parse("2024-06-01T00:00:00Z"));

    static MarcRecord record(String id, String title) {
        List<Field> fields = new ArrayList<>();
        fields.add(new ControlField("001", id));
        fields.add(new DataField("245", '0', '0', List.of(new Subfield('a', title))));
        fields.add(new DataField("852", ' ', ' ', List.of(new Subfield('b', "Main library"))));
        return new MarcRecord("00000nam a2200000 a 4500", fields);
    }

    static UnionRecord unionRecord(String unionId, String title, String... holders) {
        List<HeldBy> heldBy = new ArrayList<>();
        for (String h : holders) {
            heldBy.add(new HeldBy(h, h + "-" + unionId, List.of()));
        }
        return new UnionRecord(unionId, record(unionId, title), heldBy, List.of(), 0);
    }

    OaiRepository repository(int pageSize) {
        return repository(pageSize, KEY);
    }

    OaiRepository repository(int pageSize, byte[] key) {
        OaiSettings settings = new OaiSettings("/oai", "Test repository", "oai@test.example.org",
                "test.example.org", pageSize, Duration.ofHours(1), null);
        List<OaiSet> sets = List.of(
                OaiSet.member("alpha", "Alpha Library", new MemberFeed("alpha", alpha)),
                OaiSet.member("beta", "Beta Library", new MemberFeed("beta", beta)),
                OaiSet.union("Union catalogue", union));
        return new OaiRepository(settings, "unused", sets, OaiFormat.standard(RecordFormats.standard()),
                new TokenCodec(key, settings.tokenTtl(), clock));
    }
}
