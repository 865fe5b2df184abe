package org.unigate.cql;

import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;

/**
 * A CQL query the gateway cannot take: a syntax error ({@link Condition#QUERY_SYNTAX_ERROR}, details
 * saying what was expected where), a crossed parser limit, or a context-set conflict. The position is
 * the offset (from 0, in UTF-16 units) of the offending character in the query, or -1 when the
 * problem belongs to the query as a whole.
 */
public class CqlException extends DiagnosticException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public CqlException(Condition condition, String details, int position) {
        super(condition, details);
        this.position = position;
    }

    public int position() {
        return position;
    }

    public Condition condition() {
        return diagnostic().condition();
    }
}
