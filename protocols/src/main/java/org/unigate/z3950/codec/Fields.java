package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerException;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.z3950.Coded;

/** Tags and element helpers that many APDUs share. */
final class Fields {

    static final BerTag REFERENCE_ID = BerTag.context(2).named("referenceId");
    static final BerTag OTHER_INFO = BerTag.contextConstructed(201).named("otherInfo");
    static final BerTag ADDITIONAL_SEARCH_INFO = BerTag.contextConstructed(203).named("additionalSearchInfo");
    static final BerTag DATABASE_NAME = BerTag.context(105).named("databaseName");
    static final BerTag RESULT_SET_ID = BerTag.context(31).named("resultSetId");
    static final BerTag ELEMENT_SET_NAME = BerTag.context(103).named("elementSetName");
    static final BerTag PREFERRED_RECORD_SYNTAX = BerTag.context(104).named("preferredRecordSyntax");

    private Fields() {
    }

    static Octets readReferenceId(BerReader in) {
        return in.nextIs(REFERENCE_ID) ? Octets.wrap(in.readOctets(REFERENCE_ID)) : null;
    }

    static void writeReferenceId(BerWriter out, Octets referenceId) {
        if (referenceId != null) {
            out.writeOctets(REFERENCE_ID, referenceId);
        }
    }

    static Integer optionalInt(BerReader in, BerTag tag) {
        return in.nextIs(tag) ? in.readInt(tag) : null;
    }

    static String optionalString(BerReader in, BerTag tag) {
        return in.nextIs(tag) ? in.readString(tag) : null;
    }

    static Oid optionalOid(BerReader in, BerTag tag) {
        return in.nextIs(tag) ? in.readOid(tag) : null;
    }

    static void writeInt(BerWriter out, BerTag tag, Integer value) {
        if (value != null) {
            out.writeInteger(tag, value);
        }
    }

    static void writeString(BerWriter out, BerTag tag, String value) {
        if (value != null) {
            out.writeString(tag, value);
        }
    }

    static void writeOid(BerWriter out, BerTag tag, Oid value) {
        if (value != null) {
            out.writeOid(tag, value);
        }
    }

    /** {@code [tag] IMPLICIT SEQUENCE OF <string of itemTag>}. */
    static List<String> readStrings(BerReader in, BerTag tag, BerTag itemTag) {
        List<String> values = new ArrayList<>();
        in.enter(tag);
        while (in.hasNext()) {
            values.add(in.readString(itemTag));
        }
        in.leave();
        return values;
    }

    static void writeStrings(BerWriter out, BerTag tag, BerTag itemTag, List<String> values) {
        out.begin(tag);
        for (String value : values) {
            out.writeString(itemTag, value);
        }
        out.end();
    }

    /** An enumerated INTEGER; a value outside the enumeration is an error. */
    static <E extends Enum<E> & Coded> E readEnum(BerReader in, BerTag tag, Class<E> type) {
        int code = in.readInt(tag);
        E value = Coded.byCode(type, code);
        if (value == null) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "value " + code + " not allowed in " + tag);
        }
        return value;
    }

    static <E extends Enum<E> & Coded> E optionalEnum(BerReader in, BerTag tag, Class<E> type) {
        return in.nextIs(tag) ? readEnum(in, tag, type) : null;
    }

    static void writeEnum(BerWriter out, BerTag tag, Coded value) {
        if (value != null) {
            out.writeInteger(tag, value.code());
        }
    }
}
