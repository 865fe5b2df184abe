package org.unigate.z3950.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.unigate.ber.Octets;
import org.unigate.union.UnionRecord;
import org.unigate.marc.Iso2709Writer;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcTextWriter;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;

/**
 * A union record in the syntax and element set asked for: ISO 2709 for USMARC, MARCXML for XML,
 * the yaz-marcdump line format for SUTRS, and for OPAC the ISO 2709 record plus holdings from
 * every member that has the work. All of it is UTF-8, and says so in leader/09.
 */
final class RecordRenderer {

    private final Function<String, String> memberNames;

    RecordRenderer(Function<String, String> memberNames) {
        this.memberNames = memberNames;
    }

    RetrievalRecord render(UnionRecord union, RecordSpec spec) {
        MarcRecord record = utf8(spec.elements() == RecordSpec.ElementSet.BRIEF
                ? BriefRecord.of(union.record()) : union.record());
        if (spec.syntax().equals(RecordSyntax.XML) || spec.syntax().equals(RecordSyntax.APPLICATION_XML)) {
            return new RetrievalRecord.Encoded(spec.syntax(), Octets.utf8(MarcXmlWriter.toXml(record)));
        }
        if (spec.syntax().equals(RecordSyntax.SUTRS)) {
            return new RetrievalRecord.Sutrs(MarcTextWriter.toText(record));
        }
        RetrievalRecord.Encoded marc = RetrievalRecord.Encoded.usmarc(Iso2709Writer.write(record));
        if (spec.syntax().equals(RecordSyntax.OPAC)) {
            return new OpacRecord(marc, OpacHoldings.of(union, memberNames));
        }
        return marc;
    }

    /** About how many bytes the record takes in a response, for message size accounting. */
    static int size(RetrievalRecord record) {
        if (record instanceof RetrievalRecord.Encoded e) {
            return e.data().length();
        }
        if (record instanceof RetrievalRecord.Sutrs s) {
            return s.text().getBytes(StandardCharsets.UTF_8).length;
        }
        if (record instanceof OpacRecord o) {
            return size(o.bibliographicRecord()) + holdingsSize(o.holdingsData());
        }
        return 0;
    }

    private static int holdingsSize(List<OpacRecord.Holdings> holdings) {
        // Each entry is a handful of short strings; 256 bytes covers its tags, lengths and text.
        return holdings.size() * 256;
    }

    /** Leader/09 = a: whatever the member sent, the gateway's records are UTF-8. */
    static MarcRecord utf8(MarcRecord record) {
        String leader = record.leader();
        if (leader.length() > 9 && leader.charAt(9) == 'a') {
            return record;
        }
        StringBuilder fixed = new StringBuilder(leader.length() >= 24 ? leader : String.format("%-24s", leader));
        fixed.setCharAt(9, 'a');
        return new MarcRecord(fixed.toString(), record.fields(), record.problems());
    }
}
