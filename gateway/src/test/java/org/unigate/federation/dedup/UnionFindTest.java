package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void unionJoinsSetsTransitivelyAndReportsRepeats() {
        UnionFind sets = new UnionFind(5);
        assertThat(sets.union(0, 1)).isNotNegative();
        assertThat(sets.union(3, 4)).isNotNegative();
        assertThat(sets.union(1, 4)).isNotNegative();
        assertThat(sets.union(0, 3)).isEqualTo(-1);
        assertThat(sets.connected(0, 4)).isTrue();
        assertThat(sets.connected(2, 0)).isFalse();
        assertThat(sets.find(2)).isEqualTo(2);
    }

    @Test
    void longChainsStayShallowEnoughToFindQuickly() {
        int n = 100_000;
        UnionFind sets = new UnionFind(n);
        for (int i = 1; i < n; i++) {
            sets.union(i - 1, i);
        }
        assertThat(sets.connected(0, n - 1)).isTrue();
    }
}
