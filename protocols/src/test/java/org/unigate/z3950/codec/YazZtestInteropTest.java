package org.unigate.z3950.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.unigate.ber.Oid;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;
import org.unigate.testing.ExternalTools;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.HoldingsAndCirc;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;
import org.unigate.z3950.TermInfo;
import org.unigate.z3950.Z3950Query;
import org.unigate.z3950.testing.YazZtest;
import org.unigate.z3950.testing.Z3950TestClient;

/** Talks to a real yaz-ztest with the codec and checks what YAZ's own encoder sends back. */
class YazZtestInteropTest {

    private static YazZtest ztest;
    private final List<Z3950TestClient> clients = new java.util.ArrayList<>();

    /**
     * Every response re-encodes to ztest's bytes but for length form (YAZ's server sends the outer
     * APDU with an indefinite length, which the decoder must and does handle).
     */
    @org.junit.jupiter.api.AfterEach
    void encoderMatchesYazByteForByte() {
        for (Z3950TestClient client : clients) {
            for (byte[] frame : client.frames()) {
                org.unigate.z3950.Apdu apdu = ApduCodec.decode(frame, org.unigate.ber.BerLimits.DEFAULT);
                assertThat(java.util.HexFormat.of().formatHex(ApduCodec.encode(apdu)))
                        .as(apdu.getClass().getSimpleName())
                        .isEqualTo(java.util.HexFormat.of().formatHex(org.unigate.z3950.testing.DefiniteForm.of(frame)));
            }
        }
    }

    @BeforeAll
    static void start() throws Exception {
        ExternalTools.require("yaz-ztest", "yaz-client");
        ztest = YazZtest.start("APPLE:3\nBANANA:5\nCHERRY:7\nDATE:9\nELDER:11\n");
    }

    @AfterAll
    static void stop() throws IOException {
        if (ztest != null) {
            ztest.close();
        }
    }

    private Z3950TestClient connect() throws IOException {
        Z3950TestClient client = Z3950TestClient.connect(ztest.port());
        clients.add(client);
        return client;
    }

    private Z3950TestClient session() throws IOException {
        Z3950TestClient client = connect();
        InitializeResponse init = client.exchange(InitializeRequest.of("Unigate", 1 << 20, CharsetProposal.utf8()));
        assertThat(init.result()).isTrue();
        return client;
    }

    private static AttributesPlusTerm apt(long use, String term) {
        return new AttributesPlusTerm(List.of(Attribute.of(Attribute.USE, use)), Term.of(term));
    }

    private static SearchResponse search(Z3950TestClient client, String set, String db, RpnNode root) throws IOException {
        return client.exchange(SearchRequest.of(set, List.of(db), Z3950Query.Rpn.of(new RpnQuery(AttributeSet.BIB1, root))));
    }

    @Test
    void initIsAcceptedWithVersion3OptionsAndACharsetAnswer() throws IOException {
        try (Z3950TestClient client = connect()) {
            InitializeResponse init = client.exchange(InitializeRequest.of("Unigate", 1 << 20, CharsetProposal.utf8()));
            assertThat(init.result()).isTrue();
            assertThat(init.implementationName()).isEqualTo("GFS/YAZ");
            assertThat(init.implementationId()).isEqualTo("81");
            assertThat(init.protocolVersions()).contains(ProtocolVersion.V3);
            assertThat(init.options()).contains(InitOption.SEARCH, InitOption.PRESENT, InitOption.SCAN, InitOption.SORT,
                    InitOption.NEGOTIATION_MODEL);
            assertThat(init.charsetResponse()).isNotNull();
            assertThat(init.charsetResponse().selected().name()).isNotBlank();
            assertThat(init.charsetResponse().recordsInSelectedCharSets()).isNotNull();
        }
    }

    @Test
    void rpnSearchesWithBooleansAndProximityGetZtestHitCounts() throws IOException {
        try (Z3950TestClient client = session()) {
            RpnNode and = RpnOperation.of(RpnOperation.Operator.AND, apt(4, "computer"), apt(1016, "42"));
            assertThat(search(client, "1", "Default", and).resultCount()).isEqualTo(42);
            RpnNode or = RpnOperation.of(RpnOperation.Operator.OR, apt(4, "7"), apt(21, "art"));
            assertThat(search(client, "2", "Default", or).resultCount()).isEqualTo(7);
            RpnNode prox = new RpnOperation(RpnOperation.Operator.PROX, apt(1003, "knuth"), apt(4, "17"), Proximity.words(3, true));
            SearchResponse proxResponse = search(client, "3", "Default", prox);
            assertThat(proxResponse.searchStatus()).isTrue();
            assertThat(proxResponse.resultCount()).isEqualTo(17);
            SearchResponse cql = client.exchange(SearchRequest.of("4", List.of("Default"), new Z3950Query.Cql("title=computer")));
            assertThat(cql.searchStatus()).isTrue();
            assertThat(cql.resultCount()).isBetween(0L, 23L);
        }
    }

    @Test
    void searchOfAnUnknownDatabaseFailsWithBib1Diagnostic109() throws IOException {
        try (Z3950TestClient client = session()) {
            SearchResponse response = search(client, "1", "Nodb", apt(4, "x"));
            assertThat(response.searchStatus()).isFalse();
            assertThat(response.records()).isInstanceOfSatisfying(Records.NonSurrogateDiagnostic.class, d -> {
                assertThat(d.diagnostic()).isEqualTo(DefaultDiagFormat.bib1(109, "Nodb"));
            });
        }
    }

    @Test
    void presentReturnsUsmarcWhoseBytesMatchZtestsXmlAndSutrsText() throws Exception {
        try (Z3950TestClient client = session()) {
            assertThat(search(client, "s", "Default", apt(4, "5")).resultCount()).isEqualTo(5);
            PresentResponse marc = client.exchange(PresentRequest.of("s", 1, 2, RecordSyntax.USMARC, null));
            assertThat(marc.numberOfRecordsReturned()).isEqualTo(2);
            assertThat(marc.nextResultSetPosition()).isEqualTo(3);
            byte[] first = encoded(marc, 0, RecordSyntax.USMARC);
            assertThat(Integer.parseInt(new String(first, 0, 5, StandardCharsets.US_ASCII))).isEqualTo(first.length);
            assertThat(first[first.length - 1]).isEqualTo((byte) 0x1d);
            Record record = new MarcStreamReader(new ByteArrayInputStream(first)).next();
            assertThat(((DataField) record.getVariableField("245")).getSubfield('a').getData()).isEqualTo("How to program a computer");

            PresentResponse xml = client.exchange(PresentRequest.of("s", 1, 1, RecordSyntax.XML, null));
            String marcxml = new String(encoded(xml, 0, RecordSyntax.XML), StandardCharsets.UTF_8);
            assertThat(normalise(marcxml)).isEqualTo(normalise(yazMarcdumpToXml(first)));

            PresentResponse sutrs = client.exchange(PresentRequest.of("s", 2, 1, RecordSyntax.SUTRS, null));
            NamePlusRecord text = ((Records.ResponseRecords) sutrs.records()).records().get(0);
            assertThat(text.content()).isEqualTo(new RetrievalRecord.Sutrs("This is dummy SUTRS record number 2\n"));
        }
    }

    @Test
    void presentInOpacCarriesTheBibliographicRecordAndHoldings() throws IOException {
        try (Z3950TestClient client = session()) {
            search(client, "s", "Default", apt(4, "3"));
            PresentResponse opac = client.exchange(PresentRequest.of("s", 1, 1, RecordSyntax.OPAC, null));
            OpacRecord record = (OpacRecord) ((Records.ResponseRecords) opac.records()).records().get(0).content();
            assertThat(record.bibliographicRecord()).isInstanceOf(RetrievalRecord.Encoded.class);
            assertThat(record.bibliographicRecord().syntax()).isEqualTo(RecordSyntax.USMARC);
            HoldingsAndCirc holdings = (HoldingsAndCirc) record.holdingsData().get(0);
            assertThat(holdings.callNumber()).isEqualTo("MLCM 89/00602 (N)");
            assertThat(holdings.circulationData()).extracting(HoldingsAndCirc.CircRecord::itemId).contains("1226176");
        }
    }

    @Test
    void scanListsTermsWithOccurrences() throws IOException {
        try (Z3950TestClient client = session()) {
            ScanResponse scan = client.exchange(new ScanRequest(null, List.of("Default"), AttributeSet.BIB1,
                    apt(4, "b"), 0, 3, 1, List.of()));
            assertThat(scan.numberOfEntriesReturned()).isEqualTo(3);
            assertThat(scan.entries().entries()).containsExactly(
                    TermInfo.of("BANANA", null, 5), TermInfo.of("CHERRY", null, 7), TermInfo.of("DATE", null, 9));
        }
    }

    @Test
    void sortAndDeleteResultSetAreAnswered() throws IOException {
        try (Z3950TestClient client = session()) {
            search(client, "1", "Default", apt(4, "9"));
            SortResponse sort = client.exchange(new SortRequest(null, List.of("1"), "sorted",
                    List.of(SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING)), List.of()));
            assertThat(sort.sortStatus()).isEqualTo(SortResponse.Status.SUCCESS);
            DeleteResultSetResponse delete = client.exchange(new DeleteResultSetRequest(null,
                    DeleteResultSetRequest.Function.LIST, List.of("1"), List.of()));
            assertThat(delete.deleteOperationStatus()).isNotNull();
        }
    }

    @Test
    void closeIsAnsweredWithCloseAndTheConnectionEnds() throws IOException {
        try (Z3950TestClient client = session()) {
            Close answer = client.exchange(Close.of(CloseReason.FINISHED, "bye"));
            assertThat(answer.closeReason()).isEqualTo(CloseReason.FINISHED);
            assertThat(client.peerClosed()).isTrue();
        }
    }

    private static byte[] encoded(PresentResponse response, int index, Oid syntax) {
        NamePlusRecord npr = ((Records.ResponseRecords) response.records()).records().get(index);
        assertThat(npr.content()).isInstanceOf(RetrievalRecord.Encoded.class);
        RetrievalRecord.Encoded record = (RetrievalRecord.Encoded) npr.content();
        assertThat(record.syntax()).isEqualTo(syntax);
        return record.data().toByteArray();
    }

    private static String yazMarcdumpToXml(byte[] iso2709) throws Exception {
        Path file = Files.createTempFile("rec", ".mrc");
        try {
            Files.write(file, iso2709);
            Process p = new ProcessBuilder("yaz-marcdump", "-i", "marc", "-o", "marcxml", file.toString()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            Files.delete(file);
        }
    }

    /** MARCXML without layout and the collection wrapper yaz-marcdump adds. */
    private static String normalise(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("</?collection[^>]*>", "").replaceAll("<\\?xml[^>]*>", "")
                .replace(" xmlns=\"http://www.loc.gov/MARC21/slim\"", "").trim();
    }
}
