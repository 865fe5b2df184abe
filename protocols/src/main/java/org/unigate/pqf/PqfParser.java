package org.unigate.pqf;

import java.util.ArrayList;
import java.util.List;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfToken.Kind;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;

/**
 * Parses YAZ's Prefix Query Format into a Type-1 query:
 *
 * <pre>
 * query        ::= [ '@attrset' set ] query-struct
 * query-struct ::= attr-spec | simple | complex | '@term' term-type query-struct
 * attr-spec    ::= '@attr' [ set ] type '=' value query-struct
 * complex      ::= ( '@and' | '@or' | '@not' | '@prox' proximity ) query-struct query-struct
 * simple       ::= '@set' name | term
 * proximity    ::= exclusion distance ordered relation which-code unit
 * </pre>
 *
 * As in YAZ, attributes written before an operator apply to every term below it, and an attribute
 * of a type already given replaces the earlier one (the term's list keeps the order in which the
 * surviving attributes were written); {@code @term} sets the term type for every term that follows
 * in the text. A value of digits only is numeric, anything else a string ("complex") value. Errors
 * are {@link DiagnosticException}s with {@code QUERY_SYNTAX_ERROR} and details naming what was
 * wrong and at which offset. Input is bounded ({@link #MAX_LENGTH}, {@link #MAX_DEPTH},
 * {@link #MAX_ATTRIBUTES}), so hostile input fails cleanly instead of overflowing the stack.
 */
public final class PqfParser {

    public static final int MAX_LENGTH = 65_536;
    public static final int MAX_DEPTH = 1_024;
    /** Attributes that may apply to one term, counting those inherited from enclosing operators. */
    public static final int MAX_ATTRIBUTES = 64;

    private final PqfLexer lexer;
    private Term.Type termType = Term.Type.GENERAL;

    private PqfParser(String pqf) {
        this.lexer = new PqfLexer(pqf);
    }

    /** Parses one PQF query. */
    public static RpnQuery parse(String pqf) {
        if (pqf.length() > MAX_LENGTH) {
            throw PqfLexer.error("query longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        return new PqfParser(pqf).query();
    }

    private RpnQuery query() {
        PqfToken token = lexer.next();
        AttributeSet set = AttributeSet.BIB1;
        if (token.kind() == Kind.ATTRSET) {
            set = attributeSet(word(token, "an attribute set name"));
            token = lexer.next();
        }
        RpnNode root = structure(token, List.of(), 0);
        PqfToken extra = lexer.next();
        if (extra.kind() != Kind.END) {
            throw PqfLexer.error("unexpected " + extra.describe() + " after a complete query", extra.offset());
        }
        return new RpnQuery(set, root);
    }

    private RpnNode structure(PqfToken first, List<Attribute> inherited, int depth) {
        if (depth > MAX_DEPTH) {
            throw PqfLexer.error("query nested deeper than " + MAX_DEPTH + " operators", first.offset());
        }
        List<Attribute> attributes = inherited;
        PqfToken token = first;
        while (token.kind() == Kind.ATTR || token.kind() == Kind.TERM_TYPE) {
            if (token.kind() == Kind.ATTR) {
                attributes = with(attributes, attribute(token), token);
            } else {
                termType = termType(word(token, "a term type"));
            }
            token = lexer.next();
        }
        return switch (token.kind()) {
            case AND -> operation(RpnOperation.Operator.AND, null, attributes, depth);
            case OR -> operation(RpnOperation.Operator.OR, null, attributes, depth);
            case NOT -> operation(RpnOperation.Operator.AND_NOT, null, attributes, depth);
            case PROX -> operation(RpnOperation.Operator.PROX, ProximityReader.read(lexer, token), attributes, depth);
            case SET -> new ResultSetId(unescape(word(token, "a result set name")));
            case WORD -> new AttributesPlusTerm(attributes, term(token));
            default -> throw PqfLexer.error("expected a term or an operator, found " + token.describe(), token.offset());
        };
    }

    private RpnNode operation(RpnOperation.Operator op, Proximity proximity,
                              List<Attribute> attributes, int depth) {
        RpnNode left = structure(lexer.next(), attributes, depth + 1);
        RpnNode right = structure(lexer.next(), attributes, depth + 1);
        return new RpnOperation(op, left, right, proximity);
    }

    /** {@code [set] type=value}: the set is a separate token without {@code =}. */
    private Attribute attribute(PqfToken attr) {
        PqfToken spec = word(attr, "type=value");
        AttributeSet set = null;
        if (spec.text().indexOf('=') < 0) {
            set = attributeSet(spec);
            spec = word(spec, "type=value after the attribute set");
        }
        String text = spec.text();
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw PqfLexer.error("expected type=value, found \"" + text + "\"", spec.offset());
        }
        int type = integer(text.substring(0, eq), "attribute type", spec);
        String value = text.substring(eq + 1);
        if (!value.isEmpty() && value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return new Attribute(set, type, AttributeValue.of(longValue(value, spec)));
        }
        if (value.isEmpty()) {
            throw PqfLexer.error("attribute " + type + " has no value", spec.offset());
        }
        return new Attribute(set, type, new AttributeValue.Text(unescape(value, spec)));
    }

    /** Adds {@code attribute}, dropping an earlier one of the same type (YAZ keeps the last). */
    private static List<Attribute> with(List<Attribute> attributes, Attribute attribute, PqfToken token) {
        List<Attribute> result = new ArrayList<>(attributes.size() + 1);
        for (Attribute a : attributes) {
            if (a.type() != attribute.type()) {
                result.add(a);
            }
        }
        result.add(attribute);
        if (result.size() > MAX_ATTRIBUTES) {
            throw PqfLexer.error("more than " + MAX_ATTRIBUTES + " attributes for one term", token.offset());
        }
        return result;
    }

    private Term term(PqfToken token) {
        String value = unescape(token.text(), token);
        if (termType == Term.Type.NUMERIC) {
            if (!value.matches("-?[0-9]{1,18}")) {
                throw PqfLexer.error("a numeric term must be an integer, found \"" + value + "\"", token.offset());
            }
            value = Long.toString(Long.parseLong(value));
        }
        return new Term(value, termType);
    }

    private PqfToken word(PqfToken after, String expected) {
        PqfToken token = lexer.next();
        if (token.kind() != Kind.WORD) {
            throw PqfLexer.error("expected " + expected + " after " + after.describe() + ", found "
                    + token.describe(), token.offset());
        }
        return token;
    }

    private AttributeSet attributeSet(PqfToken token) {
        try {
            return AttributeSet.of(token.text());
        } catch (IllegalArgumentException e) {
            throw PqfLexer.error("unknown attribute set \"" + token.text() + "\"", token.offset());
        }
    }

    private static Term.Type termType(PqfToken token) {
        return switch (token.text()) {
            case "general" -> Term.Type.GENERAL;
            case "numeric" -> Term.Type.NUMERIC;
            case "string" -> Term.Type.STRING;
            case "oid" -> Term.Type.OID;
            case "null" -> Term.Type.NULL;
            default -> throw PqfLexer.error("unsupported term type \"" + token.text()
                    + "\" (general, numeric, string, oid or null)", token.offset());
        };
    }

    static int integer(String text, String what, PqfToken token) {
        long value = longValue(text, token);
        if (value > Integer.MAX_VALUE) {
            throw PqfLexer.error(what + " " + text + " is too large", token.offset());
        }
        return (int) value;
    }

    private static long longValue(String text, PqfToken token) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw PqfLexer.error("expected a non-negative integer, found \"" + text + "\"", token.offset());
        }
        return Long.parseLong(text);
    }

    private static String unescape(PqfToken token) {
        return unescape(token.text(), token);
    }

    private static String unescape(String text, PqfToken token) {
        try {
            return PqfEscapes.unescape(text);
        } catch (IllegalArgumentException e) {
            throw PqfLexer.error(e.getMessage(), token.offset());
        }
    }
}
