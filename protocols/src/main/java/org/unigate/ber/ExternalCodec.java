package org.unigate.ber;

/**
 * Reads and writes EXTERNAL: {@code [UNIVERSAL 8] IMPLICIT SEQUENCE { direct-reference OID
 * OPTIONAL, indirect-reference INTEGER OPTIONAL, data-value-descriptor ObjectDescriptor OPTIONAL,
 * encoding CHOICE { single-ASN1-type [0] ANY, octet-aligned [1] IMPLICIT OCTET STRING,
 * arbitrary [2] IMPLICIT BIT STRING } }}, under its own tag or an implicit one.
 */
public final class ExternalCodec {

    private static final BerTag SINGLE = BerTag.contextConstructed(0).named("single-ASN1-type");
    public static final BerTag OCTET_ALIGNED = BerTag.context(1).named("octet-aligned");
    private static final BerTag ARBITRARY = BerTag.context(2).named("arbitrary");

    private ExternalCodec() {
    }

    public static External read(BerReader in) {
        return read(in, BerTag.EXTERNAL);
    }

    /** Reads an EXTERNAL under {@code tag} (EXTERNAL itself, or an implicit context tag). */
    public static External read(BerReader in, BerTag tag) {
        in.enter(tag);
        Oid direct = in.nextIs(BerTag.OBJECT_IDENTIFIER) ? in.readOid(BerTag.OBJECT_IDENTIFIER) : null;
        Long indirect = in.nextIs(BerTag.INTEGER) ? in.readInteger(BerTag.INTEGER) : null;
        String descriptor = in.nextIs(BerTag.OBJECT_DESCRIPTOR) ? in.readString(BerTag.OBJECT_DESCRIPTOR) : null;
        External.Encoding encoding;
        if (in.nextIs(SINGLE)) {
            in.enter(SINGLE);
            encoding = new External.SingleAsn1Type(Octets.wrap(in.readElement()));
            in.leave();
        } else if (in.nextIs(OCTET_ALIGNED)) {
            encoding = new External.OctetAligned(Octets.wrap(in.readOctets(OCTET_ALIGNED)));
        } else if (in.nextIs(ARBITRARY)) {
            encoding = new External.Arbitrary(Octets.wrap(in.readOctets(ARBITRARY)));
        } else {
            throw in.unexpected("EXTERNAL encoding");
        }
        in.leave();
        return new External(direct, indirect, descriptor, encoding);
    }

    public static void write(BerWriter out, External external) {
        write(out, BerTag.EXTERNAL, external);
    }

    public static void write(BerWriter out, BerTag tag, External external) {
        out.begin(tag);
        if (external.directReference() != null) {
            out.writeOid(BerTag.OBJECT_IDENTIFIER, external.directReference());
        }
        if (external.indirectReference() != null) {
            out.writeInteger(BerTag.INTEGER, external.indirectReference());
        }
        if (external.descriptor() != null) {
            out.writeString(BerTag.OBJECT_DESCRIPTOR, external.descriptor());
        }
        External.Encoding encoding = external.encoding();
        if (encoding instanceof External.SingleAsn1Type s) {
            out.begin(SINGLE).writeElement(s.element()).end();
        } else if (encoding instanceof External.OctetAligned o) {
            out.writeOctets(OCTET_ALIGNED, o.data());
        } else {
            out.writeOctets(ARBITRARY, ((External.Arbitrary) encoding).contents());
        }
        out.end();
    }

    /** Writes an octet-aligned EXTERNAL without building an {@link External} first. */
    public static void writeOctetAligned(BerWriter out, BerTag tag, Oid oid, Octets data) {
        out.begin(tag).writeOid(BerTag.OBJECT_IDENTIFIER, oid).writeOctets(OCTET_ALIGNED, data).end();
    }

    /** Opens an EXTERNAL with a single-ASN1-type encoding; write the value, then call {@link #endSingle}. */
    public static void beginSingle(BerWriter out, BerTag tag, Oid oid) {
        out.begin(tag).writeOid(BerTag.OBJECT_IDENTIFIER, oid).begin(SINGLE);
    }

    public static void endSingle(BerWriter out) {
        out.end().end();
    }
}
