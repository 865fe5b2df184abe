package org.unigate.z3950.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionScan;
import org.unigate.query.Clause;
import org.unigate.query.StandardIndex;
import org.unigate.query.Terms;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.Term;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.ScanEntry;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.TermInfo;

/**
 * Scan of the title, author or subject headings across the members of the databases named,
 * through the engine's union scan: terms merged by folded form, counts summed. Only step size 0
 * is supported (205); the position must lie within the list (233); at most {@code maxTerms} terms
 * are returned (scanStatus partial-4 when fewer than asked). Members that failed are noted in
 * otherInfo, as for search; when none could scan, the scan fails with the first one's diagnostic.
 */
final class ScanOperation {

    static final Set<StandardIndex> SCANNABLE = Set.of(StandardIndex.TITLE, StandardIndex.AUTHOR, StandardIndex.SUBJECT);

    private final UnionEngine engine;
    private final Databases databases;
    private final Queries queries;
    private final int maxTerms;

    ScanOperation(UnionEngine engine, Databases databases, Queries queries, int maxTerms) {
        this.engine = engine;
        this.databases = databases;
        this.queries = queries;
        this.maxTerms = maxTerms;
    }

    CompletableFuture<ScanResponse> answer(Session session, ScanRequest request) {
        try {
            List<String> members = databases.members(request.databaseNames());
            if (request.stepSize() != null && request.stepSize() != 0) {
                throw Bib1.failure(Bib1.ONLY_ZERO_STEP_SIZE, Integer.toString(request.stepSize()));
            }
            int asked = request.numberOfTermsRequested();
            int position = request.preferredPositionInResponse() == null ? 1 : request.preferredPositionInResponse();
            if (asked < 0 || position < 0 || position > asked + 1) {
                throw Bib1.failure(Bib1.SCAN_POSITION_UNSUPPORTED, "position " + position + " of " + asked + " terms");
            }
            AttributeSet set = request.attributeSet() == null ? AttributeSet.BIB1 : request.attributeSet();
            Clause start = queries.clause(set, request.termListAndStartPoint());
            StandardIndex index = start.standardIndex();
            if (!SCANNABLE.contains(index)) {
                throw Bib1.failure(Bib1.UNSUPPORTED_USE_ATTRIBUTE, useAttribute(request));
            }
            int count = Math.min(asked, maxTerms);
            if (count == 0) {
                return CompletableFuture.completedFuture(ScanResponse.of(request.referenceId(),
                        ScanResponse.Status.SUCCESS, position, List.of()));
            }
            org.unigate.member.ScanRequest union = new org.unigate.member.ScanRequest(index.cqlName(),
                    Terms.unescape(start.term()), count, Math.min(position, count + 1));
            boolean v3 = session.agreed().version3();
            return engine.scan(union, members)
                    .thenApply(result -> respond(request, result, count < asked, v3))
                    .exceptionally(error -> failure(request, Bib1.of(error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(request, Bib1.of(e)));
        }
    }

    private static ScanResponse respond(ScanRequest request, UnionScan result, boolean capped, boolean v3) {
        if (result.fatal().isPresent()) {
            return failure(request, DefaultDiagFormat.of(result.fatal().get()));
        }
        List<ScanEntry> entries = result.entries().stream().map(ScanOperation::termInfo).toList();
        List<OtherInfo> notes = v3 ? MemberNotes.of(result.diagnostics()) : List.of();
        ScanResponse.Status status = capped ? ScanResponse.Status.PARTIAL_4 : ScanResponse.Status.SUCCESS;
        return new ScanResponse(request.referenceId(), 0, status, entries.size(), result.position(),
                new ScanResponse.ListEntries(entries, List.of()), null, notes);
    }

    private static ScanEntry termInfo(UnionScan.Entry entry) {
        String display = entry.displayTerm().equals(entry.term()) ? null : entry.displayTerm();
        return new TermInfo(Term.of(entry.term()), display, List.of(), List.of(), entry.count(), null, List.of());
    }

    private static String useAttribute(ScanRequest request) {
        return request.termListAndStartPoint().numeric(Attribute.USE).map(use -> "1=" + use).orElse("no use attribute");
    }

    private static ScanResponse failure(ScanRequest request, DefaultDiagFormat diagnostic) {
        return new ScanResponse(request.referenceId(), 0, ScanResponse.Status.FAILURE, 0, null,
                new ScanResponse.ListEntries(List.of(), List.of(diagnostic)), null, List.of());
    }
}
