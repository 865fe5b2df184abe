package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSpec;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;

/** A scan across members: asked in parallel, merged by folded form, cut to the window asked for. */
class UnionEngineScanTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }

    /** A member that answers scans with a function of the request (and searches with nothing). */
    private static final class ScanMember implements MemberClient {
        private final MemberSpec spec;
        private final Function<ScanRequest, CompletableFuture<ScanResponse>> scans;
        final List<ScanRequest> asked = new ArrayList<>();

        ScanMember(MemberSpec spec, Function<ScanRequest, CompletableFuture<ScanResponse>> scans) {
            this.spec = spec;
            this.scans = scans;
        }

        static ScanMember listing(String id, ScanTerm... terms) {
            return new ScanMember(FakeMember.spec(id).build(), request -> CompletableFuture.completedFuture(
                    new ScanResponse(id, List.of(terms), List.of())));
        }

        @Override
        public MemberSpec spec() {
            return spec;
        }

        @Override
        public CompletableFuture<MemberResponse> search(MemberSearch search) {
            return CompletableFuture.completedFuture(new MemberResponse(spec.id(), 0, List.of(), List.of(), null));
        }

        @Override
        public CompletableFuture<ScanResponse> scan(ScanRequest request) {
            asked.add(request);
            return scans.apply(request);
        }

        @Override
        public void close() {
        }
    }

    private static ScanTerm term(String text, long count) {
        return new ScanTerm(text, text, count);
    }

    private static UnionScan scan(UnionEngine engine, ScanRequest request, String... members) {
        return engine.scan(request, List.of(members)).orTimeout(20, TimeUnit.SECONDS).join();
    }

    @Test
    void termsThatFoldAlikeBecomeOneEntryWithTheCountsSummedInIndexOrder() {
        ScanMember a = ScanMember.listing("a", term("Science", 3), term("Zoology", 1));
        ScanMember b = ScanMember.listing("b", term("science", 2), term("紅樓夢", 1));
        ScanMember c = ScanMember.listing("c", term("红楼梦", 4));
        UnionEngine engine = fixture.engine(a, b, c);

        UnionScan result = scan(engine, new ScanRequest("dc.title", "s", 10, 1));

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("science", "zoology", "红楼梦");
        assertThat(result.entries()).extracting(UnionScan.Entry::count).containsExactly(5L, 1L, 5L);
        assertThat(result.entries()).extracting(UnionScan.Entry::memberIds)
                .containsExactly(List.of("a", "b"), List.of("a"), List.of("b", "c"));
        assertThat(result.entries().get(0).displayTerm()).isEqualTo("Science");
        assertThat(result.position()).isEqualTo(1);
        assertThat(result.partial()).isFalse();
        assertThat(a.asked).containsExactly(new ScanRequest("dc.title", "s", 10, 1));
    }

    @Test
    void theMergedListIsCutToTheWindowAroundTheStartTerm() {
        ScanMember a = ScanMember.listing("a", term("apple", 1), term("mango", 1), term("pear", 1));
        ScanMember b = ScanMember.listing("b", term("kiwi", 1), term("melon", 1), term("zebra", 1));
        UnionEngine engine = fixture.engine(a, b);

        UnionScan result = scan(engine, new ScanRequest("dc.title", "m", 3, 2));

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("kiwi", "mango", "melon");
        assertThat(result.position()).isEqualTo(2);
    }

    @Test
    void aStartTermPastEveryTermLeavesThePositionAfterTheList() {
        UnionEngine engine = fixture.engine(ScanMember.listing("a", term("apple", 1), term("kiwi", 2)));

        UnionScan result = scan(engine, new ScanRequest("dc.title", "zz", 3, 3));

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("apple", "kiwi");
        assertThat(result.position()).isEqualTo(3);
    }

    @Test
    void onlyTheSelectedMembersAreAsked() {
        ScanMember a = ScanMember.listing("a", term("apple", 1));
        ScanMember b = ScanMember.listing("b", term("banana", 1));
        UnionEngine engine = fixture.engine(a, b);

        UnionScan result = scan(engine, new ScanRequest("dc.title", "a", 5, 1), "B");

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("banana");
        assertThat(result.members()).extracting(MemberStatus::memberId).containsExactly("b");
        assertThat(a.asked).isEmpty();
    }

    @Test
    void aMemberThatHangsTimesOutWithoutCostingTheOthersTheirTerms() {
        ScanMember slow = new ScanMember(FakeMember.spec("slow").timeout(Duration.ofMillis(200)).build(),
                request -> new CompletableFuture<>());
        ScanMember fine = ScanMember.listing("fine", term("apple", 2));
        UnionEngine engine = fixture.engine(slow, fine);

        UnionScan result = scan(engine, new ScanRequest("dc.title", "a", 5, 1));

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("apple");
        assertThat(result.partial()).isTrue();
        assertThat(result.members().get(0).state()).isEqualTo(MemberStatus.State.TIMED_OUT);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_TIMEOUT);
            assertThat(d.member()).isEqualTo("slow");
        });
    }

    @Test
    void failuresAndMembersThatCannotScanAreReportedPerMember() {
        ScanMember broken = new ScanMember(FakeMember.spec("broken").build(), request -> {
            throw new IllegalStateException("boom");
        });
        ScanMember failing = new ScanMember(FakeMember.spec("failing").build(),
                request -> CompletableFuture.failedFuture(new java.io.IOException("refused")));
        FakeMember cannot = FakeMember.named("cannot");
        UnionEngine engine = fixture.engine(broken, failing, cannot, ScanMember.listing("ok", term("apple", 1)));

        UnionScan result = scan(engine, new ScanRequest("dc.title", "a", 5, 1));

        assertThat(result.entries()).extracting(UnionScan.Entry::term).containsExactly("apple");
        assertThat(result.members()).extracting(MemberStatus::state).containsExactly(MemberStatus.State.FAILED,
                MemberStatus.State.UNAVAILABLE, MemberStatus.State.ANSWERED, MemberStatus.State.ANSWERED);
        assertThat(result.members().get(2).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_OPERATION));
    }

    @Test
    void aMemberSendingMoreTermsThanAskedIsCut() {
        ScanMember chatty = ScanMember.listing("chatty", term("a", 1), term("b", 1), term("c", 1), term("d", 1));
        UnionEngine engine = fixture.engine(chatty);

        UnionScan result = scan(engine, new ScanRequest("dc.title", "a", 2, 1));

        assertThat(result.entries()).hasSize(2);
        assertThat(result.members().get(0).hits()).isEqualTo(2);
    }

    @Test
    void anUnknownMemberFailsTheScan() {
        UnionEngine engine = fixture.engine(ScanMember.listing("a", term("apple", 1)));

        assertThatThrownBy(() -> scan(engine, new ScanRequest("dc.title", "a", 5, 1), "nowhere"))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e.getCause()).diagnostic().condition())
                        .isEqualTo(Condition.DATABASE_DOES_NOT_EXIST));
    }
}
