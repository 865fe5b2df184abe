package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Octets;
import org.unigate.z3950.OtherInfo;

/**
 * OtherInformation: {@code SEQUENCE OF SEQUENCE { category [1] IMPLICIT InfoCategory OPTIONAL,
 * information CHOICE { characterInfo [2], binaryInfo [3], externallyDefinedInfo [4],
 * oid [5] } }}, under [201] (otherInfo) or [203] (additionalSearchInfo).
 */
final class OtherInfoCodec {

    private static final BerTag CATEGORY = BerTag.contextConstructed(1).named("category");
    private static final BerTag CATEGORY_TYPE = BerTag.context(1).named("categoryTypeId");
    private static final BerTag CATEGORY_VALUE = BerTag.context(2).named("categoryValue");
    private static final BerTag CHARACTER = BerTag.context(2).named("characterInfo");
    private static final BerTag BINARY = BerTag.context(3).named("binaryInfo");
    private static final BerTag EXTERNAL = BerTag.contextConstructed(4).named("externallyDefinedInfo");
    private static final BerTag OID = BerTag.context(5).named("oid");

    private OtherInfoCodec() {
    }

    static List<OtherInfo> readOptional(BerReader in, BerTag tag) {
        return in.nextIs(tag) ? read(in, tag) : List.of();
    }

    static List<OtherInfo> read(BerReader in, BerTag tag) {
        List<OtherInfo> units = new ArrayList<>();
        in.enter(tag);
        while (in.hasNext()) {
            in.enter(BerTag.SEQUENCE);
            OtherInfo.Category category = null;
            if (in.nextIs(CATEGORY)) {
                in.enter(CATEGORY);
                category = new OtherInfo.Category(Fields.optionalOid(in, CATEGORY_TYPE), in.readInt(CATEGORY_VALUE));
                in.leave();
            }
            units.add(new OtherInfo(category, readInformation(in)));
            in.leave();
        }
        in.leave();
        return units;
    }

    private static OtherInfo.Information readInformation(BerReader in) {
        if (in.nextIs(CHARACTER)) {
            return new OtherInfo.CharacterInfo(in.readString(CHARACTER));
        } else if (in.nextIs(BINARY)) {
            return new OtherInfo.BinaryInfo(Octets.wrap(in.readOctets(BINARY)));
        } else if (in.nextIs(EXTERNAL)) {
            return new OtherInfo.ExternallyDefinedInfo(ExternalCodec.read(in, EXTERNAL));
        } else if (in.nextIs(OID)) {
            return new OtherInfo.OidInfo(in.readOid(OID));
        }
        throw in.unexpected("OtherInformation");
    }

    /** Writes the units, if any: an empty list is left out. */
    static void write(BerWriter out, BerTag tag, List<OtherInfo> units) {
        if (units.isEmpty()) {
            return;
        }
        out.begin(tag);
        for (OtherInfo unit : units) {
            out.begin(BerTag.SEQUENCE);
            if (unit.category() != null) {
                out.begin(CATEGORY);
                Fields.writeOid(out, CATEGORY_TYPE, unit.category().categoryTypeId());
                out.writeInteger(CATEGORY_VALUE, unit.category().categoryValue());
                out.end();
            }
            writeInformation(out, unit.information());
            out.end();
        }
        out.end();
    }

    private static void writeInformation(BerWriter out, OtherInfo.Information information) {
        if (information instanceof OtherInfo.CharacterInfo c) {
            out.writeString(CHARACTER, c.text());
        } else if (information instanceof OtherInfo.BinaryInfo b) {
            out.writeOctets(BINARY, b.data());
        } else if (information instanceof OtherInfo.ExternallyDefinedInfo e) {
            ExternalCodec.write(out, EXTERNAL, e.external());
        } else {
            out.writeOid(OID, ((OtherInfo.OidInfo) information).oid());
        }
    }
}
