package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unigate.embedded.Records.record;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;

/** Browsing the title, author and subject headings of an embedded catalogue. */
class CatalogueScanTest {

    private EmbeddedCatalogue catalogue;

    @BeforeEach
    void load() throws IOException {
        catalogue = EmbeddedCatalogue.inMemory();
        catalogue.load(List.of(
                book("b1", "Algebra /", "Artin, Michael", "Algebra"),
                book("b2", "Botany basics", "Brown, Ann", "Plants"),
                book("b3", "Calculus.", "Apostol, Tom", "Calculus"),
                book("b4", "Calculus", "Spivak, Michael", "Calculus"),
                book("b5", "紅樓夢", "曹雪芹", "Chinese fiction"),
                book("b6", "红楼梦", "曹雪芹", "Chinese fiction"),
                book("b7", "Zoology today", "Zeller, Zoe", "Animals")).stream());
    }

    @AfterEach
    void close() throws IOException {
        catalogue.close();
    }

    private static org.unigate.marc.MarcRecord book(String id, String title, String author, String subject) {
        return record(id).fixed("2001", "eng").field("100", "1 ", "a", author)
                .field("245", "10", "a", title).field("650", " 0", "a", subject).build();
    }

    private List<String> terms(String index, String start, int count, int position) throws IOException {
        return catalogue.scan(new ScanRequest(index, start, count, position)).stream().map(ScanTerm::term).toList();
    }

    @Test
    void titlesFromTheStartTermComeInIndexOrderWithTheirRecordCounts() throws IOException {
        List<ScanTerm> terms = catalogue.scan(new ScanRequest("dc.title", "Bot", 3, 1));

        assertThat(terms).extracting(ScanTerm::term).containsExactly("botany basics", "calculus", "zoology today");
        assertThat(terms).extracting(ScanTerm::count).containsExactly(1L, 2L, 1L);
    }

    @Test
    void preferredPositionPutsThatManyTermsBeforeTheStartTerm() throws IOException {
        assertThat(terms("dc.title", "calculus", 4, 3)).containsExactly("algebra", "botany basics", "calculus", "zoology today");
        assertThat(terms("dc.title", "calculus", 2, 3)).containsExactly("algebra", "botany basics");
    }

    @Test
    void theStartTermIsFoldedLikeTheIndexAndChineseScriptsMeet() throws IOException {
        List<ScanTerm> terms = catalogue.scan(new ScanRequest("title", "紅樓", 5, 1));

        assertThat(terms).extracting(ScanTerm::term).containsExactly("红楼梦");
        assertThat(terms.get(0).count()).isEqualTo(2);
        assertThat(terms("title", "CALCULUS", 1, 1)).containsExactly("calculus");
    }

    @Test
    void theListEndsWhereTheIndexEnds() throws IOException {
        // Code point order: Han headings file after Latin ones; 龜 folds to 龟, past 红.
        assertThat(terms("dc.title", "zz", 5, 1)).containsExactly("红楼梦");
        assertThat(terms("dc.title", "龜", 5, 1)).isEmpty();
        assertThat(terms("dc.title", "龜", 5, 3)).containsExactly("zoology today", "红楼梦");
        // Nothing files before "a": the list is shorter rather than shifted.
        assertThat(terms("dc.title", "a", 3, 3)).containsExactly("algebra");
    }

    @Test
    void authorsAndSubjectsCanBeBrowsedToo() throws IOException {
        assertThat(terms("dc.creator", "b", 2, 1)).containsExactly("brown ann", "spivak michael");
        assertThat(terms("dc.subject", "calc", 2, 1)).containsExactly("calculus", "chinese fiction");
    }

    @Test
    void deletedRecordsNoLongerCount() throws IOException {
        catalogue.delete("b4");
        catalogue.refresh();
        catalogue.delete("b7");
        catalogue.refresh();

        List<ScanTerm> terms = catalogue.scan(new ScanRequest("dc.title", "c", 5, 1));
        assertThat(terms).extracting(ScanTerm::term).containsExactly("calculus", "红楼梦");
        assertThat(terms.get(0).count()).isEqualTo(1);
    }

    @Test
    void otherIndexesAndHugeListsAreRefused() {
        assertThatThrownBy(() -> catalogue.scan(new ScanRequest("bath.isbn", "978", 5, 1)))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().condition()).isEqualTo(Condition.UNSUPPORTED_INDEX));
        assertThatThrownBy(() -> catalogue.scan(new ScanRequest("dc.title", "a", CatalogueScan.MAX_TERMS + 1, 1)))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().condition()).isEqualTo(Condition.TOO_MANY_SCAN_TERMS));
    }

    @Test
    void theMemberClientAnswersScansAndReportsRefusalsAsDiagnostics() {
        MemberSpec spec = MemberSpec.builder("local", Protocol.EMBEDDED).build();
        EmbeddedMemberClient client = new EmbeddedMemberClient(spec, catalogue, Runnable::run);

        ScanResponse titles = client.scan(new ScanRequest("dc.title", "alg", 1, 1)).join();
        ScanResponse isbns = client.scan(new ScanRequest("bath.isbn", "978", 1, 1)).join();

        assertThat(titles.memberId()).isEqualTo("local");
        assertThat(titles.terms()).containsExactly(new ScanTerm("algebra", "algebra", 1));
        assertThat(titles.diagnostics()).isEmpty();
        assertThat(isbns.terms()).isEmpty();
        assertThat(isbns.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
            assertThat(d.member()).isEqualTo("local");
        });
    }
}
