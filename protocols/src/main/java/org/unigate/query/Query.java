package org.unigate.query;

/**
 * A node of the gateway's one query tree. Every front end parses its protocol's query
 * into this tree (CQL, Type-1 RPN); every adapter translates it back out. Index names are
 * CQL-style and qualified where a context set is known ({@code dc.title}, {@code bath.isbn});
 * {@link StandardIndex} says what an index means, whatever its spelling.
 */
public sealed interface Query permits Clause, BooleanQuery, ResultSetRef {
}
