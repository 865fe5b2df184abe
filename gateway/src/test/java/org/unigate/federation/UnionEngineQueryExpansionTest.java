package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;

class UnionEngineQueryExpansionTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }

    private static List<String> terms(Query q) {
        List<String> out = new ArrayList<>();
        if (q instanceof Clause c) {
            out.add(c.term());
        } else if (q instanceof BooleanQuery b) {
            out.addAll(terms(b.left()));
            out.addAll(terms(b.right()));
        }
        return out;
    }

    @Test
    void membersThatCannotFoldScriptsReceiveBothForms() {
        FakeMember folding = FakeMember.named("folding");
        FakeMember literal = FakeMember.withSpec(FakeMember.spec("literal").expandScripts(true).build());
        UnionRequest request = query("dc.title", "紅樓夢");

        search(fixture.engine(folding, literal), request);

        assertThat(folding.searches()).singleElement().satisfies(s -> assertThat(s.query()).isEqualTo(request.query()));
        assertThat(literal.searches()).singleElement().satisfies(s -> {
            assertThat(s.query().root()).isInstanceOfSatisfying(BooleanQuery.class,
                    b -> assertThat(b.op()).isEqualTo(BooleanOp.OR));
            assertThat(terms(s.query().root())).containsExactlyInAnyOrder("紅樓夢", "红楼梦");
        });
    }

    @Test
    void deeperPagesAreAskedWithTheSameExpandedQuery() {
        List<org.unigate.marc.MarcRecord> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(Records.book("r" + i).title("红楼梦 " + i).build());
        }
        FakeMember literal = FakeMember.withSpec(FakeMember.spec("literal").expandScripts(true).build()).answering(many);
        UnionEngine engine = fixture.engine(UnionSettings.DEFAULTS.withFirstPageSize(10), literal);
        UnionResult result = search(engine, query("dc.title", "紅樓夢"));

        engine.page(result, 10, 10).join();

        assertThat(literal.searches()).hasSize(2);
        assertThat(literal.searches().get(1).query()).isEqualTo(literal.searches().get(0).query());
        assertThat(terms(literal.searches().get(1).query().root())).hasSize(2);
    }
}
