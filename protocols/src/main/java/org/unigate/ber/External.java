package org.unigate.ber;

import java.util.Objects;

/**
 * The ASN.1 EXTERNAL type: data of another abstract syntax, named by an OID, in one of three
 * encodings. Z39.50 wraps retrieval records, negotiation records and CQL queries in it.
 */
public record External(Oid directReference, Long indirectReference, String descriptor, Encoding encoding) {

    public External {
        Objects.requireNonNull(encoding, "encoding");
    }

    public static External singleAsn1(Oid oid, Octets element) {
        return new External(oid, null, null, new SingleAsn1Type(element));
    }

    public static External octetAligned(Oid oid, Octets data) {
        return new External(oid, null, null, new OctetAligned(data));
    }

    /** How the data is encoded. */
    public sealed interface Encoding permits SingleAsn1Type, OctetAligned, Arbitrary {
    }

    /** One ASN.1 value, kept as its complete BER encoding (identifier, length, contents). */
    public record SingleAsn1Type(Octets element) implements Encoding {
        public SingleAsn1Type {
            Objects.requireNonNull(element, "element");
        }
    }

    /** Octets (MARC, XML and most other record syntaxes). */
    public record OctetAligned(Octets data) implements Encoding {
        public OctetAligned {
            Objects.requireNonNull(data, "data");
        }
    }

    /** A BIT STRING's contents octets, the first being its unused-bits count. */
    public record Arbitrary(Octets contents) implements Encoding {
        public Arbitrary {
            Objects.requireNonNull(contents, "contents");
        }
    }
}
