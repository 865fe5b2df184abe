package org.unigate.rpn;

/** An operand or operation of a Type-1 query. */
public sealed interface RpnNode permits AttributesPlusTerm, RpnOperation, ResultSetId {
}
