package org.unigate.z3950.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.unigate.ber.Octets;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
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
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.ScanEntry;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.TermInfo;
import org.unigate.z3950.Z3950Query;
import org.unigate.z3950.testing.Z3950TestServer;

/**
 * yaz-client against a small server built on the codec: what the decoder received must be what
 * yaz-client was told to send, and yaz-client must accept and show every answer.
 */
class YazClientInteropTest {

    private static final String TITLE_880 = "久保栄 「火山灰地」 を読む";

    @Test
    void yazClientSessionIsDecodedAndItsAnswersAccepted() throws Exception {
        ExternalTools.require("yaz-client");
        byte[] marc = corpusRecord("blacklight-marc.mrc", 3);
        try (Z3950TestServer server = new Z3950TestServer(apdu -> answer(apdu, marc))) {
            String output = runYazClient(server.port(), String.join("\n",
                    "charset UTF-8",
                    "open tcp:127.0.0.1:" + server.port() + "/lib1",
                    "find @and @attr 1=4 \"数据库 系统\" @attr 1=1003 knuth",
                    "show 1",
                    "format xml",
                    "show 1",
                    "format sutrs",
                    "show 1",
                    "format opac",
                    "show 1",
                    "scan @attr 1=4 comp",
                    "close",
                    "quit", ""));

            List<Apdu> received = server.received();
            InitializeRequest init = (InitializeRequest) received.get(0);
            assertThat(init.implementationName()).isEqualTo("YAZ");
            assertThat(init.charsetProposal().offers("UTF-8")).isTrue();
            SearchRequest search = (SearchRequest) received.get(1);
            assertThat(search.databaseNames()).containsExactly("lib1");
            assertThat(search.query()).isEqualTo(Z3950Query.Rpn.of(new RpnQuery(AttributeSet.BIB1, RpnOperation.of(
                    RpnOperation.Operator.AND,
                    new AttributesPlusTerm(List.of(Attribute.of(1, 4)), Term.of("数据库 系统")),
                    new AttributesPlusTerm(List.of(Attribute.of(1, 1003)), Term.of("knuth"))))));
            assertThat(received).filteredOn(PresentRequest.class::isInstance)
                    .extracting(a -> ((PresentRequest) a).preferredRecordSyntax())
                    .containsExactly(RecordSyntax.USMARC, RecordSyntax.XML, RecordSyntax.SUTRS, RecordSyntax.OPAC);
            ScanRequest scan = (ScanRequest) received.stream().filter(ScanRequest.class::isInstance).findFirst().orElseThrow();
            assertThat(scan.termListAndStartPoint()).isEqualTo(new AttributesPlusTerm(List.of(Attribute.of(1, 4)), Term.of("comp")));
            assertThat(received.get(received.size() - 1)).isInstanceOf(Close.class);
            assertThat(server.failures()).isEmpty();
            assertReencodesByteForByte(server.frames(), received);

            assertThat(output).contains("Accepted character set : UTF-8");
            assertThat(output).contains("Number of hits: 3");
            assertThat(output).contains("245 10 $6 880-02 $a Kubo Sakae");
            assertThat(output).contains(TITLE_880);
            assertThat(output).contains("<subfield code=\"a\">" + TITLE_880 + "</subfield>");
            assertThat(output).contains("Accepted records in ...: 1");
            // yaz-client shows SUTRS bytes outside ASCII as \XHH escapes.
            assertThat(output).contains("Title: " + yazEscaped(TITLE_880));
            assertThat(output).contains("callNumber: PL837.U2 Z94 1997").contains("itemId: 39015041234567")
                    .contains("availableNow: 1").contains("renewable: 1").contains("onHold: 0");
            assertThat(output).contains("computer (12)").contains("計算機 (2)");
            assertThat(output).contains("Target has closed the association");
        }
    }

    /** Every request re-encodes to exactly YAZ's bytes: the encoder writes what YAZ writes. */
    private static void assertReencodesByteForByte(List<byte[]> frames, List<Apdu> received) {
        assertThat(frames).hasSameSizeAs(received);
        for (int i = 0; i < frames.size(); i++) {
            Apdu apdu = received.get(i);
            assertThat(ApduCodec.decode(frames.get(i), org.unigate.ber.BerLimits.REQUESTS)).isEqualTo(apdu);
            assertThat(HexFormat.of().formatHex(ApduCodec.encode(apdu)))
                    .as(apdu.getClass().getSimpleName()).isEqualTo(HexFormat.of().formatHex(frames.get(i)));
        }
    }

    private static Apdu answer(Apdu apdu, byte[] marc) {
        if (apdu instanceof InitializeRequest init) {
            CharsetResponse charset = init.charsetProposal() != null && init.charsetProposal().offers("UTF-8")
                    ? CharsetResponse.accept(CharacterSet.utf8(), init.charsetProposal()) : null;
            return new InitializeResponse(init.referenceId(), EnumSet.allOf(ProtocolVersion.class),
                    EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.SCAN, InitOption.SORT,
                            InitOption.NAMED_RESULT_SETS, InitOption.NEGOTIATION_MODEL),
                    init.preferredMessageSize(), init.exceptionalRecordSize(), true, "UG", "Unigate test server", "0.1",
                    null, charset, List.of());
        } else if (apdu instanceof SearchRequest search) {
            return SearchResponse.success(search.referenceId(), 3);
        } else if (apdu instanceof PresentRequest present) {
            return PresentResponse.of(present.referenceId(), present.resultSetStartPoint(),
                    List.of(new NamePlusRecord("lib1", record(present.requestedSyntax(), marc))));
        } else if (apdu instanceof ScanRequest scan) {
            List<ScanEntry> terms = List.of(TermInfo.of("computer", null, 12), TermInfo.of("computing", null, 5),
                    TermInfo.of("計算機", null, 2));
            return ScanResponse.of(scan.referenceId(), ScanResponse.Status.SUCCESS, 1, terms);
        } else if (apdu instanceof Close close) {
            return new Close(close.referenceId(), CloseReason.FINISHED, "bye", null, null, List.of());
        }
        return Close.of(CloseReason.PROTOCOL_ERROR, "unexpected " + apdu.getClass().getSimpleName());
    }

    private static RetrievalRecord record(org.unigate.ber.Oid syntax, byte[] marc) {
        if (RecordSyntax.XML.equals(syntax)) {
            return RetrievalRecord.Encoded.xml("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                    + "<datafield tag=\"880\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">" + TITLE_880 + "</subfield></datafield></record>");
        } else if (RecordSyntax.SUTRS.equals(syntax)) {
            return new RetrievalRecord.Sutrs("Title: " + TITLE_880 + "\nAuthor: 吉田一\n");
        } else if (RecordSyntax.OPAC.equals(syntax)) {
            return new OpacRecord(new RetrievalRecord.Encoded(RecordSyntax.USMARC, Octets.wrap(marc)), List.of(
                    HoldingsAndCirc.at("MiU", "Asia Library", "PL837.U2 Z94 1997", List.of(new HoldingsAndCirc.CircRecord(
                            true, null, null, null, "39015041234567", true, false, null, null, null)))));
        }
        return new RetrievalRecord.Encoded(RecordSyntax.USMARC, Octets.wrap(marc));
    }

    private static String yazEscaped(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            sb.append(b >= 0x20 ? String.valueOf((char) b) : String.format("\\X%02X", b & 0xff));
        }
        return sb.toString();
    }

    /** The record at {@code index} of an ISO 2709 file, as it is in the file. */
    static byte[] corpusRecord(String file, int index) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.corpusFile(file));
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += Integer.parseInt(new String(all, start, 5, StandardCharsets.US_ASCII));
        }
        int length = Integer.parseInt(new String(all, start, 5, StandardCharsets.US_ASCII));
        return Arrays.copyOfRange(all, start, start + length);
    }

    private static String runYazClient(int port, String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile("yaz-client", ".out");
        try {
            List<String> command = new ArrayList<>(List.of("yaz-client", "-t", "UTF-8"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.delete(out);
        }
    }
}
