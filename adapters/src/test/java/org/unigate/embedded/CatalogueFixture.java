package org.unigate.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.marc.MarcRecord;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.SearchQuery;

/** An in-memory catalogue of hand-built records, and short ways to query it in tests. */
final class CatalogueFixture implements AutoCloseable {

    private final EmbeddedCatalogue catalogue;

    private CatalogueFixture(EmbeddedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static CatalogueFixture of(MarcRecord... records) {
        try {
            EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
            catalogue.load(List.of(records).stream());
            return new CatalogueFixture(catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EmbeddedCatalogue catalogue() {
        return catalogue;
    }

    static Clause clause(String index, String relation, String term) {
        return Clause.of(index, relation, term);
    }

    static Query and(Query a, Query b) {
        return BooleanQuery.of(BooleanOp.AND, a, b);
    }

    static Query or(Query a, Query b) {
        return BooleanQuery.of(BooleanOp.OR, a, b);
    }

    static Query not(Query a, Query b) {
        return BooleanQuery.of(BooleanOp.NOT, a, b);
    }

    /** The local ids of every hit, in result order. */
    List<String> ids(SearchQuery query) {
        try {
            return catalogue.search(query, 0, 1000).records().stream().map(CatalogueResult.Hit::localId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ids(Query query) {
        return ids(SearchQuery.of(query));
    }

    List<String> ids(String index, String relation, String term) {
        return ids(clause(index, relation, term));
    }

    long hits(Query query) {
        try {
            return catalogue.search(SearchQuery.of(query), 0, 0).hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostic the query raises; fails if it raises none. */
    Diagnostic diagnostic(SearchQuery query) {
        try {
            catalogue.search(query, 0, 10);
        } catch (DiagnosticException e) {
            return e.diagnostic();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("expected a diagnostic for " + query);
    }

    Diagnostic diagnostic(Query query) {
        return diagnostic(SearchQuery.of(query));
    }

    @Override
    public void close() throws IOException {
        catalogue.close();
    }
}
