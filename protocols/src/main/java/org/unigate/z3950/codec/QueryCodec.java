package org.unigate.z3950.codec;

import org.unigate.ber.BerException;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.ber.TagClass;
import org.unigate.z3950.Z3950Query;

/**
 * Query {@code CHOICE { type-0 [0] ANY, type-1 [1] IMPLICIT RPNQuery, type-2 [2] OCTET STRING,
 * type-100 [100] OCTET STRING, type-101 [101] IMPLICIT RPNQuery, type-102 [102] OCTET STRING,
 * type-104 [104] IMPLICIT EXTERNAL }}, read whole first so that a query the model cannot hold
 * still decodes, as {@link Z3950Query.Unsupported}. Lenient: CQL is accepted octet-aligned as
 * well as in the single-ASN1-type encoding YAZ uses.
 */
final class QueryCodec {

    static final Oid CQL = Oid.of("1.2.840.10003.16.2");
    private static final BerTag TYPE_1 = BerTag.contextConstructed(1).named("type-1");
    private static final BerTag TYPE_2 = BerTag.contextConstructed(2).named("type-2");
    private static final BerTag TYPE_101 = BerTag.contextConstructed(101).named("type-101");
    private static final BerTag TYPE_104 = BerTag.contextConstructed(104).named("type-104");

    private QueryCodec() {
    }

    /**
     * Reads the Query element (the CHOICE itself, inside {@code query [21]}). A query the model
     * cannot hold is read again from its start, as raw bytes.
     */
    static Z3950Query read(BerReader in) {
        BerTag tag = in.peekTag();
        if (tag.tagClass() != TagClass.CONTEXT) {
            throw in.unexpected("Query");
        }
        BerReader.Mark start = in.mark();
        try {
            return switch (tag.number()) {
                case 1 -> new Z3950Query.Rpn(RpnCodec.readQuery(in, TYPE_1), false);
                case 101 -> new Z3950Query.Rpn(RpnCodec.readQuery(in, TYPE_101), true);
                case 2 -> readCcl(in);
                case 104 -> readType104(in);
                case 0, 100, 102 -> new Z3950Query.Unsupported(tag.number(), Octets.wrap(in.readElement()), null);
                default -> throw new BerException(BerException.Problem.UNEXPECTED_ELEMENT, "unknown query type " + tag);
            };
        } catch (UnsupportedFeatureException e) {
            in.reset(start);
            return new Z3950Query.Unsupported(tag.number(), Octets.wrap(in.readElement()), e.getMessage());
        }
    }

    static void write(BerWriter out, Z3950Query query) {
        if (query instanceof Z3950Query.Rpn rpn) {
            RpnCodec.writeQuery(out, rpn.type101() ? TYPE_101 : TYPE_1, rpn.query());
        } else if (query instanceof Z3950Query.Ccl ccl) {
            out.begin(TYPE_2).writeString(BerTag.OCTET_STRING, ccl.text()).end();
        } else if (query instanceof Z3950Query.Cql cql) {
            ExternalCodec.beginSingle(out, TYPE_104, CQL);
            out.writeString(BerTag.GENERAL_STRING, cql.cql());
            ExternalCodec.endSingle(out);
        } else {
            out.writeElement(((Z3950Query.Unsupported) query).element());
        }
    }

    private static Z3950Query readCcl(BerReader in) {
        in.enter(TYPE_2);
        String text = in.readString(BerTag.OCTET_STRING);
        in.leave();
        return new Z3950Query.Ccl(text);
    }

    private static Z3950Query readType104(BerReader in) {
        External external = ExternalCodec.read(in, TYPE_104);
        if (!CQL.equals(external.directReference())) {
            throw new UnsupportedFeatureException("type-104 syntax " + external.directReference());
        }
        if (external.encoding() instanceof External.OctetAligned o) {
            return new Z3950Query.Cql(o.data().text());
        }
        if (external.encoding() instanceof External.SingleAsn1Type s) {
            BerReader value = in.nested(s.element().toByteArray());
            if (value.nextIs(BerTag.GENERAL_STRING) || value.nextIs(BerTag.VISIBLE_STRING) || value.nextIs(BerTag.OCTET_STRING)) {
                return new Z3950Query.Cql(value.readString(value.peekTag()));
            }
        }
        throw new BerException(BerException.Problem.INVALID_VALUE, "CQL query that is not a string");
    }
}
