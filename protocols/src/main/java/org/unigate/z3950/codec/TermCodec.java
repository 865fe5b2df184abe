package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Oid;
import org.unigate.ber.TagClass;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Term;

/**
 * AttributesPlusTerm {@code [102] IMPLICIT SEQUENCE { attributes AttributeList, term Term }},
 * AttributeList {@code [44] IMPLICIT SEQUENCE OF AttributeElement} and Term. A complex
 * attribute value maps to the model's text value when it is one string, as PQF's
 * {@code @attr 1=title} makes it; other complex values are unsupported.
 */
final class TermCodec {

    static final BerTag ATTRIBUTES_PLUS_TERM = BerTag.contextConstructed(102).named("AttributesPlusTerm");
    static final BerTag ATTRIBUTE_LIST = BerTag.contextConstructed(44).named("AttributeList");
    private static final BerTag ELEMENT_SET = BerTag.context(1).named("attributeSet");
    private static final BerTag TYPE = BerTag.context(120).named("attributeType");
    private static final BerTag NUMERIC_VALUE = BerTag.context(121).named("numeric");
    private static final BerTag COMPLEX_VALUE = BerTag.contextConstructed(224).named("complex");
    private static final BerTag COMPLEX_LIST = BerTag.contextConstructed(1).named("list");
    private static final BerTag SEMANTIC_ACTION = BerTag.contextConstructed(2).named("semanticAction");
    private static final BerTag STRING = BerTag.context(1).named("string");
    private static final BerTag GENERAL = BerTag.context(45).named("general");
    private static final BerTag NUMERIC = BerTag.context(215).named("numeric");
    private static final BerTag CHARACTER_STRING = BerTag.context(216).named("characterString");
    private static final BerTag OID = BerTag.context(217).named("oid");
    private static final BerTag NULL = BerTag.context(221).named("null");

    /** Parsed once: queries name these sets over and over. */
    private static final Map<String, Oid> KNOWN_SETS = Stream.of(AttributeSet.BIB1, AttributeSet.EXP1,
            AttributeSet.EXT1, AttributeSet.GILS, AttributeSet.IDXPATH).collect(Collectors.toUnmodifiableMap(
                    AttributeSet::oid, s -> Oid.of(s.oid())));

    private TermCodec() {
    }

    static AttributesPlusTerm readAttributesPlusTerm(BerReader in) {
        in.enter(ATTRIBUTES_PLUS_TERM);
        List<Attribute> attributes = readAttributeList(in);
        Term term = readTerm(in);
        in.leave();
        return new AttributesPlusTerm(attributes, term);
    }

    static void writeAttributesPlusTerm(BerWriter out, AttributesPlusTerm operand) {
        out.begin(ATTRIBUTES_PLUS_TERM);
        writeAttributeList(out, operand.attributes());
        writeTerm(out, operand.term());
        out.end();
    }

    static List<Attribute> readAttributeList(BerReader in) {
        List<Attribute> attributes = new ArrayList<>();
        in.enter(ATTRIBUTE_LIST);
        while (in.hasNext()) {
            in.enter(BerTag.SEQUENCE);
            AttributeSet set = in.nextIs(ELEMENT_SET) ? attributeSet(in.readOid(ELEMENT_SET)) : null;
            int type = in.readInt(TYPE);
            AttributeValue value = in.nextIs(COMPLEX_VALUE) ? readComplex(in) : AttributeValue.of(in.readInteger(NUMERIC_VALUE));
            in.leave();
            attributes.add(new Attribute(set, type, value));
        }
        in.leave();
        return attributes;
    }

    private static AttributeValue readComplex(BerReader in) {
        in.enter(COMPLEX_VALUE);
        in.enter(COMPLEX_LIST);
        if (!in.nextIs(STRING)) {
            throw new UnsupportedFeatureException("complex attribute value that is not a single string");
        }
        String value = in.readString(STRING);
        if (in.hasNext()) {
            throw new UnsupportedFeatureException("complex attribute value with several values");
        }
        in.leave();
        if (in.nextIs(SEMANTIC_ACTION)) {
            in.enter(SEMANTIC_ACTION);
            if (in.hasNext()) {
                throw new UnsupportedFeatureException("complex attribute value with semantic actions");
            }
            in.leave();
        }
        in.leave();
        return new AttributeValue.Text(value);
    }

    static void writeAttributeList(BerWriter out, List<Attribute> attributes) {
        out.begin(ATTRIBUTE_LIST);
        for (Attribute attribute : attributes) {
            out.begin(BerTag.SEQUENCE);
            if (attribute.attributeSet() != null) {
                out.writeOid(ELEMENT_SET, oidOf(attribute.attributeSet()));
            }
            out.writeInteger(TYPE, attribute.type());
            if (attribute.value() instanceof AttributeValue.Numeric n) {
                out.writeInteger(NUMERIC_VALUE, n.value());
            } else {
                out.begin(COMPLEX_VALUE).begin(COMPLEX_LIST)
                        .writeString(STRING, ((AttributeValue.Text) attribute.value()).value()).end().end();
            }
            out.end();
        }
        out.end();
    }

    static Term readTerm(BerReader in) {
        if (in.nextIs(GENERAL)) {
            return new Term(in.readString(GENERAL), Term.Type.GENERAL);
        } else if (in.nextIs(NUMERIC)) {
            return new Term(Long.toString(in.readInteger(NUMERIC)), Term.Type.NUMERIC);
        } else if (in.nextIs(CHARACTER_STRING)) {
            return new Term(in.readString(CHARACTER_STRING), Term.Type.STRING);
        } else if (in.nextIs(OID)) {
            return new Term(in.readOid(OID).toString(), Term.Type.OID);
        } else if (in.nextIs(NULL)) {
            in.readNull(NULL);
            return new Term("", Term.Type.NULL);
        }
        for (int number = 218; number <= 220; number++) {
            if (in.nextIs(TagClass.CONTEXT, number)) {
                throw new UnsupportedFeatureException("term of type [" + number + "] (dateTime, external or integerAndUnit)");
            }
        }
        throw in.unexpected("Term");
    }

    /** Writes a term; a NUMERIC or OID term whose value does not parse is a caller error. */
    static void writeTerm(BerWriter out, Term term) {
        switch (term.type()) {
            case GENERAL -> out.writeString(GENERAL, term.value());
            case NUMERIC -> out.writeInteger(NUMERIC, Long.parseLong(term.value()));
            case STRING -> out.writeString(CHARACTER_STRING, term.value());
            case OID -> out.writeOid(OID, Oid.of(term.value()));
            case NULL -> out.writeNull(NULL);
        }
    }

    static AttributeSet attributeSet(Oid oid) {
        return AttributeSet.of(oid.toString());
    }

    static Oid oidOf(AttributeSet set) {
        Oid known = KNOWN_SETS.get(set.oid());
        return known != null ? known : Oid.of(set.oid());
    }
}
