package org.unigate.sru.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.testing.HarnessMembers;
import org.unigate.testing.SharedData;

/**
 * Against a real Zebra SRU listener from the shared harness (one member, 2,000 corpus records
 * plus the harness's anchor records), configured with the harness's own cql2pqf map as a
 * gateway would be. The harness starts once per test JVM and is stopped with members-down.sh
 * when the JVM exits.
 */
class ZebraSruMemberTest {

    private static final String MOBY_DICK = "hns-anchor-0005";
    private static final String RED_CHAMBER = "hns-anchor-0002";

    private static Vertx vertx;
    private static String baseUrl;

    @BeforeAll
    static void startZebra() {
        HarnessMembers harness = HarnessMembers.start(new HarnessMembers.Options(1, false, false, 2_000));
        baseUrl = harness.zebraSruUrl(1);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static MemberResponse search(UnaryOperator<MemberSpec.Builder> settings, String cql, int offset, int count)
            throws Exception {
        MemberSpec spec = settings.apply(MemberSpec.builder("zebra", Protocol.SRU).address(baseUrl)
                .indexMap(SharedData.harness().resolve("conf/zebra/cql2pqf.txt").toString())
                .timeout(Duration.ofSeconds(30))).build();
        try (SruMemberClient client = new SruMemberClient(spec, vertx)) {
            return client.search(new MemberSearch(CqlParser.DEFAULT.parse(cql), offset, count)).get(60, TimeUnit.SECONDS);
        }
    }

    private static MemberResponse search(String cql, int offset, int count) throws Exception {
        return search(b -> b, cql, offset, count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.2", "2.0"})
    void titleSearchReturnsMarcRecordsInEveryVersion(String version) throws Exception {
        MemberResponse response = search(b -> b.version(version), "dc.title = moby", 0, 10);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.hits()).isPositive();
        MemberRecord moby = response.records().stream().filter(r -> r.localId().equals(MOBY_DICK)).findFirst().orElseThrow();
        assertThat(moby.memberId()).isEqualTo("zebra");
        assertThat(moby.record().values("245", 'a')).singleElement().asString().startsWith("Moby-Dick");
        assertThat(moby.record().values("100", 'a')).containsExactly("Melville, Herman,");
    }

    @Test
    void isbnSearchFindsTheOneBook() throws Exception {
        MemberResponse response = search("bath.isbn = 9780142437247", 0, 10);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.hits()).isEqualTo(1);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly(MOBY_DICK);
    }

    @Test
    void cjkTitleSearchFindsTheVernacularRecord() throws Exception {
        MemberResponse response = search("dc.title = 紅樓夢", 0, 10);

        assertThat(response.diagnostics()).isEmpty();
        MemberRecord book = response.records().stream().filter(r -> r.localId().equals(RED_CHAMBER)).findFirst().orElseThrow();
        assertThat(titles(book.record())).anySatisfy(t -> assertThat(t).contains("紅樓夢"));
    }

    @Test
    void threePagesHoldTheSameRecordsAsOneRequestWithoutLossOrDuplicates() throws Exception {
        String query = "computer";
        List<String> paged = new ArrayList<>();
        long hits = -1;
        for (int page = 0; page < 3; page++) {
            MemberResponse response = search(query, page * 10, 10);
            assertThat(response.diagnostics()).isEmpty();
            assertThat(response.records()).hasSize(10);
            hits = response.hits();
            response.records().forEach(r -> paged.add(r.localId()));
        }
        MemberResponse whole = search(query, 0, 30);

        assertThat(hits).isGreaterThan(30);
        assertThat(new HashSet<>(paged)).hasSize(30);
        assertThat(paged).isEqualTo(whole.records().stream().map(MemberRecord::localId).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void sortByTitleComesBackInTitleOrderBothWays(String version) throws Exception {
        MemberResponse ascending = search(b -> b.version(version), "dc.title = computer sortBy dc.title", 0, 50);
        MemberResponse descending = search(b -> b.version(version), "dc.title = computer sortBy dc.title/sort.descending", 0, 50);

        assertThat(ascending.diagnostics()).isEmpty();
        assertThat(ascending.records()).hasSizeGreaterThan(3).hasSize((int) ascending.hits());
        List<String> up = ascending.records().stream().map(r -> sortTitle(r.record())).toList();
        List<String> down = descending.records().stream().map(r -> sortTitle(r.record())).toList();
        assertThat(up).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(down).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void unknownIndexComesBackFromZebraAsAPerMemberDiagnostic() throws Exception {
        // With the gateway's default map the client believes the member has bath.lccn; Zebra says otherwise.
        MemberResponse response = search(b -> b.indexMap(null), "bath.lccn = 2001012345", 0, 10);

        assertThat(response.hits()).isZero();
        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
            assertThat(d.member()).isEqualTo("zebra");
        });
    }

    @Test
    void unknownIndexIsRefusedLocallyWhenTheMembersMapSaysSo() throws Exception {
        MemberResponse response = search("bath.lccn = 2001012345", 0, 10);

        assertThat(response.diagnostics()).containsExactly(new Diagnostic(Condition.UNSUPPORTED_INDEX, "bath.lccn", "zebra"));
    }

    private static List<String> titles(MarcRecord record) {
        List<String> out = new ArrayList<>(record.values("245", 'a'));
        record.alternateGraphics("245").forEach(f -> out.addAll(f.all('a')));
        return out;
    }

    /** The title as a sort key: non-filing characters (245 ind2) dropped, letters and digits only, lower case. */
    private static String sortTitle(MarcRecord record) {
        DataField title = record.firstDataField("245").orElseThrow();
        String text = title.first('a').orElse("");
        int skip = Character.isDigit(title.ind2()) ? title.ind2() - '0' : 0;
        text = text.substring(Math.min(skip, text.length()));
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
