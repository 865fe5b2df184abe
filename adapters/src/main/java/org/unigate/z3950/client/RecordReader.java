package org.unigate.z3950.client;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.marc.MarcDecoder;
import org.unigate.marc.MarcEncoding;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.RecordProblem;
import org.unigate.member.MemberRecord;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SurrogateDiagnostic;

/**
 * Turns the records of a search or present response into {@link MemberRecord}s: ISO 2709 through
 * {@link MarcDecoder}, MARCXML through {@link MarcFiles}, OPAC by its bibliographic record.
 * ISO 2709 is read in the encoding the member is configured for (records converted by charset
 * negotiation to UTF-8 or ISO-8859-1 excepted); when leader/09 claims otherwise, leader/09 checked
 * against the data decides and the disagreement is recorded as a problem on the record.
 * A record that cannot be read at all becomes a diagnostic in its place; the rest are kept.
 */
final class RecordReader {

    private final String memberId;
    private final boolean marc8Member;

    RecordReader(String memberId, boolean marc8Member) {
        this.memberId = memberId;
        this.marc8Member = marc8Member;
    }

    void read(NamePlusRecord entry, Negotiated negotiated, Page page) {
        if (entry.content() instanceof SurrogateDiagnostic s) {
            page.surrogate(Bib1.diagnostic(s.diagnostic(), memberId));
            return;
        }
        RetrievalRecord record = (RetrievalRecord) entry.content();
        if (record instanceof OpacRecord opac && opac.bibliographicRecord() != null) {
            record = opac.bibliographicRecord();
        }
        try {
            MarcRecord marc = decode(record, negotiated);
            Optional<RecordProblem> unreadable = marc.problems().stream()
                    .filter(p -> p.kind() == RecordProblem.Kind.UNREADABLE).findFirst();
            if (unreadable.isPresent() || marc.fields().isEmpty()) {
                page.surrogate(unusable("record " + (page.positions() + 1) + " is unreadable: "
                        + unreadable.map(RecordProblem::message).orElse("no fields")));
            } else {
                page.add(new MemberRecord(memberId, null, marc));
            }
        } catch (UnsupportedSyntax e) {
            page.surrogate(new Diagnostic(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA, e.getMessage(), memberId));
        }
    }

    private MarcRecord decode(RetrievalRecord record, Negotiated negotiated) {
        if (!(record instanceof RetrievalRecord.Encoded encoded)) {
            throw new UnsupportedSyntax(record.syntax());
        }
        byte[] data = encoded.data().toByteArray();
        if (RecordSyntax.USMARC.equals(encoded.syntax())) {
            return iso2709(data, negotiated);
        }
        if (RecordSyntax.XML.equals(encoded.syntax()) || RecordSyntax.APPLICATION_XML.equals(encoded.syntax())) {
            try (Stream<MarcRecord> records = MarcFiles.stream(new ByteArrayInputStream(data))) {
                return records.findFirst().orElseGet(() -> new MarcRecord("", List.of(),
                        List.of(new RecordProblem(RecordProblem.Kind.UNREADABLE, "XML", "no MARCXML record in the XML"))));
            }
        }
        throw new UnsupportedSyntax(encoded.syntax());
    }

    private MarcRecord iso2709(byte[] data, Negotiated negotiated) {
        if (negotiated.recordsInCharset() && "ISO-8859-1".equalsIgnoreCase(negotiated.charset())) {
            return MarcDecoder.decode(data, MarcEncoding.LATIN_1);
        }
        MarcEncoding expected = negotiated.utf8Records() || !marc8Member ? MarcEncoding.UTF_8 : MarcEncoding.MARC_8;
        char leader09 = data.length > 9 ? (char) (data[9] & 0xFF) : '?';
        MarcEncoding claimed = leader09 == 'a' ? MarcEncoding.UTF_8 : leader09 == ' ' ? MarcEncoding.MARC_8 : null;
        if (claimed == expected) {
            return MarcDecoder.decode(data, expected);
        }
        MarcRecord record = MarcDecoder.decode(data, MarcEncoding.AUTO);
        List<RecordProblem> problems = new ArrayList<>(record.problems());
        problems.add(new RecordProblem(RecordProblem.Kind.ENCODING, "leader/09", "member " + memberId + " sends "
                + (expected == MarcEncoding.UTF_8 ? "UTF-8" : "MARC-8") + " but leader/09 is '" + leader09
                + "'; read by leader/09 checked against the data"));
        return record.withProblems(problems);
    }

    private Diagnostic unusable(String details) {
        return new Diagnostic(Condition.MEMBER_ERROR, details, memberId);
    }

    private static final class UnsupportedSyntax extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedSyntax(org.unigate.ber.Oid syntax) {
            super("record syntax " + (syntax == null ? "unknown" : RecordSyntax.nameOf(syntax)) + " is not MARC");
        }
    }
}
