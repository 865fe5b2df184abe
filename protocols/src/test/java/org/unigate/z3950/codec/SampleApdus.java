package org.unigate.z3950.codec;

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
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.DeleteSetStatus;
import org.unigate.z3950.DiagRec;
import org.unigate.z3950.ElementSetNames;
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
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.ResultSetStatus;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;
import org.unigate.z3950.Specification;
import org.unigate.z3950.SurrogateDiagnostic;
import org.unigate.z3950.TermInfo;
import org.unigate.z3950.Z3950Query;

/** One APDU of each type with every optional part filled, and a few minimal ones: fuzz seeds too. */
public final class SampleApdus {

    static final Octets REF = Octets.utf8("ref-1");
    static final List<OtherInfo> OTHER = List.of(
            new OtherInfo(new OtherInfo.Category(Oid.of("1.2.3"), 7), new OtherInfo.CharacterInfo("note")),
            OtherInfo.of(new OtherInfo.BinaryInfo(Octets.wrap(new byte[] {1, 2, 3}))),
            OtherInfo.of(new OtherInfo.OidInfo(Oid.of("1.2.840.10003.10.1000.81.1"))),
            OtherInfo.of(new OtherInfo.ExternallyDefinedInfo(External.octetAligned(Oid.of("1.2.9"), Octets.utf8("x")))));

    private SampleApdus() {
    }

    public static RpnQuery richQuery() {
        AttributesPlusTerm title = new AttributesPlusTerm(
                List.of(Attribute.of(1, 4), Attribute.of(2, 3), new Attribute(AttributeSet.EXP1, 5, AttributeValue.of(1))),
                Term.of("数据 库"));
        AttributesPlusTerm any = new AttributesPlusTerm(
                List.of(new Attribute(null, 1, new AttributeValue.Text("title"))), Term.of("ca\\*t"));
        AttributesPlusTerm numeric = new AttributesPlusTerm(List.of(Attribute.of(1, 31)), new Term("1999", Term.Type.NUMERIC));
        AttributesPlusTerm string = new AttributesPlusTerm(List.of(), new Term("knuth", Term.Type.STRING));
        AttributesPlusTerm oid = new AttributesPlusTerm(List.of(), new Term("1.2.3.4", Term.Type.OID));
        AttributesPlusTerm nul = new AttributesPlusTerm(List.of(Attribute.of(1, 1016)), new Term("", Term.Type.NULL));
        RpnOperation prox = new RpnOperation(RpnOperation.Operator.PROX, title, any, new Proximity(true, 3, true, 2, false, 9));
        RpnOperation or = RpnOperation.of(RpnOperation.Operator.OR, numeric, string);
        RpnOperation andNot = RpnOperation.of(RpnOperation.Operator.AND_NOT, oid, new ResultSetId("previous"));
        RpnOperation and = RpnOperation.of(RpnOperation.Operator.AND, prox, RpnOperation.of(RpnOperation.Operator.AND, or, andNot));
        return new RpnQuery(AttributeSet.BIB1, RpnOperation.of(RpnOperation.Operator.OR, and, nul));
    }

    public static InitializeRequest initRequest() {
        return new InitializeRequest(REF, EnumSet.allOf(ProtocolVersion.class),
                EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.SCAN, InitOption.SORT, InitOption.NEGOTIATION_MODEL,
                        InitOption.STRING_SCHEMA),
                1_048_576, 2_097_152, new IdAuthentication.IdPass("grp", "user", "secret"), "81", "YAZ", "5.34.0",
                External.octetAligned(Oid.of("1.2.840.10003.10.3"), Octets.utf8("userinfo")),
                new CharsetProposal(List.of(CharacterSet.utf8(), CharacterSet.named("ISO-8859-1"),
                        new CharacterSet.PrivateOids(List.of(Oid.of("1.2.3"))), new CharacterSet.PreviouslyAgreed()),
                        List.of("eng", "chi"), true),
                OTHER);
    }

    public static InitializeResponse initResponse() {
        return new InitializeResponse(REF, EnumSet.of(ProtocolVersion.V1, ProtocolVersion.V2, ProtocolVersion.V3),
                EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.DELETE_SET, InitOption.NAMED_RESULT_SETS),
                1_048_576, 1_048_576, true, "UG", "Unigate", "0.1", null,
                new CharsetResponse(CharacterSet.utf8(), "eng", true), OTHER);
    }

    public static SearchRequest searchRequest() {
        return new SearchRequest(REF, 5, 10, 3, false, "set-1", List.of("lib1", "图书馆"), ElementSetNames.of("B"),
                new ElementSetNames.DatabaseSpecific(List.of(new ElementSetNames.DatabaseName("lib1", "F"))),
                RecordSyntax.USMARC, new Z3950Query.Rpn(richQuery(), false), OTHER.subList(0, 1), OTHER);
    }

    public static SearchResponse searchResponse() {
        return new SearchResponse(REF, 5_000_000_000L, 1, 2, true, ResultSetStatus.ESTIMATE, PresentStatus.PARTIAL_2,
                new Records.ResponseRecords(List.of(marcRecord("lib1"))), OTHER.subList(1, 2), OTHER);
    }

    public static PresentRequest presentRequest() {
        Specification generic = new Specification(Oid.of("1.2.840.10003.13.1"), null, "F", null);
        Specification uri = new Specification(null, "info:srw/schema/1/marcxml-v1.1", null, null);
        return new PresentRequest(REF, "set-1", 11, 10, List.of(new PresentRequest.Range(50, 5)),
                new RecordComposition.Complex(true, generic, List.of(new RecordComposition.DatabaseSpecification("lib1", uri)),
                        List.of(RecordSyntax.XML, RecordSyntax.USMARC)),
                RecordSyntax.XML, 1, 65536, 4096, OTHER);
    }

    public static PresentResponse presentResponse() {
        byte[] marc = "00026nam a2200025 a 4500\u001e\u001d".getBytes(StandardCharsets.US_ASCII);
        OpacRecord opac = new OpacRecord(RetrievalRecord.Encoded.usmarc(marc), List.of(
                HoldingsAndCirc.at("MiU", "Hatcher Graduate", "QA76 .K5", List.of(
                        new HoldingsAndCirc.CircRecord(true, null, null, null, "39015", false, false, "v.1", null, null))),
                new HoldingsAndCirc("x", "4", "ta", "0", "8", "1", "990101", "MiU", "loc", "shelf", "QA1", "j", "c.2", "note",
                        "repro", "terms", "v.1-3", List.of(new HoldingsAndCirc.Volume("v.1", "1999", null)), List.of()),
                new OpacRecord.MarcHoldings(new RetrievalRecord.Encoded(RecordSyntax.USMARC, Octets.wrap(marc)))));
        return new PresentResponse(REF, 6, 17, PresentStatus.SUCCESS, new Records.ResponseRecords(List.of(
                marcRecord("lib1"),
                new NamePlusRecord(null, RetrievalRecord.Encoded.xml("<record xmlns=\"http://www.loc.gov/MARC21/slim\"/>")),
                new NamePlusRecord("lib2", new RetrievalRecord.Sutrs("Title: 中文\nAuthor: X\n")),
                new NamePlusRecord("lib2", opac),
                new NamePlusRecord("lib3", new RetrievalRecord.Other(External.singleAsn1(RecordSyntax.GRS1, Octets.wrap(new byte[] {0x30, 0})))),
                new NamePlusRecord("lib3", new SurrogateDiagnostic(DefaultDiagFormat.bib1(14, "System error in presenting records"))))),
                OTHER);
    }

    public static ScanRequest scanRequest() {
        return new ScanRequest(REF, List.of("lib1", "lib2"), AttributeSet.BIB1,
                new AttributesPlusTerm(List.of(Attribute.of(1, 4), Attribute.of(5, 1)), Term.of("comp")), 0, 20, 1, OTHER);
    }

    public static ScanResponse scanResponse() {
        TermInfo full = new TermInfo(Term.of("computer"), "Computer", List.of(Attribute.of(1, 4)),
                List.of(new AttributesPlusTerm(List.of(Attribute.of(1, 21)), Term.of("computers"))), 42L,
                Octets.wrap(new byte[] {(byte) 0xa3, 0x00}), OTHER.subList(0, 1));
        return new ScanResponse(REF, 0, ScanResponse.Status.PARTIAL_5, 3, 1,
                new ScanResponse.ListEntries(List.of(full, TermInfo.of("computing", null, 7),
                        new SurrogateDiagnostic(DefaultDiagFormat.bib1(233, "SD for Scan Term"))),
                        List.of(DefaultDiagFormat.bib1(205, ""))),
                AttributeSet.BIB1, OTHER);
    }

    public static SortRequest sortRequest() {
        return new SortRequest(REF, List.of("a", "b"), "sorted", List.of(
                SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING),
                new SortKeySpec(new SortKeySpec.Generic(new SortKeySpec.SortField("title")), SortKeySpec.Relation.DESCENDING,
                        SortKeySpec.CaseSensitivity.CASE_SENSITIVE, new SortKeySpec.MissingValueData(Octets.utf8("zzz"))),
                new SortKeySpec(new SortKeySpec.DatabaseSpecific(List.of(new SortKeySpec.DatabaseSortKey("lib1",
                        new SortKeySpec.ElementSpec(new Specification(null, null, "date", null))))),
                        SortKeySpec.Relation.ASCENDING_BY_FREQUENCY, SortKeySpec.CaseSensitivity.CASE_INSENSITIVE,
                        new SortKeySpec.Abort()),
                new SortKeySpec(new SortKeySpec.Generic(new SortKeySpec.SortField("x")), SortKeySpec.Relation.ASCENDING,
                        SortKeySpec.CaseSensitivity.CASE_INSENSITIVE, new SortKeySpec.NullValue())), OTHER);
    }

    public static SortResponse sortResponse() {
        return new SortResponse(REF, SortResponse.Status.PARTIAL_1, SortResponse.SetStatus.INTERIM,
                List.<DiagRec>of(DefaultDiagFormat.bib1(207, "cannot sort"),
                        new DiagRec.ExternallyDefined(External.octetAligned(Oid.of("1.2.840.10003.4.2"), Octets.utf8("d")))),
                12L, OTHER);
    }

    public static DeleteResultSetRequest deleteRequest() {
        return new DeleteResultSetRequest(REF, DeleteResultSetRequest.Function.LIST, List.of("1", "set-2"), OTHER);
    }

    public static DeleteResultSetResponse deleteResponse() {
        return new DeleteResultSetResponse(REF, DeleteSetStatus.NOT_ALL_REQUESTED_RESULT_SETS_DELETED,
                List.of(new DeleteResultSetResponse.ListStatus("1", DeleteSetStatus.SUCCESS),
                        new DeleteResultSetResponse.ListStatus("set-2", DeleteSetStatus.RESULT_SET_DID_NOT_EXIST)),
                1, List.of(new DeleteResultSetResponse.ListStatus("3", DeleteSetStatus.RESULT_SET_IN_USE)), "partly", OTHER);
    }

    public static Close close() {
        return new Close(REF, CloseReason.LACK_OF_ACTIVITY, "idle for 600 s", Oid.of("1.2.840.10003.7.1"),
                External.octetAligned(Oid.of("1.2.840.10003.7.1"), Octets.utf8("report")), OTHER);
    }

    static NamePlusRecord marcRecord(String db) {
        return new NamePlusRecord(db, RetrievalRecord.Encoded.usmarc(
                "00026nam a2200025 a 4500\u001e\u001d".getBytes(StandardCharsets.US_ASCII)));
    }

    /** Every rich sample plus minimal forms (absent optional parts, other query types). */
    public static List<Apdu> all() {
        return List.of(initRequest(), initResponse(), searchRequest(), searchResponse(), presentRequest(),
                presentResponse(), scanRequest(), scanResponse(), sortRequest(), sortResponse(), deleteRequest(),
                deleteResponse(), close(),
                InitializeRequest.of("Unigate", 65536, null),
                SearchRequest.of("default", List.of("Default"), new Z3950Query.Cql("title = \"数据\"")),
                SearchRequest.of("ccl", List.of("Default"), new Z3950Query.Ccl("ti=cat")),
                new SearchRequest(null, 0, 1, 0, true, "rpn101", List.of("Default"), null, null, null,
                        new Z3950Query.Rpn(new RpnQuery(AttributeSet.GILS, new ResultSetId("x")), true), List.of(), List.of()),
                SearchResponse.success(null, 0),
                SearchResponse.failure(Octets.utf8("r"), DefaultDiagFormat.bib1(109, "Nodb")),
                new SearchResponse(null, 0, 0, 0, false, ResultSetStatus.NONE, null,
                        new Records.MultipleNonSurrogateDiagnostics(List.of(DefaultDiagFormat.bib1(1, "é"))), List.of(), List.of()),
                PresentRequest.of("default", 1, 10, RecordSyntax.USMARC, "F"),
                PresentRequest.of("default", 1, 1, null, null),
                PresentResponse.of(null, 1, List.of(marcRecord(null))),
                new PresentResponse(null, 0, 1, PresentStatus.FAILURE,
                        new Records.NonSurrogateDiagnostic(DefaultDiagFormat.bib1(13, "")), List.of()),
                ScanResponse.of(null, ScanResponse.Status.SUCCESS, 1, List.of()),
                new DeleteResultSetRequest(null, DeleteResultSetRequest.Function.ALL, List.of(), List.of()),
                new DeleteResultSetResponse(null, DeleteSetStatus.SUCCESS, List.of(), null, List.of(), null, List.of()),
                Close.of(CloseReason.FINISHED, null));
    }
}
