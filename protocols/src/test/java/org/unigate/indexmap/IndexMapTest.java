package org.unigate.indexmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.query.Clause;
import org.unigate.query.StandardIndex;
import org.unigate.rpn.AttributeSet;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;

class IndexMapTest {

    @Test
    void readsYazsOwnSampleFileUnchanged() throws Exception {
        ExternalTools.require("yaz-client");
        IndexMap map = IndexMap.load(Path.of("/usr/share/yaz/etc/pqf.properties"));
        assertThat(map.warnings()).isEmpty();
        assertThat(map.entry("index.dc.title").orElseThrow().attributes()).containsExactly(new AttributeSpec(null, 1, "4"));
        assertThat(map.entry("INDEX.DC.TITLE")).isEqualTo(map.entry("index.dc.title"));
        assertThat(map.entry("index.cql.allRecords").orElseThrow().attributes())
                .containsExactly(new AttributeSpec(null, 1, "_ALLRECORDS"), new AttributeSpec(null, 2, "103"));
        assertThat(map.entry("index.dc.relation").orElseThrow().value()).isEqualTo("1=?");
        assertThat(map.entry("relationModifier.masked").orElseThrow().attributes()).isEmpty();
        assertThat(map.entry("position.firstAndLast").orElseThrow().value()).isEqualTo("3=3 6=3");
        assertThat(map.defaultContextSetUri()).contains("info:srw/cql-context-set/1/dc-v1.1");
        assertThat(map.contextSetUri("bath")).contains("http://zing.z3950.org/cql/bath/2.0/");
        assertThat(map.prefixOf("info:srw/cql-context-set/1/dc-v1.1")).contains("dc");
        assertThat(map.entries("index")).hasSizeGreaterThan(30);
    }

    @Test
    void readsTheZebraHarnessFileWithTheRelationNamesYazLooksUp() throws Exception {
        IndexMap map = IndexMap.load(SharedData.harness().resolve("conf/zebra/cql2pqf.txt"));
        // YAZ looks CQL <=, = and >= up as relation.le, relation.eq and relation.ge.
        assertThat(map.entry("relation.le").orElseThrow().value()).isEqualTo("2=2");
        assertThat(map.entry("relation.eq").orElseThrow().value()).isEqualTo("2=3");
        assertThat(map.entry("relation.ge").orElseThrow().value()).isEqualTo("2=4");
        assertThat(map.entry("relation.<").orElseThrow().value()).isEqualTo("2=1");
        assertThat(map.entry("relation.>").orElseThrow().value()).isEqualTo("2=5");
        assertThat(map.warnings()).isEmpty();
    }

    @Test
    void aRelationNameEndingInEqualsIsReadAsYazReadsItAndWarnedAbout() {
        // "relation.>= = 2=4" is relation.> with nothing: '=' ends a name. YAZ's lookup finds it first.
        IndexMap map = IndexMap.parse("relation.< = 2=1\nrelation.>= = 2=4\n");
        assertThat(map.entry("relation.>").orElseThrow().attributes()).isEmpty();
        assertThat(map.entry("relation.<").orElseThrow().value()).isEqualTo("2=1");
        assertThat(map.warnings()).hasSize(1).allMatch(w -> w.contains("is ignored"));
        assertThat(map.warnings().get(0)).contains("line 2");
    }

    @Test
    void commentsBlankLinesAndSetsInValues() {
        IndexMap map = IndexMap.parse("""
                # a comment
                \tindex.x.a = 1=4   # trailing comment
                index.x.b = bib-1 1=4 gils 2=3 7=1.2.3

                index.x.a = 1=999
                """);
        assertThat(map.entry("index.x.a").orElseThrow().attributes()).containsExactly(new AttributeSpec(null, 1, "4"));
        assertThat(map.entry("index.x.b").orElseThrow().attributes()).containsExactly(
                new AttributeSpec(AttributeSet.BIB1, 1, "4"), new AttributeSpec(AttributeSet.GILS, 2, "3"),
                new AttributeSpec(null, 7, "1.2.3"));
        assertThat(map.entries()).hasSize(3);
        assertThat(map.entry("index.x.a").orElseThrow().line()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.x 1=4               | mapping line 1: expected '=' after \"index.x\"",
        "= 1=4                     | mapping line 1: a line must start with a name",
        "index.x = a=4             | mapping line 1: expected a numeric attribute type, found \"a\"",
        "index.x = 1=              | mapping line 1: attribute 1 has no value",
        "index.x = 1               | mapping line 1: expected '=' after attribute type 1",
        "index.x = nosuch 1=4      | mapping line 1: unknown attribute set \"nosuch\"",
        "index.x = \"1=4\"         | mapping line 1: quoted values are not part of the format",
        "set.x =                   | mapping line 1: \"set.x\" needs one context-set URI",
        "set = a b                 | mapping line 1: \"set\" needs one context-set URI",
    })
    void badLinesAreRefusedWithTheirLineNumber(String line, String message) {
        assertThatThrownBy(() -> IndexMap.parse(line)).isInstanceOf(IndexMapFormatException.class).hasMessage(message);
    }

    @Test
    void oversizedInputIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> IndexMap.parse("index.x = " + "1=1 ".repeat(2_000)))
                .isInstanceOf(IndexMapFormatException.class).hasMessageContaining("line longer than");
        Path big = Files.writeString(dir.resolve("big.txt"), "#".repeat(IndexMapReader.MAX_CHARS + 1));
        assertThatThrownBy(() -> IndexMap.load(big)).isInstanceOf(IndexMapFormatException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void overridesReplaceInPlaceOrAppend() {
        IndexMap base = IndexMap.parse("index.a.x = 1=1\nindex.a.y = 1=2\nindex.a.x = 1=3\n");
        IndexMap changed = base.withOverrides(Map.of("INDEX.A.X", "1=4 4=1", "relationModifier.masked", ""));
        assertThat(changed.entries()).extracting(MapEntry::key)
                .containsExactly("INDEX.A.X", "index.a.y", "relationModifier.masked");
        assertThat(changed.entry("index.a.x").orElseThrow().value()).isEqualTo("1=4 4=1");
        assertThat(base.entry("index.a.x").orElseThrow().value()).isEqualTo("1=1");
        assertThatThrownBy(() -> base.withOverrides(Map.of("index.a.x", "1=")))
                .isInstanceOf(IndexMapFormatException.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> base.withOverrides(Map.of("relation.<=", "2=2")))
                .isInstanceOf(IndexMapFormatException.class);
    }

    @Test
    void defaultMapCoversTheCommonIndexesOfAllFourContextSets() {
        IndexMap map = IndexMap.defaultMap();
        assertThat(map.warnings()).isEmpty();
        for (String key : List.of("set.cql", "set.dc", "set.bath", "set.rec", "set", "always",
                "structure.*", "structure.all", "truncation.right", "truncation.left", "truncation.both",
                "truncation.none", "truncation.z3958", "position.any", "position.first", "position.firstAndLast")) {
            assertThat(map.entry(key)).as(key).isPresent();
        }
        CqlToRpn toRpn = new CqlToRpn(map);
        for (String index : List.of("cql.serverChoice", "cql.anywhere", "cql.keywords", "rec.id", "rec.identifier",
                "dc.title", "dc.creator", "dc.author", "dc.subject", "dc.date", "dc.publisher", "dc.language",
                "dc.identifier", "bath.isbn", "bath.issn", "bath.name", "bath.localNumber", "bath.standardIdentifier",
                "title", "author", "creator", "subject", "isbn", "issn", "any", "keyword", "year", "date",
                "publisher", "local", "localNumber", "language", "identifier")) {
            assertThat(toRpn.translate(Clause.of(index, "x")).root()).as(index).isNotNull();
        }
    }

    @Test
    void defaultMapTranslatesBackToTheStandardIndexNames() {
        CqlToRpn toRpn = new CqlToRpn(IndexMap.defaultMap());
        RpnToCql toCql = new RpnToCql(IndexMap.defaultMap());
        for (StandardIndex index : StandardIndex.values()) {
            if (index == StandardIndex.UNKNOWN || index == StandardIndex.OCLC) {
                continue;
            }
            Clause back = (Clause) toCql.translate(toRpn.translate(Clause.of(index.cqlName(), "x"))).root();
            assertThat(back.index()).as(index.name()).isEqualTo(index.cqlName());
        }
    }

    @Test
    void toTextReadsBackToTheSameEntries() {
        IndexMap map = IndexMap.defaultMap();
        assertThat(IndexMap.parse(map.toText()).entries()).extracting(MapEntry::key, MapEntry::value)
                .containsExactlyElementsOf(map.entries().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.key(), e.value())).toList());
    }
}
