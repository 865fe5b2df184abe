package org.unigate.testbed.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.HoldingsAndCirc;
import org.unigate.z3950.IdAuthentication;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SurrogateDiagnostic;
import org.unigate.z3950.TermInfo;
import org.unigate.z3950.Z3950Query;

/** Valid APDUs of every kind the codec models, the starting points for mutation. */
final class FuzzSeeds {

    private FuzzSeeds() {
    }

    static List<Apdu> all() {
        byte[] marc = "00057nam a2200037 a 4500245001200000\u001e10\u001faTitle\u001e\u001d".getBytes(StandardCharsets.US_ASCII);
        Octets ref = Octets.utf8("r1");
        RpnQuery query = new RpnQuery(AttributeSet.BIB1, RpnOperation.of(RpnOperation.Operator.AND,
                new RpnOperation(RpnOperation.Operator.PROX,
                        new AttributesPlusTerm(List.of(Attribute.of(1, 4), Attribute.of(5, 1)), Term.of("数据")),
                        new AttributesPlusTerm(List.of(new Attribute(AttributeSet.EXP1, 1, new AttributeValue.Text("title"))),
                                new Term("7", Term.Type.NUMERIC)), Proximity.words(2, true)),
                RpnOperation.of(RpnOperation.Operator.AND_NOT, new ResultSetId("s0"),
                        new AttributesPlusTerm(List.of(), new Term("1.2.3", Term.Type.OID)))));
        List<OtherInfo> other = List.of(OtherInfo.of(new OtherInfo.CharacterInfo("x")),
                OtherInfo.of(new OtherInfo.ExternallyDefinedInfo(External.octetAligned(Oid.of("1.2.3"), Octets.utf8("e")))));
        return List.of(
                new InitializeRequest(ref, EnumSet.allOf(ProtocolVersion.class), EnumSet.allOf(InitOption.class), 65536, 65536,
                        new IdAuthentication.IdPass("g", "u", "p"), "81", "YAZ", "5", null,
                        new CharsetProposal(List.of(CharacterSet.utf8(), CharacterSet.named("ISO-8859-1")), List.of("eng"), true),
                        other),
                new InitializeResponse(ref, EnumSet.allOf(ProtocolVersion.class), EnumSet.of(InitOption.SEARCH), 65536, 65536,
                        true, "UG", "Unigate", "1", null, new CharsetResponse(CharacterSet.utf8(), null, true), List.of()),
                new SearchRequest(ref, 0, 1, 0, true, "s1", List.of("lib1", "lib2"), null, null, RecordSyntax.USMARC,
                        Z3950Query.Rpn.of(query), List.of(), other),
                SearchRequest.of("s2", List.of("Default"), new Z3950Query.Cql("dc.title = cat")),
                SearchResponse.failure(ref, DefaultDiagFormat.bib1(109, "Nodb")),
                PresentRequest.of("s1", 1, 10, RecordSyntax.XML, "F"),
                PresentResponse.of(ref, 1, List.of(
                        new NamePlusRecord("lib1", RetrievalRecord.Encoded.usmarc(marc)),
                        new NamePlusRecord(null, RetrievalRecord.Encoded.xml("<record/>")),
                        new NamePlusRecord("lib2", new RetrievalRecord.Sutrs("title: x\n")),
                        new NamePlusRecord("lib2", new OpacRecord(RetrievalRecord.Encoded.usmarc(marc), List.of(
                                HoldingsAndCirc.at("MiU", "Main", "QA1", List.of(new HoldingsAndCirc.CircRecord(
                                        true, null, null, null, "123", false, false, null, null, null)))))),
                        new NamePlusRecord("lib3", new SurrogateDiagnostic(DefaultDiagFormat.bib1(14, ""))))),
                new ScanRequest(ref, List.of("lib1"), AttributeSet.BIB1,
                        new AttributesPlusTerm(List.of(Attribute.of(1, 4)), Term.of("comp")), 0, 20, 1, List.of()),
                ScanResponse.of(ref, ScanResponse.Status.SUCCESS, 1, List.of(TermInfo.of("computer", "Computer", 12),
                        new SurrogateDiagnostic(DefaultDiagFormat.bib1(233, "")))),
                new SortRequest(ref, List.of("s1"), "s3", List.of(SortKeySpec.byUse(4, SortKeySpec.Relation.DESCENDING)),
                        List.of()),
                new DeleteResultSetRequest(ref, DeleteResultSetRequest.Function.LIST, List.of("s1", "s2"), List.of()),
                Close.of(CloseReason.PROTOCOL_ERROR, "bad PDU"));
    }
}
