package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeysTest {

    @Test
    void keysAreTypedNormalisedAndInAStableOrder() {
        var record = TestRecords.book("1997")
                .control("001", "ocm43887325")
                .field("010", "  ", "a", "   67029221 ")
                .field("020", "  ", "a", "0395071224 (hardcover)")
                .field("020", "  ", "z", "0618162216")
                .field("022", "  ", "a", "0015-6914")
                .field("100", "1 ", "a", "Tolkien, J. R. R.")
                .field("245", "14", "a", "The hobbit /")
                .field("260", "  ", "b", "Houghton Mifflin,", "c", "1997").build();
        MatchKeys keys = MatchKeys.of(record);
        assertThat(keys.keys()).containsExactly("oclc:43887325", "lccn:67029221", "issn:0015-6914",
                "isbn:9780395071229", "isbn:9780618162215", "desc:hobbit|tolkien|houghtonmifflin|1997");
        assertThat(keys.isbns()).containsExactly("9780395071229");
        assertThat(keys.otherIsbns()).containsExactly("9780618162215");
    }
}
