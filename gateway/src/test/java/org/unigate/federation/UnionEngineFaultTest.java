package org.unigate.federation;

import org.unigate.union.UnionRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.RecordProblem;
import org.unigate.marc.Subfield;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;

/** A faulty member never breaks the union: healthy members' records all arrive, the fault is reported. */
class UnionEngineFaultTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }

    private static FakeMember healthy(String id, String... titles) {
        List<MarcRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            records.add(Records.book(id + "-" + i).title(titles[i]).build());
        }
        return FakeMember.named(id).answering(records);
    }

    private static List<String> titles(UnionResult result) {
        return titles(result.records());
    }

    private static List<String> titles(List<UnionRecord> records) {
        return records.stream().map(r -> r.record().values("245", 'a').get(0)).toList();
    }

    private static Diagnostic onlyDiagnostic(UnionResult result, String member) {
        assertThat(result.member(member).orElseThrow().diagnostics()).hasSize(1);
        return result.member(member).orElseThrow().diagnostics().get(0);
    }

    @Test
    void aMemberThatSleepsPastItsTimeoutIsReportedAndCancelled() {
        FakeMember slow = FakeMember.withSpec(FakeMember.spec("slow").timeout(Duration.ofMillis(150)).build())
                .answeringAfter(Duration.ofSeconds(30), List.of(Records.book("s1").title("Late").build()));
        FakeMember good = healthy("good", "Dream of the red chamber", "Journey to the west");
        UnionResult result = search(fixture.engine(slow, good), query("dc.title", "dream"));

        assertThat(titles(result)).containsExactlyInAnyOrder("Dream of the red chamber", "Journey to the west");
        assertThat(result.member("slow").orElseThrow().state()).isEqualTo(MemberStatus.State.TIMED_OUT);
        Diagnostic d = onlyDiagnostic(result, "slow");
        assertThat(d.condition()).isEqualTo(Condition.MEMBER_TIMEOUT);
        assertThat(d.member()).isEqualTo("slow");
        assertThat(d.details()).contains("150 ms");
        assertThat(slow.anyCancelled()).isTrue();
        assertThat(result.partial()).isTrue();
    }

    @Test
    void theOverallDeadlineCutsShortAMemberWithALongerTimeout() {
        FakeMember hanging = FakeMember.withSpec(FakeMember.spec("hang").timeout(Duration.ofMinutes(5)).build()).hanging();
        FakeMember good = healthy("good", "Dream");
        UnionEngine engine = fixture.engine(UnionSettings.DEFAULTS.withDeadline(Duration.ofMillis(200)), hanging, good);

        UnionResult result = search(engine, query("dc.title", "dream"));

        assertThat(titles(result)).containsExactly("Dream");
        assertThat(onlyDiagnostic(result, "hang").details()).contains("200 ms");
    }

    @Test
    void aClosedConnectionMakesTheMemberUnavailable() {
        FakeMember closing = FakeMember.named("closing").failingWith(new ClosedChannelException());
        FakeMember good = healthy("good", "Dream", "Water margin");
        UnionResult result = search(fixture.engine(closing, good), query("dc.title", "dream"));

        assertThat(titles(result)).containsExactlyInAnyOrder("Dream", "Water margin");
        assertThat(result.member("closing").orElseThrow().state()).isEqualTo(MemberStatus.State.UNAVAILABLE);
        Diagnostic d = onlyDiagnostic(result, "closing");
        assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE);
        assertThat(d.details()).contains("ClosedChannelException");
    }

    @Test
    void aDownMemberThatFailsAtOnceIsReported() {
        FakeMember refused = FakeMember.named("refused").throwing(new java.io.UncheckedIOException(new ConnectException("refused")));
        FakeMember broken = FakeMember.named("broken").throwing(new IllegalStateException("bug in adapter"));
        FakeMember nothing = FakeMember.named("nothing").behaving(search -> null);
        FakeMember good = healthy("good", "Dream");
        UnionResult result = search(fixture.engine(refused, broken, nothing, good), query("dc.title", "dream"));

        assertThat(titles(result)).containsExactly("Dream");
        assertThat(result.member("refused").orElseThrow().state()).isEqualTo(MemberStatus.State.UNAVAILABLE);
        assertThat(result.member("broken").orElseThrow().state()).isEqualTo(MemberStatus.State.FAILED);
        assertThat(onlyDiagnostic(result, "broken").condition()).isEqualTo(Condition.MEMBER_ERROR);
        assertThat(onlyDiagnostic(result, "broken").details()).contains("bug in adapter");
        assertThat(result.member("nothing").orElseThrow().state()).isEqualTo(MemberStatus.State.FAILED);
    }

    @Test
    void aMemberReportingItselfUnavailableCountsAsDown() {
        FakeMember down = FakeMember.named("down").behaving(search -> CompletableFuture.completedFuture(
                MemberResponse.failed("down", Diagnostic.of(Condition.DATABASE_UNAVAILABLE, "connect refused"), Duration.ZERO)));
        UnionResult result = search(fixture.engine(down, healthy("good", "Dream")), query("dc.title", "dream"));

        assertThat(result.member("down").orElseThrow().state()).isEqualTo(MemberStatus.State.UNAVAILABLE);
        assertThat(titles(result)).containsExactly("Dream");
    }

    @Test
    void aGarbageAnsweringMemberCannotBreakTheUnion() {
        MarcRecord garbled = new MarcRecord("x", List.of(
                new ControlField("008", "19"),
                new DataField("245", '?', '\u0000', List.of(new Subfield('a', ""))),
                new DataField("880", ' ', ' ', List.of(new Subfield('6', "garbage"), new Subfield('a', "\u0000\uFFFD"))),
                new DataField("X9!", ' ', ' ', List.of())),
                List.of(new RecordProblem(RecordProblem.Kind.DIRECTORY, "0", "directory entry runs past the record")));
        MarcRecord headless = new MarcRecord("", List.of());
        List<MemberRecord> delivered = List.of(
                new MemberRecord("someone-else", "g1", garbled),
                new MemberRecord("garbage", "", headless),
                new MemberRecord("garbage", "g3", garbled),
                new MemberRecord("garbage", "g4", garbled));
        FakeMember garbage = FakeMember.named("garbage").behaving(search -> CompletableFuture.completedFuture(
                new MemberResponse("wrong-id", -7, delivered, List.of(), Duration.ZERO)));
        FakeMember good = healthy("good", "Dream", "Water margin");
        UnionEngine engine = fixture.engine(UnionSettings.DEFAULTS.withFirstPageSize(3), garbage, good);

        UnionResult result = search(engine, query("dc.title", "dream"));

        assertThat(titles(result.records().stream().filter(r -> r.memberIds().contains("good")).toList()))
                .containsExactlyInAnyOrder("Dream", "Water margin");
        List<UnionRecord> fromGarbage = result.records().stream().filter(r -> r.memberIds().contains("garbage")).toList();
        assertThat(fromGarbage).isNotEmpty();
        assertThat(result.records().stream().flatMap(r -> r.sources().stream()))
                .allSatisfy(s -> assertThat(s.memberId()).isIn("good", "garbage"))
                .filteredOn(s -> s.memberId().equals("garbage")).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s.localId()).isNotBlank());
        MemberStatus status = result.member("garbage").orElseThrow();
        assertThat(status.state()).isEqualTo(MemberStatus.State.ANSWERED);
        assertThat(status.hits()).isGreaterThanOrEqualTo(3);
        assertThat(result.facet(Facet.FORMAT).orElseThrow().count("other")).isPositive();
    }

    @Test
    void aQueryPartAMemberCannotHandleIsReportedAndNotRewritten() {
        FakeMember picky = FakeMember.named("picky").behaving(search -> CompletableFuture.completedFuture(
                MemberResponse.failed("picky", Diagnostic.of(Condition.UNSUPPORTED_INDEX, "bath.isbn"), Duration.ZERO)));
        FakeMember good = healthy("good", "Dream");
        UnionRequest request = query("bath.isbn", "9787020002207");

        UnionResult result = search(fixture.engine(picky, good), request);

        assertThat(picky.searches()).singleElement()
                .satisfies(s -> assertThat(s.query()).isEqualTo(request.query()));
        assertThat(result.member("picky").orElseThrow().state()).isEqualTo(MemberStatus.State.ANSWERED);
        assertThat(onlyDiagnostic(result, "picky").condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
        assertThat(result.allDiagnostics()).extracting(Diagnostic::member).contains("picky");
    }

    @Test
    void manyFaultsAtOnceStillKeepEveryHealthyRecord() {
        FakeMember slow = FakeMember.withSpec(FakeMember.spec("slow").timeout(Duration.ofMillis(100)).build()).hanging();
        FakeMember closing = FakeMember.named("closing").failingWith(new CompletionException(new IOException("reset")));
        FakeMember down = FakeMember.named("down").throwing(new IllegalStateException("down"));
        FakeMember a = healthy("a", "One", "Two");
        FakeMember b = healthy("b", "Three", "Four", "Five");
        UnionResult result = search(fixture.engine(slow, a, closing, b, down), query("dc.title", "x"));

        assertThat(titles(result)).containsExactlyInAnyOrder("One", "Two", "Three", "Four", "Five");
        assertThat(result.totalHits()).isEqualTo(5);
        assertThat(result.members()).extracting(MemberStatus::memberId).containsExactly("slow", "a", "closing", "b", "down");
        assertThat(result.members()).filteredOn(m -> !m.answered()).hasSize(3)
                .allSatisfy(m -> assertThat(m.diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.member()).isEqualTo(m.memberId())));
        assertThat(fixture.registry.get("unigate.member.errors").tags("member", "slow", "kind", "timed_out")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void anUnknownMemberIsAnErrorNotAnEmptyResult() {
        UnionEngine engine = fixture.engine(healthy("good", "Dream"));
        CompletableFuture<UnionResult> future = engine.search(query("dc.title", "dream").withMembers(List.of("nosuch")));
        assertThatThrownBy(future::join).hasCauseInstanceOf(DiagnosticException.class)
                .cause().satisfies(e -> assertThat(((DiagnosticException) e).diagnostic().condition())
                        .isEqualTo(Condition.DATABASE_DOES_NOT_EXIST));
    }
}
