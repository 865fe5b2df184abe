package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unigate.embedded.Records.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.diag.Condition;
import org.unigate.marc.Iso2709Writer;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/** The embedded catalogue behind the MemberClient contract. */
class EmbeddedMemberClientTest {

    private static final MemberSpec SPEC = MemberSpec.builder("local", Protocol.EMBEDDED).build();

    /** Runs nothing until told to, which shows that search() only queues work. */
    private static final class ManualExecutor implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private static EmbeddedCatalogue catalogueOf(int n) throws IOException {
        EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
        catalogue.load(IntStream.rangeClosed(1, n).mapToObj(i -> record(String.format("b%02d", i))
                .fixed(Integer.toString(1900 + i), "eng").field("245", "10", "a", "Volume " + i).build()));
        return catalogue;
    }

    @Test
    void searchReturnsAtOnceAndCompletesOnTheExecutor() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        try (EmbeddedCatalogue catalogue = catalogueOf(3);
             EmbeddedMemberClient client = new EmbeddedMemberClient(SPEC, catalogue, executor)) {
            CompletableFuture<MemberResponse> future = client.search(MemberSearch.firstPage(
                    SearchQuery.of(Clause.of("dc.title", "volume")), 10));
            assertThat(future).isNotDone();
            executor.runAll();
            MemberResponse response = future.get(0, TimeUnit.SECONDS);
            assertThat(response.memberId()).isEqualTo("local");
            assertThat(response.hits()).isEqualTo(3);
            assertThat(response.records()).extracting(MemberRecord::localId).containsExactlyInAnyOrder("b01", "b02", "b03");
            assertThat(response.records()).allSatisfy(r -> assertThat(r.memberId()).isEqualTo("local"));
            assertThat(response.diagnostics()).isEmpty();
            assertThat(response.elapsed()).isPositive();
        }
    }

    @Test
    void returnsTheRequestedSliceOfTheSortedResult() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        try (EmbeddedCatalogue catalogue = catalogueOf(12);
             EmbeddedMemberClient client = new EmbeddedMemberClient(SPEC, catalogue, executor)) {
            SearchQuery byDate = SearchQuery.of(Clause.of("dc.title", "volume"))
                    .withSortKeys(List.of(SortKey.descending("dc.date")));
            CompletableFuture<MemberResponse> page = client.search(new MemberSearch(byDate, 5, 3));
            executor.runAll();
            assertThat(page.get().hits()).isEqualTo(12);
            assertThat(page.get().records()).extracting(MemberRecord::localId).containsExactly("b07", "b06", "b05");
        }
    }

    @Test
    void badQueryCompletesWithADiagnosticNotAnException() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        try (EmbeddedCatalogue catalogue = catalogueOf(1);
             EmbeddedMemberClient client = new EmbeddedMemberClient(SPEC, catalogue, executor)) {
            CompletableFuture<MemberResponse> future = client.search(MemberSearch.firstPage(
                    SearchQuery.of(Clause.of("dc.shoesize", "42")), 10));
            executor.runAll();
            MemberResponse response = future.get();
            assertThat(response.hits()).isZero();
            assertThat(response.ok()).isFalse();
            assertThat(response.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
                assertThat(d.details()).isEqualTo("dc.shoesize");
                assertThat(d.member()).isEqualTo("local");
            });
        }
    }

    @Test
    void offersItsCatalogueAsTheLocalViewThatNetworkMembersLack() throws Exception {
        try (EmbeddedCatalogue catalogue = catalogueOf(2);
             EmbeddedMemberClient client = new EmbeddedMemberClient(SPEC, catalogue, Runnable::run)) {
            assertThat(client.local()).containsSame(catalogue);
            assertThat(client.local().orElseThrow().entry("b02")).isPresent();
        }
        MemberClient remote = new MemberClient() {
            @Override
            public MemberSpec spec() {
                return SPEC;
            }

            @Override
            public CompletableFuture<MemberResponse> search(MemberSearch search) {
                return new CompletableFuture<>();
            }

            @Override
            public void close() {
            }
        };
        assertThat(remote.local()).isEmpty();
    }

    @Test
    void closedClientAnswersWithADiagnostic() throws Exception {
        try (EmbeddedCatalogue catalogue = catalogueOf(1)) {
            EmbeddedMemberClient client = new EmbeddedMemberClient(SPEC, catalogue, Runnable::run);
            client.close();
            MemberResponse response = client.search(MemberSearch.firstPage(SearchQuery.of(Clause.of("dc.title", "volume")), 1)).get();
            assertThat(response.diagnostics()).extracting(d -> d.condition()).containsExactly(Condition.DATABASE_UNAVAILABLE);
        }
    }

    @Test
    void loadsTheMemberPathsAndOwnsItsThreads(@TempDir Path folder) throws Exception {
        MarcRecord one = record("f1").field("245", "10", "a", "From a file").build();
        MarcRecord two = record("f2").field("245", "10", "a", "From another file").build();
        Files.write(folder.resolve("a.mrc"), Iso2709Writer.write(one));
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/b.mrc"), Iso2709Writer.write(two));
        Files.writeString(folder.resolve("notes.txt"), "not MARC");
        MemberSpec spec = MemberSpec.builder("files", Protocol.EMBEDDED).paths(List.of(folder.toString())).build();
        try (EmbeddedMemberClient client = EmbeddedMemberClient.load(spec)) {
            MemberResponse response = client.search(MemberSearch.firstPage(SearchQuery.of(Clause.of("dc.title", "file")), 10))
                    .get(30, TimeUnit.SECONDS);
            assertThat(response.records()).extracting(MemberRecord::localId).containsExactlyInAnyOrder("f1", "f2");
            // The file round trip fills in the leader's lengths; the fields come back as written.
            assertThat(response.records()).extracting(r -> r.record().fields())
                    .containsExactlyInAnyOrder(one.fields(), two.fields());
        }
    }

    @Test
    void recordSourcesRouteSchemesToTheirProvider() throws Exception {
        RecordSource fake = new RecordSource() {
            @Override
            public boolean handles(String location) {
                return location.startsWith("fake:");
            }

            @Override
            public Stream<MarcRecord> open(String location) {
                return Stream.of(record(location.substring(5)).field("245", "10", "a", "Generated").build());
            }
        };
        RecordSources sources = new RecordSources(List.of(fake, new FileRecordSource()));
        MemberSpec spec = MemberSpec.builder("gen", Protocol.EMBEDDED).paths(List.of("fake:g1", "fake:g2")).build();
        try (EmbeddedMemberClient client = EmbeddedMemberClient.load(spec, sources)) {
            assertThat(client.catalogue().size()).isEqualTo(2);
        }
        assertThat(new FileRecordSource().handles("generated:seed=1")).isFalse();
        assertThat(new FileRecordSource().handles("/data/marc")).isTrue();
        assertThatThrownBy(() -> RecordSources.discover().open("/no/such/folder/anywhere"))
                .isInstanceOf(IOException.class);
    }
}
