package org.unigate.federation;

import org.unigate.union.UnionRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.search;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.embedded.RecordSources;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.testing.SharedData;

/**
 * Real embedded members over (small files of) the shared corpus, with the real deduplicator: two libraries, and a
 * third holding a copy of one library's catalogue, so every hit of that library has a duplicate.
 */
class UnionEngineEmbeddedTest {

    private static final List<MemberClient> MEMBERS = new ArrayList<>();
    private static final List<EmbeddedCatalogue> CATALOGUES = new ArrayList<>();
    private static ExecutorService executor;
    private static UnionEngine engine;

    private static EmbeddedCatalogue catalogue(String file) throws IOException {
        EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
        CATALOGUES.add(catalogue);
        catalogue.load(SharedData.corpusFile(file).toString(), RecordSources.discover());
        return catalogue;
    }

    private static MemberClient member(String id, EmbeddedCatalogue catalogue) {
        return new EmbeddedMemberClient(MemberSpec.builder(id, Protocol.EMBEDDED).build(), catalogue, executor);
    }

    @BeforeAll
    static void start() throws IOException {
        executor = Executors.newFixedThreadPool(2);
        EmbeddedCatalogue brown = catalogue("brown.mrc");
        MEMBERS.add(member("blacklight", catalogue("blacklight-marc.mrc")));
        MEMBERS.add(member("brown", brown));
        // A second library holding the very same records.
        MEMBERS.add(member("mirror", brown));
        engine = UnionEngine.builder().members(MEMBERS).deduplicator(new ClusteringDeduplicator())
                .settings(UnionSettings.DEFAULTS.withFirstPageSize(10).withExactCountLimit(0))
                .meterRegistry(new SimpleMeterRegistry()).build();
    }

    @AfterAll
    static void stop() throws IOException {
        if (engine != null) {
            engine.close();
        }
        MEMBERS.forEach(MemberClient::close);
        for (EmbeddedCatalogue c : CATALOGUES) {
            c.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static UnionRequest anywhere(String term) {
        return UnionRequest.of(SearchQuery.of(Clause.of("cql.anywhere", term)));
    }

    @Test
    void copiesHeldByTwoMembersBecomeOneUnionRecord() {
        UnionResult result = search(engine, anywhere("china"));

        assertThat(result.members()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MemberStatus.State.ANSWERED));
        long brownHits = result.member("brown").orElseThrow().hits();
        assertThat(brownHits).isPositive();
        assertThat(result.member("mirror").orElseThrow().hits()).isEqualTo(brownHits);
        assertThat(result.totalHits()).isEqualTo(result.members().stream().mapToLong(MemberStatus::hits).sum());
        List<UnionRecord> fromBrown = result.records().stream().filter(r -> r.memberIds().contains("brown")).toList();
        assertThat(fromBrown).isNotEmpty()
                .allSatisfy(r -> assertThat(r.memberIds()).contains("mirror"));
        assertThat(result.records()).extracting(UnionRecord::unionId).doesNotHaveDuplicates();
        assertThat(result.facet(Facet.MEMBER).orElseThrow().count("brown"))
                .isEqualTo(result.facet(Facet.MEMBER).orElseThrow().count("mirror"));
    }

    @Test
    void pagingDeeperKeepsWhatWasShownAndAddsNewWorks() {
        UnionResult result = search(engine, anywhere("of"));
        assertThat(result.complete()).isFalse();
        List<String> before = result.records().stream().map(UnionRecord::unionId).toList();

        List<UnionRecord> next = engine.page(result, before.size(), 10).orTimeout(30, TimeUnit.SECONDS).join();

        UnionResult grown = engine.resultSet(result.id()).orElseThrow();
        assertThat(grown.records().subList(0, before.size())).extracting(UnionRecord::unionId).isEqualTo(before);
        assertThat(next).isNotEmpty().extracting(UnionRecord::unionId).doesNotContainAnyElementsOf(before);
    }

    @Test
    void anIndexNoMemberSupportsIsReportedByEachMember() {
        UnionResult result = search(engine, UnionRequest.of(SearchQuery.of(Clause.of("x.nosuchindex", "china"))));

        assertThat(result.records()).isEmpty();
        assertThat(result.members()).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MemberStatus.State.ANSWERED);
            assertThat(m.diagnostics()).extracting(d -> d.condition()).contains(Condition.UNSUPPORTED_INDEX);
        });
    }
}
