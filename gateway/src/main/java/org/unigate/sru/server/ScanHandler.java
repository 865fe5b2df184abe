package org.unigate.sru.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.xml.stream.XMLStreamException;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionScan;
import org.unigate.member.ScanRequest;
import org.unigate.query.Terms;

/**
 * scan across the members through the engine's union scan: terms merged by folded form, counts
 * summed. Members that could not scan are non-fatal diagnostics unless none could.
 */
final class ScanHandler {

    private final UnionEngine engine;

    ScanHandler(UnionEngine engine) {
        this.engine = engine;
    }

    CompletableFuture<UnionScan> handle(SruRequest.Scan request, List<String> members) {
        int count = request.maximumTerms();
        ScanRequest scan = new ScanRequest(QueryCheck.scanIndex(request.clause()).cqlName(),
                Terms.unescape(request.clause().term()), count, Math.min(request.responsePosition(), count + 1));
        return engine.scan(scan, members).thenApply(result -> {
            result.fatal().ifPresent(fatal -> {
                throw new SruFailure(request.version(), Operation.SCAN, SruDiagnostic.of(fatal));
            });
            return result;
        });
    }

    static byte[] write(SruRequest.Scan request, UnionScan result) throws XMLStreamException {
        return ScanResponseWriter.write(request, result, SruDiagnostic.ofMembers(result.members()));
    }
}
