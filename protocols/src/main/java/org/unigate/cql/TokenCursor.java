package org.unigate.cql;

import java.util.List;
import org.unigate.diag.Condition;

/** A read position in a token list, and the one place syntax errors are worded. */
final class TokenCursor {

    private final List<CqlToken> tokens;
    private int index;

    TokenCursor(List<CqlToken> tokens) {
        this.tokens = tokens;
    }

    CqlToken peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one; EOF past the end. */
    CqlToken peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    CqlToken next() {
        CqlToken t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    /** A syntax error at the current token: {@code expected <what> at position <p> near <token>}. */
    CqlException expected(String what) {
        return expected(what, "");
    }

    CqlException expected(String what, String note) {
        CqlToken t = peek();
        return new CqlException(Condition.QUERY_SYNTAX_ERROR,
                "expected " + what + " at position " + t.start() + " near " + t.describe() + note, t.start());
    }
}
