package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerException;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SurrogateDiagnostic;

/**
 * Records {@code CHOICE { responseRecords [28], nonSurrogateDiagnostic [130],
 * multipleNonSurDiagnostics [205] }} and NamePlusRecord. A retrieval record's EXTERNAL becomes
 * a typed {@link RetrievalRecord} by its OID. Lenient: SUTRS sent octet-aligned (some servers
 * do) is still read as SUTRS. Fragments need segmentation, which Unigate never negotiates.
 */
final class RecordsCodec {

    private static final BerTag RESPONSE_RECORDS = BerTag.contextConstructed(28).named("responseRecords");
    private static final BerTag NON_SURROGATE = BerTag.contextConstructed(130).named("nonSurrogateDiagnostic");
    private static final BerTag MULTIPLE = BerTag.contextConstructed(205).named("multipleNonSurDiagnostics");
    private static final BerTag NAME = BerTag.context(0).named("name");
    private static final BerTag RECORD = BerTag.contextConstructed(1).named("record");
    private static final BerTag RETRIEVAL = BerTag.contextConstructed(1).named("retrievalRecord");
    private static final BerTag SURROGATE = BerTag.contextConstructed(2).named("surrogateDiagnostic");

    private RecordsCodec() {
    }

    static boolean nextIsRecords(BerReader in) {
        return in.nextIs(RESPONSE_RECORDS) || in.nextIs(NON_SURROGATE) || in.nextIs(MULTIPLE);
    }

    static Records read(BerReader in) {
        if (in.nextIs(NON_SURROGATE)) {
            return new Records.NonSurrogateDiagnostic(DiagCodec.readDefault(in, NON_SURROGATE));
        }
        if (in.nextIs(MULTIPLE)) {
            return new Records.MultipleNonSurrogateDiagnostics(DiagCodec.readDiagRecs(in, MULTIPLE));
        }
        List<NamePlusRecord> records = new ArrayList<>();
        in.enter(RESPONSE_RECORDS);
        while (in.hasNext()) {
            records.add(readNamePlusRecord(in));
        }
        in.leave();
        return new Records.ResponseRecords(records);
    }

    static void write(BerWriter out, Records records) {
        if (records instanceof Records.NonSurrogateDiagnostic d) {
            DiagCodec.writeDefault(out, NON_SURROGATE, d.diagnostic());
        } else if (records instanceof Records.MultipleNonSurrogateDiagnostics m) {
            DiagCodec.writeDiagRecs(out, MULTIPLE, m.diagnostics());
        } else if (records instanceof Records.ResponseRecords r) {
            int size = 0;
            for (NamePlusRecord record : r.records()) {
                int one = encodedSize(record);
                size = one < 0 || size < 0 ? -1 : size + one;
            }
            if (size >= 0) {
                out.begin(RESPONSE_RECORDS, size);
            } else {
                out.begin(RESPONSE_RECORDS);
            }
            for (NamePlusRecord record : r.records()) {
                writeNamePlusRecord(out, record);
            }
            out.end();
        }
    }

    private static NamePlusRecord readNamePlusRecord(BerReader in) {
        in.enter(BerTag.SEQUENCE);
        String name = Fields.optionalString(in, NAME);
        in.enter(RECORD);
        NamePlusRecord.Content content;
        if (in.nextIs(RETRIEVAL)) {
            in.enter(RETRIEVAL);
            content = fromExternal(in, ExternalCodec.read(in));
            in.leave();
        } else if (in.nextIs(SURROGATE)) {
            in.enter(SURROGATE);
            content = new SurrogateDiagnostic(DiagCodec.readDiagRec(in));
            in.leave();
        } else if (in.hasNext()) {
            throw new BerException(BerException.Problem.UNEXPECTED_ELEMENT,
                    "record fragment " + in.peekTag() + " without negotiated segmentation");
        } else {
            throw in.unexpected("NamePlusRecord");
        }
        in.leave();
        in.leave();
        return new NamePlusRecord(name, content);
    }

    /** Content lengths of a NamePlusRecord holding octet-aligned data, outermost last. */
    private record Sizes(int external, int retrieval, int record, int sequence) {
        static Sizes of(NamePlusRecord npr, RetrievalRecord.Encoded e) {
            int external = BerWriter.sizeOf(BerTag.OBJECT_IDENTIFIER, e.syntax())
                    + BerWriter.sizeOf(ExternalCodec.OCTET_ALIGNED, e.data().length());
            int retrieval = BerWriter.sizeOf(BerTag.EXTERNAL, external);
            int record = BerWriter.sizeOf(RETRIEVAL, retrieval);
            int sequence = BerWriter.sizeOf(RECORD, record)
                    + (npr.databaseName() == null ? 0 : BerWriter.sizeOf(NAME, npr.databaseName()));
            return new Sizes(external, retrieval, record, sequence);
        }
    }

    /**
     * The encoded size of a NamePlusRecord holding octet-aligned data, computed so that large
     * records are written without moving them; -1 for other contents.
     */
    private static int encodedSize(NamePlusRecord record) {
        return record.content() instanceof RetrievalRecord.Encoded e
                ? BerWriter.sizeOf(BerTag.SEQUENCE, Sizes.of(record, e).sequence()) : -1;
    }

    private static void writeNamePlusRecord(BerWriter out, NamePlusRecord record) {
        if (record.content() instanceof RetrievalRecord.Encoded e) {
            writeSized(out, record, e);
            return;
        }
        out.begin(BerTag.SEQUENCE);
        Fields.writeString(out, NAME, record.databaseName());
        out.begin(RECORD);
        if (record.content() instanceof SurrogateDiagnostic d) {
            out.begin(SURROGATE);
            DiagCodec.writeDiagRec(out, d.diagnostic());
        } else {
            out.begin(RETRIEVAL);
            writeRetrievalRecord(out, BerTag.EXTERNAL, (RetrievalRecord) record.content());
        }
        out.end().end().end();
    }

    /** Writes a NamePlusRecord of octet-aligned data with every length known up front. */
    private static void writeSized(BerWriter out, NamePlusRecord record, RetrievalRecord.Encoded e) {
        Sizes sizes = Sizes.of(record, e);
        out.begin(BerTag.SEQUENCE, sizes.sequence());
        Fields.writeString(out, NAME, record.databaseName());
        out.begin(RECORD, sizes.record()).begin(RETRIEVAL, sizes.retrieval()).begin(BerTag.EXTERNAL, sizes.external())
                .writeOid(BerTag.OBJECT_IDENTIFIER, e.syntax())
                .writeOctets(ExternalCodec.OCTET_ALIGNED, e.data());
        out.end().end().end().end();
    }

    /** Types an EXTERNAL by its record syntax; {@code in} only lends its limits to nested values. */
    static RetrievalRecord fromExternal(BerReader in, External external) {
        External.Encoding encoding = external.encoding();
        boolean sutrs = RecordSyntax.SUTRS.equals(external.directReference());
        if (encoding instanceof External.OctetAligned o && external.directReference() != null) {
            return sutrs ? new RetrievalRecord.Sutrs(o.data().text()) : new RetrievalRecord.Encoded(external.directReference(), o.data());
        }
        if (encoding instanceof External.SingleAsn1Type s) {
            if (sutrs) {
                BerReader value = in.nested(s.element().toByteArray());
                for (BerTag text : new BerTag[] {BerTag.GENERAL_STRING, BerTag.VISIBLE_STRING, BerTag.OCTET_STRING}) {
                    if (value.nextIs(text)) {
                        return new RetrievalRecord.Sutrs(value.readString(text));
                    }
                }
            }
            if (RecordSyntax.OPAC.equals(external.directReference())) {
                return OpacCodec.read(in.nested(s.element().toByteArray()));
            }
        }
        return new RetrievalRecord.Other(external);
    }

    /** Writes a retrieval record as an EXTERNAL under {@code tag}. */
    static void writeRetrievalRecord(BerWriter out, BerTag tag, RetrievalRecord record) {
        if (record instanceof RetrievalRecord.Encoded e) {
            ExternalCodec.writeOctetAligned(out, tag, e.syntax(), e.data());
        } else if (record instanceof RetrievalRecord.Sutrs s) {
            ExternalCodec.beginSingle(out, tag, RecordSyntax.SUTRS);
            out.writeString(BerTag.GENERAL_STRING, s.text());
            ExternalCodec.endSingle(out);
        } else if (record instanceof OpacRecord opac) {
            ExternalCodec.beginSingle(out, tag, RecordSyntax.OPAC);
            OpacCodec.write(out, opac);
            ExternalCodec.endSingle(out);
        } else {
            ExternalCodec.write(out, tag, ((RetrievalRecord.Other) record).external());
        }
    }
}
