package org.unigate.z3950.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DiagRec;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.Records;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.Z3950Query;

/**
 * One slice of a search on one session: Search (the first page piggybacked when the slice
 * starts at 0), then Presents until the slice is complete or the member stops giving records.
 * A deeper page of a query this session searched last is presented from the session's result
 * set without searching again, unless the member says the set is gone. Answers are read (and
 * their records decoded) on the client's decoding executor, never on the session's event loop.
 */
final class SearchExchange {

    private static final ElementSetNames FULL = ElementSetNames.of("F");

    private final Session session;
    private final Target target;
    private final RpnQuery query;
    private final int offset;
    private final int count;
    private final Deadline deadline;
    private final Executor decoding;
    private final Page page = new Page();

    SearchExchange(Session session, Target target, RpnQuery query, int offset, int count, Deadline deadline,
                   Executor decoding) {
        this.session = session;
        this.target = target;
        this.query = query;
        this.offset = offset;
        this.count = count;
        this.deadline = deadline;
        this.decoding = decoding;
    }

    CompletableFuture<Page> run() {
        if (session.negotiated().nonUtf8Strings() && hasNonAscii(query.root())) {
            page.diagnostic(new Diagnostic(Condition.QUERY_FEATURE_UNSUPPORTED, "the member negotiated "
                    + session.negotiated().charset() + "; terms beyond ASCII may not match", target.memberId()));
        }
        Session.ResultSet cached = session.resultSet();
        if (offset > 0 && cached != null && cached.query().equals(query)) {
            page.hits(cached.hits());
            return present(cached, true);
        }
        return search();
    }

    private CompletableFuture<Page> search() {
        int piggyback = offset == 0 ? count : 0;
        String name = session.negotiated().resultSetName();
        session.resultSet(null);
        // small = medium = the page: up to a page of hits all come back, larger results their first page.
        SearchRequest request = new SearchRequest(null, piggyback, piggyback > 0 ? Integer.MAX_VALUE : 1, piggyback,
                true, name, List.of(target.database()), FULL, FULL, target.syntax(), Z3950Query.Rpn.of(query),
                List.of(), List.of());
        return session.send(request, deadline).thenComposeAsync(apdu -> {
            SearchResponse response = expect(apdu, SearchResponse.class);
            List<DiagRec> diagnostics = nonSurrogates(response.records());
            if (!response.searchStatus()) {
                throw new MemberFailure(diagnostics.isEmpty()
                        ? new Diagnostic(Condition.MEMBER_ERROR, "search failed without a diagnostic", target.memberId())
                        : Bib1.diagnostic(diagnostics.get(0), target.memberId()));
            }
            page.hits(Math.max(0, response.resultCount()));
            Session.ResultSet set = new Session.ResultSet(name, query, page.hits());
            session.resultSet(set);
            if (!diagnostics.isEmpty()) {
                // The search worked but the piggybacked records did not; presenting would fail alike.
                diagnostics.forEach(d -> page.diagnostic(Bib1.diagnostic(d, target.memberId())));
                return CompletableFuture.completedFuture(page);
            }
            // Records were asked for only when the slice starts at 0; any others are not this slice's.
            if (offset == 0 && response.records() instanceof Records.ResponseRecords records) {
                take(records.records());
            }
            return present(set, false);
        }, decoding);
    }

    private CompletableFuture<Page> present(Session.ResultSet set, boolean reused) {
        int wanted = wanted();
        if (page.positions() >= wanted) {
            return CompletableFuture.completedFuture(page);
        }
        int start = offset + 1 + page.positions();
        PresentRequest request = PresentRequest.of(set.name(), start, wanted - page.positions(), target.syntax(), "F");
        return session.send(request, deadline).thenComposeAsync(apdu -> {
            PresentResponse response = expect(apdu, PresentResponse.class);
            if (response.records() instanceof Records.ResponseRecords records && !records.records().isEmpty()) {
                take(records.records());
                return present(set, false);
            }
            List<DiagRec> diagnostics = nonSurrogates(response.records());
            if (reused && diagnostics.stream().anyMatch(Bib1::resultSetGone)) {
                return search();
            }
            if (diagnostics.isEmpty()) {
                page.diagnostic(new Diagnostic(Condition.MEMBER_ERROR, "present from position " + start
                        + " returned no records", target.memberId()));
            }
            diagnostics.forEach(d -> page.diagnostic(Bib1.diagnostic(d, target.memberId())));
            return CompletableFuture.completedFuture(page);
        }, decoding);
    }

    /** Positions the slice should hold: the count asked for, as far as the result reaches. */
    private int wanted() {
        return (int) Math.min(count, Math.max(0, page.hits() - offset));
    }

    /** Takes the records of a response, never more than the slice still needs. */
    private void take(List<NamePlusRecord> records) {
        for (NamePlusRecord record : records) {
            if (page.positions() >= wanted()) {
                return;
            }
            target.reader().read(record, session.negotiated(), page);
        }
    }

    private <T extends Apdu> T expect(Apdu apdu, Class<T> type) {
        if (!type.isInstance(apdu)) {
            throw new MemberFailure(MemberFailure.Kind.GARBAGE, "expected a " + type.getSimpleName() + " from "
                    + target.memberId() + ", got " + apdu.getClass().getSimpleName());
        }
        return type.cast(apdu);
    }

    private static List<DiagRec> nonSurrogates(Records records) {
        if (records instanceof Records.NonSurrogateDiagnostic d) {
            return List.of(d.diagnostic());
        }
        if (records instanceof Records.MultipleNonSurrogateDiagnostics m) {
            return m.diagnostics();
        }
        return List.of();
    }

    private static boolean hasNonAscii(RpnNode node) {
        if (node instanceof AttributesPlusTerm t) {
            return t.term().value().chars().anyMatch(c -> c > 0x7F);
        }
        if (node instanceof RpnOperation op) {
            return hasNonAscii(op.left()) || hasNonAscii(op.right());
        }
        return false;
    }
}
