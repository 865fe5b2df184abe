package org.unigate.z3950.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetNegotiation;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.CharsetResponse;

/**
 * Character Set and Language Negotiation (version 3, OID 1.2.840.10003.15.3): {@code CHOICE {
 * proposal [1] IMPLICIT OriginProposal, response [2] IMPLICIT TargetResponse }}, carried as
 * the single-ASN1-type of an EXTERNAL in Init otherInfo.
 */
final class CharsetCodec {

    static final Oid NEGOTIATION_3 = Oid.of("1.2.840.10003.15.3");
    private static final BerTag PROPOSAL = BerTag.contextConstructed(1).named("proposal");
    private static final BerTag RESPONSE = BerTag.contextConstructed(2).named("response");
    private static final BerTag CHARSETS = BerTag.contextConstructed(1).named("proposedCharSets");
    private static final BerTag LANGUAGES = BerTag.contextConstructed(2).named("proposedlanguages");
    private static final BerTag RECORDS_IN_CHARSET = BerTag.context(3).named("recordsInSelectedCharSets");
    private static final BerTag SELECTED = BerTag.contextConstructed(1).named("selectedCharSets");
    private static final BerTag SELECTED_LANGUAGE = BerTag.context(2).named("selectedLanguage");
    private static final BerTag ISO2022 = BerTag.contextConstructed(1).named("iso2022");
    private static final BerTag ISO10646 = BerTag.contextConstructed(2).named("iso10646");
    private static final BerTag PRIVATE = BerTag.contextConstructed(3).named("private");
    private static final BerTag NONE = BerTag.context(4).named("none");
    private static final BerTag COLLECTIONS = BerTag.context(1).named("collections");
    private static final BerTag ENCODING_LEVEL = BerTag.context(2).named("encodingLevel");
    private static final BerTag VIA_OID = BerTag.contextConstructed(1).named("viaOid");
    private static final BerTag EXTERNALLY = BerTag.contextConstructed(2).named("externallySpecified");
    private static final BerTag AGREED = BerTag.context(3).named("previouslyAgreedUpon");

    private CharsetCodec() {
    }

    /** True if this EXTERNAL is a negotiation record Unigate reads. */
    static boolean isNegotiation(External external) {
        return NEGOTIATION_3.equals(external.directReference()) && external.encoding() instanceof External.SingleAsn1Type;
    }

    /** The proposal or response inside a negotiation EXTERNAL. */
    static CharsetNegotiation read(BerReader context, External external) {
        BerReader in = context.nested(((External.SingleAsn1Type) external.encoding()).element().toByteArray());
        if (in.nextIs(PROPOSAL)) {
            in.enter(PROPOSAL);
            List<CharacterSet> charsets = new ArrayList<>();
            if (in.nextIs(CHARSETS)) {
                in.enter(CHARSETS);
                while (in.hasNext()) {
                    charsets.add(readCharset(in));
                }
                in.leave();
            }
            List<String> languages = in.nextIs(LANGUAGES) ? Fields.readStrings(in, LANGUAGES, BerTag.GENERAL_STRING) : List.of();
            Boolean records = in.nextIs(RECORDS_IN_CHARSET) ? in.readBoolean(RECORDS_IN_CHARSET) : null;
            in.leave();
            return new CharsetProposal(charsets, languages, records);
        }
        in.enter(RESPONSE);
        CharacterSet selected = null;
        if (in.nextIs(SELECTED)) {
            in.enter(SELECTED);
            selected = readCharset(in);
            in.leave();
        }
        String language = Fields.optionalString(in, SELECTED_LANGUAGE);
        Boolean records = in.nextIs(RECORDS_IN_CHARSET) ? in.readBoolean(RECORDS_IN_CHARSET) : null;
        in.leave();
        return new CharsetResponse(selected, language, records);
    }

    private static CharacterSet readCharset(BerReader in) {
        if (in.nextIs(ISO2022)) {
            return new CharacterSet.Iso2022(Octets.wrap(in.readElement()));
        }
        if (in.nextIs(ISO10646)) {
            in.enter(ISO10646);
            Oid collections = Fields.optionalOid(in, COLLECTIONS);
            Oid level = in.readOid(ENCODING_LEVEL);
            in.leave();
            return new CharacterSet.Iso10646(collections, level);
        }
        if (in.nextIs(NONE)) {
            in.readNull(NONE);
            return new CharacterSet.None();
        }
        in.enter(PRIVATE);
        CharacterSet charset;
        if (in.nextIs(VIA_OID)) {
            List<Oid> oids = new ArrayList<>();
            in.enter(VIA_OID);
            while (in.hasNext()) {
                oids.add(in.readOid(BerTag.OBJECT_IDENTIFIER));
            }
            in.leave();
            charset = new CharacterSet.PrivateOids(oids);
        } else if (in.nextIs(EXTERNALLY)) {
            charset = new CharacterSet.PrivateExternal(ExternalCodec.read(in, EXTERNALLY));
        } else {
            in.readNull(AGREED);
            charset = new CharacterSet.PreviouslyAgreed();
        }
        in.leave();
        return charset;
    }

    /** The negotiation EXTERNAL for a proposal or a response. */
    static External toExternal(CharsetNegotiation negotiation) {
        ByteBuf buf = Unpooled.buffer(64);
        try {
            BerWriter out = new BerWriter(buf);
            if (negotiation instanceof CharsetProposal p) {
                writeProposal(out, p);
            } else {
                writeResponse(out, (CharsetResponse) negotiation);
            }
            byte[] element = new byte[buf.readableBytes()];
            buf.readBytes(element);
            return External.singleAsn1(NEGOTIATION_3, Octets.wrap(element));
        } finally {
            buf.release();
        }
    }

    private static void writeProposal(BerWriter out, CharsetProposal proposal) {
        out.begin(PROPOSAL);
        if (!proposal.charsets().isEmpty()) {
            out.begin(CHARSETS);
            for (CharacterSet charset : proposal.charsets()) {
                writeCharset(out, charset);
            }
            out.end();
        }
        if (!proposal.languages().isEmpty()) {
            Fields.writeStrings(out, LANGUAGES, BerTag.GENERAL_STRING, proposal.languages());
        }
        if (proposal.recordsInSelectedCharSets() != null) {
            out.writeBoolean(RECORDS_IN_CHARSET, proposal.recordsInSelectedCharSets());
        }
        out.end();
    }

    private static void writeResponse(BerWriter out, CharsetResponse response) {
        out.begin(RESPONSE);
        if (response.selected() != null) {
            out.begin(SELECTED);
            writeCharset(out, response.selected());
            out.end();
        }
        Fields.writeString(out, SELECTED_LANGUAGE, response.language());
        if (response.recordsInSelectedCharSets() != null) {
            out.writeBoolean(RECORDS_IN_CHARSET, response.recordsInSelectedCharSets());
        }
        out.end();
    }

    private static void writeCharset(BerWriter out, CharacterSet charset) {
        if (charset instanceof CharacterSet.Iso2022 iso2022) {
            out.writeElement(iso2022.encoded());
        } else if (charset instanceof CharacterSet.Iso10646 iso10646) {
            out.begin(ISO10646);
            Fields.writeOid(out, COLLECTIONS, iso10646.collections());
            out.writeOid(ENCODING_LEVEL, iso10646.encodingLevel());
            out.end();
        } else if (charset instanceof CharacterSet.None) {
            out.writeNull(NONE);
        } else {
            out.begin(PRIVATE);
            if (charset instanceof CharacterSet.PrivateOids oids) {
                out.begin(VIA_OID);
                for (Oid oid : oids.oids()) {
                    out.writeOid(BerTag.OBJECT_IDENTIFIER, oid);
                }
                out.end();
            } else if (charset instanceof CharacterSet.PrivateExternal external) {
                ExternalCodec.write(out, EXTERNALLY, external.external());
            } else {
                out.writeNull(AGREED);
            }
            out.end();
        }
    }
}
