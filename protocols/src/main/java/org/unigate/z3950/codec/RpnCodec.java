package org.unigate.z3950.codec;

import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;

/**
 * RPNQuery {@code SEQUENCE { attributeSet OID, rpn RPNStructure }}; RPNStructure is
 * {@code op [0] Operand} or {@code rpnRpnOp [1] IMPLICIT SEQUENCE { rpn1, rpn2, op [46] Operator }}.
 * Attribute lists and terms are in {@link TermCodec}.
 */
final class RpnCodec {

    private static final BerTag OPERAND = BerTag.contextConstructed(0).named("op");
    private static final BerTag RPN_RPN_OP = BerTag.contextConstructed(1).named("rpnRpnOp");
    private static final BerTag RESULT_ATTR = BerTag.contextConstructed(214).named("resultAttr");
    private static final BerTag OPERATOR = BerTag.contextConstructed(46).named("operator");
    private static final BerTag AND = BerTag.context(0).named("and");
    private static final BerTag OR = BerTag.context(1).named("or");
    private static final BerTag AND_NOT = BerTag.context(2).named("and-not");
    private static final BerTag PROX = BerTag.contextConstructed(3).named("prox");
    private static final BerTag EXCLUSION = BerTag.context(1).named("exclusion");
    private static final BerTag DISTANCE = BerTag.context(2).named("distance");
    private static final BerTag ORDERED = BerTag.context(3).named("ordered");
    private static final BerTag RELATION_TYPE = BerTag.context(4).named("relationType");
    private static final BerTag UNIT_CODE = BerTag.contextConstructed(5).named("proximityUnitCode");
    private static final BerTag KNOWN = BerTag.context(1).named("known");
    private static final BerTag PRIVATE = BerTag.context(2).named("private");

    private RpnCodec() {
    }

    static RpnQuery readQuery(BerReader in, BerTag tag) {
        in.enter(tag);
        AttributeSet set = TermCodec.attributeSet(in.readOid(BerTag.OBJECT_IDENTIFIER.named("attributeSet")));
        RpnNode root = readStructure(in);
        in.leave();
        return new RpnQuery(set, root);
    }

    static void writeQuery(BerWriter out, BerTag tag, RpnQuery query) {
        out.begin(tag);
        out.writeOid(BerTag.OBJECT_IDENTIFIER, TermCodec.oidOf(query.attributeSet()));
        writeStructure(out, query.root());
        out.end();
    }

    private static RpnNode readStructure(BerReader in) {
        if (in.nextIs(OPERAND)) {
            in.enter(OPERAND);
            RpnNode operand = readOperand(in);
            in.leave();
            return operand;
        }
        in.enter(RPN_RPN_OP);
        RpnNode left = readStructure(in);
        RpnNode right = readStructure(in);
        in.enter(OPERATOR);
        RpnOperation operation;
        if (in.nextIs(AND)) {
            in.readNull(AND);
            operation = RpnOperation.of(RpnOperation.Operator.AND, left, right);
        } else if (in.nextIs(OR)) {
            in.readNull(OR);
            operation = RpnOperation.of(RpnOperation.Operator.OR, left, right);
        } else if (in.nextIs(AND_NOT)) {
            in.readNull(AND_NOT);
            operation = RpnOperation.of(RpnOperation.Operator.AND_NOT, left, right);
        } else {
            operation = new RpnOperation(RpnOperation.Operator.PROX, left, right, readProximity(in));
        }
        in.leave();
        in.leave();
        return operation;
    }

    private static RpnNode readOperand(BerReader in) {
        if (in.nextIs(Fields.RESULT_SET_ID)) {
            return new ResultSetId(in.readString(Fields.RESULT_SET_ID));
        }
        if (in.nextIs(RESULT_ATTR)) {
            throw new UnsupportedFeatureException("result-set-plus-attributes operand");
        }
        return TermCodec.readAttributesPlusTerm(in);
    }

    private static Proximity readProximity(BerReader in) {
        in.enter(PROX);
        boolean exclusion = in.nextIs(EXCLUSION) && in.readBoolean(EXCLUSION);
        int distance = in.readInt(DISTANCE);
        boolean ordered = in.readBoolean(ORDERED);
        int relation = in.readInt(RELATION_TYPE);
        in.enter(UNIT_CODE);
        boolean known = in.nextIs(KNOWN);
        int unit = in.readInt(known ? KNOWN : PRIVATE);
        in.leave();
        in.leave();
        return new Proximity(exclusion, distance, ordered, relation, known, unit);
    }

    private static void writeStructure(BerWriter out, RpnNode node) {
        if (node instanceof RpnOperation operation) {
            out.begin(RPN_RPN_OP);
            writeStructure(out, operation.left());
            writeStructure(out, operation.right());
            out.begin(OPERATOR);
            switch (operation.op()) {
                case AND -> out.writeNull(AND);
                case OR -> out.writeNull(OR);
                case AND_NOT -> out.writeNull(AND_NOT);
                case PROX -> writeProximity(out, operation.proximity());
            }
            out.end();
            out.end();
            return;
        }
        out.begin(OPERAND);
        if (node instanceof ResultSetId set) {
            out.writeString(Fields.RESULT_SET_ID, set.name());
        } else {
            TermCodec.writeAttributesPlusTerm(out, (AttributesPlusTerm) node);
        }
        out.end();
    }

    private static void writeProximity(BerWriter out, Proximity proximity) {
        out.begin(PROX);
        out.writeBoolean(EXCLUSION, proximity.exclusion());
        out.writeInteger(DISTANCE, proximity.distance());
        out.writeBoolean(ORDERED, proximity.ordered());
        out.writeInteger(RELATION_TYPE, proximity.relationType());
        out.begin(UNIT_CODE);
        out.writeInteger(proximity.knownUnit() ? KNOWN : PRIVATE, proximity.unit());
        out.end();
        out.end();
    }
}
