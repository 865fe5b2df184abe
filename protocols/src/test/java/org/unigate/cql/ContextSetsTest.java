package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextSetsTest {

    @ParameterizedTest
    @CsvSource({
        "info:srw/cql-context-set/1/cql-v1.2, cql",
        "info:srw/cql-context-set/1/cql-v1.1, cql",
        "info:srw/cql-context-set/1/dc-v1.1, dc",
        "http://purl.org/dc/elements/1.1/, dc",
        "HTTP://PURL.ORG/DC/ELEMENTS/1.1, dc",
        "http://zing.z3950.org/cql/bath/2.0/, bath",
        "info:srw/cql-context-set/2/rec-1.1, rec",
        "info:srw/cql-context-set/1/bib-v1, bib",
        "http://www.loc.gov/zing/cql/srw-indexes/v1.0/, srw",
        "info:srw/cql-context-set/2/net-1.0, net",
        "info:srw/cql-context-set/1/sort-v1.0, sort"})
    void knownIdentifiersMapToTheirCanonicalPrefix(String identifier, String prefix) {
        assertThat(ContextSets.shortName(identifier)).contains(prefix);
    }

    @Test
    void everyKnownSetHasAnIdentifierThatMapsBackToIt() {
        for (String name : ContextSets.shortNames()) {
            assertThat(ContextSets.identifier(name).flatMap(ContextSets::shortName)).as(name).contains(name);
        }
    }

    @Test
    void unknownIdentifiersAndPrefixesAreNotGuessed() {
        assertThat(ContextSets.shortName("http://example.org/dc/")).isEmpty();
        assertThat(ContextSets.identifier("foo")).isEmpty();
        assertThat(ContextSets.isKnown("DC")).isTrue();
        assertThat(ContextSets.isKnown("foo")).isFalse();
    }

    @Test
    void thePrefixOfANameIsWhatComesBeforeTheFirstDot() {
        assertThat(ContextSets.prefixOf("dc.title")).isEqualTo("dc");
        assertThat(ContextSets.prefixOf("x.y.z")).isEqualTo("x");
        assertThat(ContextSets.prefixOf("title")).isNull();
        assertThat(ContextSets.prefixOf(".title")).isNull();
    }
}
