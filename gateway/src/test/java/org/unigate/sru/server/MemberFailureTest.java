package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.config.SruSettings;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionScan;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.records.RecordFormats;
import org.unigate.testing.SharedData;

/**
 * A member that cannot be reached does not fail a union search others answered: it becomes a
 * non-fatal diagnostic naming it, in a response that stays schema-valid. When no member answers,
 * the first problem fails the request.
 */
class MemberFailureTest {

    private static EmbeddedMemberClient brown;
    private static UnionEngine engine;
    private final SruRequestParser parser = new SruRequestParser(SruSettings.DEFAULTS, 100, RecordFormats.standard());

    @BeforeAll
    static void start() throws IOException {
        brown = EmbeddedMemberClient.load(MemberSpec.builder("brown", Protocol.EMBEDDED).name("Brown")
                .paths(List.of(SharedData.corpusFile("brown.mrc").toString())).timeout(Duration.ofSeconds(30)).build());
        engine = UnionEngine.builder().members(List.of(brown, new Unreachable()))
                .deduplicator(new ClusteringDeduplicator(List.of())).build();
    }

    @AfterAll
    static void stop() {
        engine.close();
        brown.close();
    }

    private SruRequest parse(String... keyValues) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], List.of(keyValues[i + 1]));
        }
        return parser.parse(params);
    }

    @Test
    void anUnreachableMemberIsANonFatalDiagnosticBesideTheOthersRecords() throws Exception {
        List<String> documents = new ArrayList<>();
        for (String version : List.of("1.2", "2.0")) {
            SruRequest.SearchRetrieve request = (SruRequest.SearchRetrieve) parse("version", version,
                    "query", "dc.title=myth", "maximumRecords", "5");
            SearchPage page = new SearchRetrieveHandler(engine).handle(request, List.of()).get(60, TimeUnit.SECONDS);
            String body = new String(SearchResponseWriter.write(page), java.nio.charset.StandardCharsets.UTF_8);
            documents.add(body);
            assertThat(Xml.numberOfRecords(body)).isEqualTo(1);
            assertThat(Xml.all(body, "recordPosition")).containsExactly("1");
            assertThat(Xml.x(body, "//*[local-name()='diagnostics']/*/*[local-name()='details']")).startsWith("gone:");
            assertThat(Xml.x(body, "//*[local-name()='diagnostics']/*/*[local-name()='message']")).contains("member gone");
        }
        SruRequest.Scan scan = (SruRequest.Scan) parse("operation", "scan", "scanClause", "dc.title=myth", "maximumTerms", "3");
        UnionScan terms = new ScanHandler(engine).handle(scan, List.of()).get(60, TimeUnit.SECONDS);
        String body = new String(ScanHandler.write(scan, terms), java.nio.charset.StandardCharsets.UTF_8);
        documents.add(body);
        assertThat(Xml.all(body, "value")).hasSize(3);
        assertThat(Xml.all(body, "details")).singleElement().asString().startsWith("gone");
        Xml.assertValid(documents);
    }

    @Test
    void whenNoMemberAnswersTheFirstProblemFailsTheRequest() {
        SruRequest.SearchRetrieve request = (SruRequest.SearchRetrieve) parse("query", "dc.title=myth");
        Throwable error = catchThrowable(() -> new SearchRetrieveHandler(engine).handle(request, List.of("gone"))
                .get(60, TimeUnit.SECONDS));
        SruFailure failure = (SruFailure) error.getCause();
        assertThat(failure.diagnostic().details()).startsWith("gone");
        assertThat(failure.diagnostic().uri()).startsWith("info:srw/diagnostic/1/");
        assertThat(failure.operation()).isEqualTo(Operation.SEARCH_RETRIEVE);
    }

    /** A member whose connection is always refused. */
    private static final class Unreachable implements MemberClient {
        private final MemberSpec spec = MemberSpec.builder("gone", Protocol.EMBEDDED).name("Gone").build();

        @Override
        public MemberSpec spec() {
            return spec;
        }

        @Override
        public CompletableFuture<MemberResponse> search(MemberSearch search) {
            return CompletableFuture.failedFuture(new IOException("connection refused"));
        }

        @Override
        public CompletableFuture<ScanResponse> scan(ScanRequest request) {
            return CompletableFuture.failedFuture(new IOException("connection refused"));
        }

        @Override
        public void close() {
        }
    }
}
