package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.ConsortiumConfig;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/** The catalogue over the members the gateway really holds: embedded catalogues and their change feeds. */
class UnionCatalogueOverEmbeddedMembersTest {

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private EmbeddedMemberClient member(String id, List<MarcRecord> records) throws Exception {
        EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
        for (int i = 0; i < records.size(); i++) {
            catalogue.put(id + "-" + i, records.get(i));
        }
        catalogue.commit();
        return new EmbeddedMemberClient(MemberSpec.builder(id, Protocol.EMBEDDED).build(), catalogue, executor);
    }

    @Test
    void everyEmbeddedMemberIsReadAndItsChangesShow() throws Exception {
        // Both hold records 10-19; record 18 is a book with ISBNs (several others are bare
        // e-resource stubs the deduplicator rightly leaves alone).
        List<MarcRecord> records = Works.corpus("princeton.mrc", 30);
        try (EmbeddedMemberClient east = member("east", records.subList(0, 20));
             EmbeddedMemberClient west = member("west", records.subList(10, 30))) {
            List<MemberClient> clients = List.of(east, west);
            assertThat(UnionCatalogues.localMembers(clients)).extracting(CatalogueMember::id)
                    .containsExactly("east", "west");
            try (UnionCatalogue catalogue = UnionCatalogue.open(dir, UnionCatalogues.localMembers(clients),
                    new ClusteringDeduplicator())) {
                catalogue.refresh();
                Map<String, String> ids = Fixture.idsByCopy(catalogue);
                assertThat(ids.get("east:east-18")).isEqualTo(ids.get("west:west-8"));

                west.catalogue().delete("west-8");
                west.catalogue().commit();
                RefreshReport report = catalogue.refresh();

                assertThat(report.updated()).isEqualTo(1);
                assertThat(Fixture.entry(catalogue, ids.get("east:east-18")).value().memberIds())
                        .containsExactly("east");
            }
        }
    }

    @Test
    void startingFromTheConfigurationKeepsTheCatalogueUnderTheDataFolder() throws Exception {
        List<MarcRecord> records = Works.corpus("princeton.mrc", 5);
        try (EmbeddedMemberClient only = member("only", records)) {
            ConsortiumConfig config = new ConsortiumConfig(null, "test", null, null, null, List.of(only.spec()),
                    Map.of()).withDataDir(dir);
            try (UnionCatalogue catalogue = UnionCatalogues.start(config, List.of(only), null)) {
                RefreshReport report = catalogue.scheduleRefresh().get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(report.live()).isEqualTo(5);
            }
            assertThat(dir.resolve("union").resolve("union.state")).exists();
        }
    }
}
