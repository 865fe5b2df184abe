package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.server.SearchTest.search;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.ber.Octets;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.DeleteSetStatus;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;

/** Sort into named sets by title, author and date, and deleting named sets. */
class SortAndDeleteTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ServerFixture.Client withVolumes() {
        ServerFixture.Client client = fixture.initialised();
        client.exchange(search("volumes", List.of("east"), "@attr 1=4 volume"));
        return client;
    }

    private static SortResponse sort(ServerFixture.Client client, List<String> inputs, String output,
                                     SortKeySpec... keys) {
        return client.exchange(new SortRequest(Octets.utf8("s1"), inputs, output, List.of(keys), List.of()));
    }

    /** The 245 $a of each record presented from {@code set}. */
    private static List<String> titles(ServerFixture.Client client, String set, int count) {
        PresentResponse response = client.exchange(PresentRequest.of(set, 1, count, RecordSyntax.SUTRS, "F"));
        return ((Records.ResponseRecords) response.records()).records().stream()
                .map(r -> ((RetrievalRecord.Sutrs) r.content()).text().lines().filter(l -> l.startsWith("245"))
                        .findFirst().orElseThrow().replaceFirst("^245 .. \\$a ", ""))
                .toList();
    }

    private static DefaultDiagFormat failure(SortResponse response) {
        assertThat(response.sortStatus()).isEqualTo(SortResponse.Status.FAILURE);
        return (DefaultDiagFormat) response.diagnostics().get(0);
    }

    @Test
    void aSetSortedByTitleDescendingGoesIntoANewNamedSet() {
        try (ServerFixture.Client client = withVolumes()) {
            SortResponse response = sort(client, List.of("volumes"), "by-title",
                    SortKeySpec.byUse(4, SortKeySpec.Relation.DESCENDING));

            assertThat(response.sortStatus()).isEqualTo(SortResponse.Status.SUCCESS);
            assertThat(response.referenceId()).isEqualTo(Octets.utf8("s1"));
            assertThat(response.resultCount()).isEqualTo(12);
            assertThat(titles(client, "by-title", 3)).containsExactly(
                    "Volume 9 of the series", "Volume 8 of the series", "Volume 7 of the series");
            assertThat(titles(client, "volumes", 12)).hasSize(12);
        }
    }

    @Test
    void datesAuthorsAndNamedFieldsSortToo() {
        try (ServerFixture.Client client = withVolumes()) {
            sort(client, List.of("volumes"), "by-date", SortKeySpec.byUse(31, SortKeySpec.Relation.ASCENDING));
            sort(client, List.of("volumes"), "by-author", SortKeySpec.byUse(1003, SortKeySpec.Relation.DESCENDING));
            sort(client, List.of("volumes"), "volumes", new SortKeySpec(new SortKeySpec.Generic(
                    new SortKeySpec.SortField("title")), SortKeySpec.Relation.ASCENDING,
                    SortKeySpec.CaseSensitivity.CASE_INSENSITIVE, null));

            assertThat(titles(client, "by-date", 2)).containsExactly("Volume 1 of the series", "Volume 2 of the series");
            assertThat(titles(client, "by-author", 1)).containsExactly("Volume 9 of the series");
            assertThat(titles(client, "volumes", 2)).containsExactly("Volume 1 of the series", "Volume 10 of the series");
        }
    }

    @Test
    void sortDiagnostics() {
        try (ServerFixture.Client client = withVolumes()) {
            SortKeySpec title = SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING);
            DefaultDiagFormat missing = failure(sort(client, List.of("nothing"), "out", title));
            assertThat(missing.condition()).isEqualTo(30);
            assertThat(missing.addinfo()).isEqualTo("nothing");
            assertThat(failure(sort(client, List.of("volumes", "volumes"), "out", title)).condition()).isEqualTo(230);
            DefaultDiagFormat isbn = failure(sort(client, List.of("volumes"), "out",
                    SortKeySpec.byUse(7, SortKeySpec.Relation.ASCENDING)));
            assertThat(isbn.condition()).isEqualTo(207);
            assertThat(isbn.addinfo()).isEqualTo("1=7");
            assertThat(failure(sort(client, List.of("volumes"), "out", new SortKeySpec(new SortKeySpec.DatabaseSpecific(
                    List.of(new SortKeySpec.DatabaseSortKey("east", new SortKeySpec.SortField("title")))),
                    SortKeySpec.Relation.ASCENDING, SortKeySpec.CaseSensitivity.CASE_INSENSITIVE, null))).condition())
                    .isEqualTo(210);
            assertThat(failure(sort(client, List.of("volumes"), "out",
                    SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING_BY_FREQUENCY))).condition()).isEqualTo(214);
            assertThat(failure(sort(client, List.of("volumes"), "out", new SortKeySpec(new SortKeySpec.Generic(
                    new SortKeySpec.SortAttributes(AttributeSet.BIB1, List.of(Attribute.of(1, 4)))),
                    SortKeySpec.Relation.ASCENDING, SortKeySpec.CaseSensitivity.CASE_INSENSITIVE,
                    new SortKeySpec.MissingValueData(Octets.utf8("zzz"))))).condition()).isEqualTo(213);
            assertThat(failure(sort(client, List.of("volumes"), "out", title, title)).condition()).isEqualTo(212);
            assertThat(failure(sort(client, List.of("volumes"), "out", title,
                    SortKeySpec.byUse(1003, SortKeySpec.Relation.ASCENDING),
                    SortKeySpec.byUse(31, SortKeySpec.Relation.ASCENDING),
                    SortKeySpec.byUse(1, SortKeySpec.Relation.ASCENDING))).condition()).isEqualTo(211);
        }
    }

    @Test
    void deletedSetsAreGoneForPresent() {
        try (ServerFixture.Client client = withVolumes()) {
            client.exchange(search("other", List.of("east"), "@attr 1=4 algebra"));
            client.exchange(search("third", List.of("east"), "@attr 1=4 algebra"));

            DeleteResultSetResponse one = client.exchange(new DeleteResultSetRequest(null,
                    DeleteResultSetRequest.Function.LIST, List.of("volumes"), List.of()));
            DeleteResultSetResponse mixed = client.exchange(new DeleteResultSetRequest(null,
                    DeleteResultSetRequest.Function.LIST, List.of("other", "volumes"), List.of()));
            DeleteResultSetResponse absent = client.exchange(new DeleteResultSetRequest(null,
                    DeleteResultSetRequest.Function.LIST, List.of("volumes"), List.of()));
            PresentResponse gone = client.exchange(PresentRequest.of("volumes", 1, 1, null, "F"));
            PresentResponse kept = client.exchange(PresentRequest.of("third", 1, 1, null, "F"));
            DeleteResultSetResponse all = client.exchange(new DeleteResultSetRequest(null,
                    DeleteResultSetRequest.Function.ALL, List.of(), List.of()));
            PresentResponse goneToo = client.exchange(PresentRequest.of("third", 1, 1, null, "F"));

            assertThat(one.deleteOperationStatus()).isEqualTo(DeleteSetStatus.SUCCESS);
            assertThat(mixed.deleteOperationStatus()).isEqualTo(DeleteSetStatus.NOT_ALL_REQUESTED_RESULT_SETS_DELETED);
            assertThat(mixed.deleteListStatuses()).extracting(DeleteResultSetResponse.ListStatus::status)
                    .containsExactly(DeleteSetStatus.SUCCESS, DeleteSetStatus.RESULT_SET_DID_NOT_EXIST);
            assertThat(absent.deleteOperationStatus()).isEqualTo(DeleteSetStatus.RESULT_SET_DID_NOT_EXIST);
            assertThat(((Records.NonSurrogateDiagnostic) gone.records()).diagnostic().condition()).isEqualTo(30);
            assertThat(kept.presentStatus()).isEqualTo(PresentStatus.SUCCESS);
            assertThat(all.deleteOperationStatus()).isEqualTo(DeleteSetStatus.SUCCESS);
            assertThat(goneToo.presentStatus()).isEqualTo(PresentStatus.FAILURE);
        }
    }
}
