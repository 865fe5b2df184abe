package org.unigate.federation.chain;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.unigate.federation.Records;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/** Exchanges, answers and a counting end of chain for the link tests. */
final class Calls {

    static final MemberSearch SEARCH = MemberSearch.firstPage(SearchQuery.of(Clause.of("dc.title", "dream")), 10);

    private Calls() {
    }

    static MemberClient member(MemberSpec spec) {
        return member(spec, new CompletableFuture<>());
    }

    /** A member client whose every search returns {@code answer}. */
    static MemberClient member(MemberSpec spec, CompletableFuture<MemberResponse> answer) {
        return new MemberClient() {
            @Override
            public MemberSpec spec() {
                return spec;
            }

            @Override
            public CompletableFuture<MemberResponse> search(MemberSearch search) {
                return answer;
            }

            @Override
            public void close() {
            }
        };
    }

    static MemberSpec.Builder spec(String id) {
        return MemberSpec.builder(id, Protocol.EMBEDDED).timeout(Duration.ofSeconds(5));
    }

    static MemberExchange exchange(String memberId) {
        return exchange(spec(memberId).build(), SharingContext.PUBLIC);
    }

    static MemberExchange exchange(MemberSpec spec, SharingContext sharing) {
        return MemberExchange.of(member(spec), SEARCH, Deadline.after(Duration.ofSeconds(10), System::nanoTime), sharing);
    }

    static CallResult answered(String memberId, String... ids) {
        List<MemberRecord> records = java.util.Arrays.stream(ids)
                .map(id -> new MemberRecord(memberId, id, Records.book(id).title("Title " + id).build())).toList();
        return new CallResult(memberId, SEARCH, CallResult.Outcome.ANSWERED, ids.length, records, List.of(),
                Duration.ofMillis(1));
    }

    /** The rest of a chain that answers with a fixed result and counts its calls. */
    static final class Fixed implements MemberLink.Chain {
        final AtomicInteger calls = new AtomicInteger();
        volatile MemberExchange seen;
        private final CompletableFuture<CallResult> answer;

        Fixed(CallResult result) {
            this(CompletableFuture.completedFuture(result));
        }

        Fixed(CompletableFuture<CallResult> answer) {
            this.answer = answer;
        }

        @Override
        public CompletableFuture<CallResult> proceed(MemberExchange exchange) {
            calls.incrementAndGet();
            seen = exchange;
            return answer;
        }
    }
}
