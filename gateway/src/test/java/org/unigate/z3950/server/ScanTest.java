package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.config.ServerSettings;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Term;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.TermInfo;

/** Scan: title, author and subject headings merged across members, and the scan diagnostics. */
class ScanTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(Z3950Settings.from(ServerSettings.DEFAULTS), List.of(BrokenMember.failing("broken")));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ScanRequest scan(List<String> databases, int use, String start, Integer step, int count,
                                    Integer position) {
        return new ScanRequest(null, databases, AttributeSet.BIB1,
                new AttributesPlusTerm(List.of(Attribute.of(Attribute.USE, use)), Term.of(start)), step, count,
                position, List.of());
    }

    private static ScanResponse run(ScanRequest request) {
        try (ServerFixture.Client client = fixture.initialised()) {
            return client.exchange(request);
        }
    }

    private static List<TermInfo> terms(ScanResponse response) {
        return response.entries().entries().stream().map(e -> (TermInfo) e).toList();
    }

    private static List<String> texts(ScanResponse response) {
        return terms(response).stream().map(t -> t.term().value()).toList();
    }

    private static DefaultDiagFormat failure(ScanResponse response) {
        assertThat(response.scanStatus()).isEqualTo(ScanResponse.Status.FAILURE);
        return (DefaultDiagFormat) response.entries().nonsurrogateDiagnostics().get(0);
    }

    @Test
    void titlesOfAllMembersMergeWithTheirCountsSummed() {
        ScanResponse response = run(scan(List.of("east", "west"), 4, "dream", null, 3, 1));

        assertThat(response.scanStatus()).isEqualTo(ScanResponse.Status.SUCCESS);
        assertThat(texts(response)).containsExactly("dream of the red chamber", "huge compendium", "large compendium");
        assertThat(terms(response).get(0).globalOccurrences()).isEqualTo(2);
        assertThat(terms(response).get(1).globalOccurrences()).isEqualTo(1);
        assertThat(response.numberOfEntriesReturned()).isEqualTo(3);
        assertThat(response.positionOfTerm()).isEqualTo(1);
    }

    @Test
    void thePreferredPositionPutsEarlierTermsFirst() {
        ScanResponse response = run(scan(List.of("east", "west"), 4, "dream", 0, 3, 2));

        assertThat(texts(response)).containsExactly("calculus", "dream of the red chamber", "huge compendium");
        assertThat(response.positionOfTerm()).isEqualTo(2);
    }

    @Test
    void authorsSubjectsAndVernacularHeadingsCanBeScanned() {
        assertThat(terms(run(scan(List.of("east", "west"), 1003, "cao", null, 1, 1))))
                .singleElement().satisfies(t -> {
                    assertThat(t.term().value()).isEqualTo("cao xueqin");
                    assertThat(t.globalOccurrences()).isEqualTo(2);
                });
        assertThat(texts(run(scan(List.of("east", "west"), 21, "chinese", null, 1, 1)))).containsExactly("chinese fiction");
        assertThat(terms(run(scan(List.of("east"), 4, "紅樓", null, 1, 1)))).singleElement()
                .satisfies(t -> assertThat(t.term().value()).isEqualTo("红楼梦"));
    }

    @Test
    void oneMembersDatabaseScansOnlyThatMember() {
        ScanResponse response = run(scan(List.of("west"), 4, "dream", null, 5, 1));

        assertThat(texts(response)).containsExactly("dream of the red chamber");
        assertThat(terms(response).get(0).globalOccurrences()).isEqualTo(1);
    }

    @Test
    void aFailingMemberIsNotedAndOnlyItsOwnScanFails() {
        ScanResponse union = run(scan(List.of("union"), 4, "dream", null, 1, 1));
        assertThat(texts(union)).containsExactly("dream of the red chamber");
        assertThat(union.otherInfo()).extracting(o -> ((OtherInfo.CharacterInfo) o.information()).text())
                .anySatisfy(text -> assertThat(text).startsWith("member broken:"));

        assertThat(failure(run(scan(List.of("broken"), 4, "dream", null, 1, 1))).condition()).isEqualTo(109);
    }

    @Test
    void scanDiagnostics() {
        assertThat(failure(run(scan(List.of("east"), 4, "a", 1, 5, 1))).condition()).isEqualTo(205);
        DefaultDiagFormat use = failure(run(scan(List.of("east"), 7, "978", null, 5, 1)));
        assertThat(use.condition()).isEqualTo(114);
        assertThat(use.addinfo()).isEqualTo("1=7");
        assertThat(failure(run(scan(List.of("east"), 4, "a", null, 3, 5))).condition()).isEqualTo(233);
        DefaultDiagFormat database = failure(run(scan(List.of("nowhere"), 4, "a", null, 3, 1)));
        assertThat(database.condition()).isEqualTo(235);
        assertThat(database.addinfo()).isEqualTo("nowhere");
    }

    @Test
    void zeroTermsIsAnEmptyListAndTooManyArePartial() {
        ScanResponse none = run(scan(List.of("east"), 4, "a", null, 0, 1));
        assertThat(none.scanStatus()).isEqualTo(ScanResponse.Status.SUCCESS);
        assertThat(none.numberOfEntriesReturned()).isZero();

        ScanResponse many = run(scan(List.of("east", "west"), 4, "a", null, 150, 1));
        assertThat(many.scanStatus()).isEqualTo(ScanResponse.Status.PARTIAL_4);
        assertThat(many.numberOfEntriesReturned()).isBetween(15, 100);
    }
}
