package org.unigate.cql;

import java.util.Objects;
import org.unigate.diag.Condition;
import org.unigate.query.SearchQuery;

/**
 * Parses CQL 1.2 queries, with CQL 2.0 {@code sortBy}, into the gateway's query tree.
 *
 * <ul>
 * <li>Booleans {@code and or not prox} in any case, with modifiers; one precedence, left-associative.
 * <li>Relations: {@code = == <> < > <= >=} and {@code adj all any within encloses exact scr}, plain or
 *     prefixed, with modifiers ({@code title =/relevant/cql.string "x"}).
 * <li>A bare term is {@code cql.serverChoice = term}. Terms stay in CQL term syntax (quotes removed,
 *     escapes and masks kept; see {@link org.unigate.query.Clause}). Consecutive unquoted words form one
 *     term joined by single spaces, as YAZ and cql-java accept ({@code harry potter}).
 * <li>Prefix assignments ({@code >dc="..."}, {@code >"..."}) scope over the rest of their (sub)query;
 *     names bound to a known context set are rewritten to its canonical prefix ({@link ContextSets}).
 * <li>{@code cql.resultSetId = "x"} becomes a {@link org.unigate.query.ResultSetRef}.
 * </ul>
 *
 * <p>Input is bounded: a query longer than {@code maxLength} characters, or whose tree (nested
 * parentheses or chained booleans) is deeper than {@code maxDepth}, is refused with a
 * {@link CqlException}. Parsing uses no recursion. Instances are immutable and thread-safe.
 */
public final class CqlParser {

    public static final int DEFAULT_MAX_LENGTH = 32_768;
    public static final int DEFAULT_MAX_DEPTH = 512;

    /** A parser with the default limits. */
    public static final CqlParser DEFAULT = new CqlParser();

    private final int maxLength;
    private final int maxDepth;

    public CqlParser() {
        this(DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH);
    }

    public CqlParser(int maxLength, int maxDepth) {
        if (maxLength < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxLength + ", " + maxDepth);
        }
        this.maxLength = maxLength;
        this.maxDepth = maxDepth;
    }

    /**
     * Parses one query.
     *
     * @throws CqlException with {@link Condition#QUERY_SYNTAX_ERROR} and details naming what was
     *     expected where; {@link Condition#QUERY_FEATURE_UNSUPPORTED} or
     *     {@link Condition#TOO_MANY_BOOLEAN_OPERATORS} for a crossed limit;
     *     {@link Condition#UNSUPPORTED_CONTEXT_SET} for an unknown set bound to a well-known prefix
     */
    public SearchQuery parse(String cql) {
        Objects.requireNonNull(cql, "cql");
        if (cql.length() > maxLength) {
            throw new CqlException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "query is " + cql.length() + " characters long; the limit is " + maxLength, maxLength);
        }
        return new QueryReader(CqlLexer.tokenize(cql), maxDepth).read();
    }

    public int maxLength() {
        return maxLength;
    }

    public int maxDepth() {
        return maxDepth;
    }
}
