package org.unigate.query;

import java.util.Objects;

/** A reference to an earlier result set: CQL {@code cql.resultSetId = "x"}, RPN {@code @set x}. */
public record ResultSetRef(String name) implements Query {
    public ResultSetRef {
        Objects.requireNonNull(name, "name");
    }
}
