package org.unigate.query;

/** Boolean and proximity operators of both CQL and Type-1 RPN. */
public enum BooleanOp {
    AND, OR, NOT, PROX
}
