package org.unigate.z3950.client;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unigate.ber.Oid;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Iso2709Writer;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.TermInfo;

/**
 * A target's standard answers over a fixed list of ISO 2709 records: every search finds them
 * all (or none, for the term {@code nothing}), piggybacks by the request's set bounds, keeps
 * result sets per connection by name, and presents slices; a scan lists {@code scanTerms}.
 * Init selects {@code charset} (records converted to it when it is UTF-8), or negotiates
 * nothing when it is null.
 */
final class FakeCatalogue {

    private final List<byte[]> records;
    private final String charset;
    private final List<String> scanTerms;
    private final Map<Integer, Map<String, Integer>> resultSets = new ConcurrentHashMap<>();

    FakeCatalogue(List<byte[]> records, String charset, List<String> scanTerms) {
        this.records = List.copyOf(records);
        this.charset = charset;
        this.scanTerms = List.copyOf(scanTerms);
    }

    /** {@code n} small UTF-8 records with 001 {@code rec1..recN} and 245 "Title i". */
    static FakeCatalogue numbered(int n) {
        List<byte[]> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(record("rec" + i, "Title " + i));
        }
        return new FakeCatalogue(list, "UTF-8", List.of("alpha", "beta", "gamma"));
    }

    static byte[] record(String id, String title) {
        return Iso2709Writer.write(new MarcRecord("00000nam a2200000 a 4500", List.of(
                new ControlField("001", id),
                new DataField("245", '1', '0', List.of(new Subfield('a', title))))));
    }

    Apdu answer(Apdu request, int connection) {
        if (request instanceof InitializeRequest) {
            return new InitializeResponse(null, EnumSet.allOf(ProtocolVersion.class),
                    EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.SCAN, InitOption.NAMED_RESULT_SETS),
                    1 << 20, 1 << 20, true, "fake", "Fake member", "1", null,
                    charset == null ? null : new CharsetResponse(CharacterSet.named(charset), null, "UTF-8".equals(charset)),
                    List.of());
        }
        if (request instanceof SearchRequest search) {
            return search(search, connection);
        }
        if (request instanceof PresentRequest present) {
            return present(present, connection);
        }
        if (request instanceof ScanRequest) {
            List<org.unigate.z3950.ScanEntry> entries = new ArrayList<>();
            for (int i = 0; i < scanTerms.size(); i++) {
                entries.add(TermInfo.of(scanTerms.get(i), null, i + 1));
            }
            return ScanResponse.of(null, ScanResponse.Status.SUCCESS, 1, entries);
        }
        throw new IllegalArgumentException("no standard answer to " + request);
    }

    private Apdu search(SearchRequest search, int connection) {
        String term = search.query() instanceof org.unigate.z3950.Z3950Query.Rpn rpn
                && rpn.query().root() instanceof org.unigate.rpn.AttributesPlusTerm t ? t.term().value() : "";
        int hits = term.equals("nothing") ? 0 : records.size();
        resultSets.computeIfAbsent(connection, c -> new ConcurrentHashMap<>()).put(search.resultSetName(), hits);
        int piggyback = hits <= search.smallSetUpperBound() ? hits
                : hits < search.largeSetLowerBound() ? Math.min(hits, search.mediumSetPresentNumber()) : 0;
        Records piggybacked = piggyback == 0 ? null : new Records.ResponseRecords(slice(0, piggyback, search.preferredRecordSyntax()));
        return new SearchResponse(null, hits, piggyback, piggyback + 1, true, null,
                piggyback == 0 ? null : PresentStatus.SUCCESS, piggybacked, List.of(), List.of());
    }

    private Apdu present(PresentRequest present, int connection) {
        Integer hits = resultSets.getOrDefault(connection, Map.of()).get(present.resultSetId());
        if (hits == null) {
            return failedPresent(DefaultDiagFormat.bib1(30, present.resultSetId()));
        }
        int from = present.resultSetStartPoint() - 1;
        if (from < 0 || from >= hits) {
            return failedPresent(DefaultDiagFormat.bib1(13, Integer.toString(from + 1)));
        }
        int to = Math.min(hits, from + present.numberOfRecordsRequested());
        return PresentResponse.of(null, from + 1, slice(from, to, present.preferredRecordSyntax()));
    }

    static PresentResponse failedPresent(DefaultDiagFormat diagnostic) {
        return new PresentResponse(null, 0, 0, PresentStatus.FAILURE, new Records.NonSurrogateDiagnostic(diagnostic), List.of());
    }

    private List<NamePlusRecord> slice(int from, int to, Oid syntax) {
        List<NamePlusRecord> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new NamePlusRecord("fake", new RetrievalRecord.Encoded(syntax == null ? RecordSyntax.USMARC : syntax,
                    org.unigate.ber.Octets.wrap(records.get(i)))));
        }
        return out;
    }
}
