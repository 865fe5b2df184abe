package org.unigate.embedded;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/** Boolean combinations of Lucene queries; null parts (words that analysed to nothing) drop out. */
final class Combine {

    private Combine() {
    }

    static Query allOf(List<Query> parts) {
        return combine(parts, BooleanClause.Occur.MUST);
    }

    static Query anyOf(List<Query> parts) {
        return combine(parts, BooleanClause.Occur.SHOULD);
    }

    static Query and(Query left, Query right) {
        return new BooleanQuery.Builder()
                .add(left, BooleanClause.Occur.MUST)
                .add(right, BooleanClause.Occur.MUST)
                .build();
    }

    static Query or(Query left, Query right) {
        return new BooleanQuery.Builder()
                .add(left, BooleanClause.Occur.SHOULD)
                .add(right, BooleanClause.Occur.SHOULD)
                .build();
    }

    static Query andNot(Query left, Query right) {
        return new BooleanQuery.Builder()
                .add(left, BooleanClause.Occur.MUST)
                .add(right, BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Every record that does not match. */
    static Query not(Query query) {
        return andNot(new MatchAllDocsQuery(), query);
    }

    private static Query combine(List<Query> parts, BooleanClause.Occur occur) {
        List<Query> present = parts.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return new MatchNoDocsQuery("the term has no searchable words");
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        present.forEach(q -> builder.add(q, occur));
        return builder.build();
    }
}
