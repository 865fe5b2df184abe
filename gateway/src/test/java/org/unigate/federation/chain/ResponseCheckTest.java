package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.chain.CallResult.Outcome;
import org.unigate.marc.ControlField;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

class ResponseCheckTest {

    private final MemberSearch search = new MemberSearch(SearchQuery.of(Clause.of("dc.title", "x")), 20, 3);

    private static MemberRecord record(String member, String id) {
        return new MemberRecord(member, id, new MarcRecord("00000nam", List.of(new ControlField("001", id))));
    }

    @Test
    void aResponseIsCutToTheSliceAskedForAndAttributedToTheMemberAsked() {
        List<MemberRecord> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(record(i == 0 ? "impostor" : "m", i == 1 ? "" : "r" + i));
        }
        String longText = "x".repeat(10_000);
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(Diagnostic.of(Condition.UNSUPPORTED_RELATION, longText));
        }
        CallResult result = ResponseCheck.fromResponse("m", search,
                new MemberResponse("other", -1, five, many, Duration.ZERO), Duration.ofMillis(3));

        assertThat(result.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.records()).hasSize(3).allSatisfy(r -> assertThat(r.memberId()).isEqualTo("m"));
        assertThat(result.records()).extracting(MemberRecord::localId).containsExactly("r0", "pos:21", "r2");
        assertThat(result.hits()).isEqualTo(23);
        assertThat(result.diagnostics()).hasSize(ResponseCheck.MAX_DIAGNOSTICS)
                .allSatisfy(d -> {
                    assertThat(d.member()).isEqualTo("m");
                    assertThat(d.details().length()).isLessThanOrEqualTo(ResponseCheck.MAX_DETAIL_CHARS + 3);
                });
    }

    @Test
    void fatalConditionsSayTheMemberIsDownQueryConditionsDoNot() {
        assertThat(ResponseCheck.classify(Condition.DATABASE_UNAVAILABLE)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(ResponseCheck.classify(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(ResponseCheck.classify(Condition.MEMBER_TIMEOUT)).isEqualTo(Outcome.TIMED_OUT);
        assertThat(ResponseCheck.classify(Condition.MEMBER_ERROR)).isEqualTo(Outcome.FAILED);
        assertThat(ResponseCheck.classify(Condition.UNSUPPORTED_INDEX)).isEqualTo(Outcome.ANSWERED);
        assertThat(ResponseCheck.classify(Condition.QUERY_SYNTAX_ERROR)).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void failuresAreUnwrappedAndMapped() {
        assertThat(ResponseCheck.fromFailure("m", search, new CompletionException(new IOException("reset")), Duration.ZERO))
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.UNAVAILABLE);
                    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                        assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE);
                        assertThat(d.details()).contains("IOException: reset");
                    });
                });
        assertThat(ResponseCheck.fromFailure("m", search,
                new DiagnosticException(Condition.UNSUPPORTED_INDEX, "bath.isbn"), Duration.ZERO).outcome())
                .isEqualTo(Outcome.ANSWERED);
        assertThat(ResponseCheck.fromFailure("m", search, new StackOverflowError(), Duration.ZERO).diagnostics())
                .singleElement().satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR));
    }
}
