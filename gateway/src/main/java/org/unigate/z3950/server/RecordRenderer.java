package org.unigate.z3950.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.unigate.ber.Octets;
import org.unigate.marc.Iso2709Writer;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcTextWriter;
import org.unigate.records.RecordFormats;
import org.unigate.union.UnionRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;

/**
 * A union record as a {@link Rendition} says: ISO 2709 for USMARC, the yaz-marcdump line format
 * for SUTRS, for OPAC the ISO 2709 record plus holdings from every member that has the work, and
 * for XML and JSON whatever the shared {@link org.unigate.records.RecordFormat} writes, as the
 * SRU and OAI-PMH doors send it. All of it is UTF-8, and the MARC says so in leader/09.
 */
final class RecordRenderer {

    private final Renditions renditions;
    private final Function<String, String> memberNames;

    /**
     * @param memberNames a member's name for OPAC holdings, by its id
     */
    RecordRenderer(RecordFormats formats, Function<String, String> memberNames) {
        this.renditions = new Renditions(formats);
        this.memberNames = memberNames;
    }

    /** What a request's syntax and element set mean, or the Bib-1 failure refusing them. */
    Rendition choose(RecordSpec spec) {
        return renditions.choose(spec);
    }

    RetrievalRecord render(UnionRecord union, Rendition rendition) {
        MarcRecord marc = utf8(rendition.brief() ? BriefRecord.of(union.record()) : union.record());
        if (rendition.syntax().equals(RecordSyntax.SUTRS)) {
            return new RetrievalRecord.Sutrs(MarcTextWriter.toText(marc));
        }
        if (rendition.syntax().equals(RecordSyntax.USMARC)) {
            return RetrievalRecord.Encoded.usmarc(Iso2709Writer.write(marc));
        }
        if (rendition.syntax().equals(RecordSyntax.OPAC)) {
            return new OpacRecord(RetrievalRecord.Encoded.usmarc(Iso2709Writer.write(marc)),
                    OpacHoldings.of(union, memberNames));
        }
        UnionRecord shown = new UnionRecord(union.unionId(), marc, union.heldBy(), union.sources(), union.score());
        // A document of its own ends its last line, as Zebra's do: yaz-client prints what follows right after it.
        return new RetrievalRecord.Encoded(rendition.syntax(), Octets.utf8(rendition.format().text(shown) + "\n"));
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
