package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The soak's searches never repeat, so the union-result cache cannot answer any of them. */
class DistinctQueriesTest {

    @Test
    void everySearchUpToTheCapacityIsNew() {
        DistinctQueries queries = new DistinctQueries(List.of("dream", "red", "chamber", "stone", "river"));
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < queries.capacity(); i++) {
            assertThat(seen.add(queries.next())).as("search %d", i).isTrue();
        }
        assertThat(seen).hasSize(5 * 4 * 6);
    }

    @Test
    void runsOutRatherThanRepeat() {
        DistinctQueries queries = new DistinctQueries(List.of("dream", "red"));
        for (long i = 0; i < queries.capacity(); i++) {
            queries.next();
        }
        assertThatThrownBy(queries::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void firstRoundPairsTwoWordsWithAndOrOr() {
        DistinctQueries queries = new DistinctQueries(List.of("dream", "red", "chamber"));
        List<String> round = IntStream.range(0, 6).mapToObj(i -> queries.next()).toList();
        assertThat(round).containsExactlyInAnyOrder(
                "dc.title=dream and dc.title=red", "dc.title=dream or dc.title=red",
                "dc.title=dream and dc.title=chamber", "dc.title=dream or dc.title=chamber",
                "dc.title=red and dc.title=chamber", "dc.title=red or dc.title=chamber");
        assertThat(queries.next()).endsWith(") not dc.title=dream");
    }

    @Test
    void aFullSizedListGivesManyDistinctSearchesInARow() {
        List<String> words = IntStream.range(0, 300).mapToObj(i -> "w" + i).toList();
        DistinctQueries queries = new DistinctQueries(words);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            seen.add(queries.next());
        }
        assertThat(seen).hasSize(200_000);
    }
}
