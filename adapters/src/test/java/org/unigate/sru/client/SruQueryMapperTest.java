package org.unigate.sru.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.indexmap.IndexMap;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.SearchQuery;
import org.unigate.sru.SruVersion;

/** The gateway's indexes rewritten into what each member's map says it understands. */
class SruQueryMapperTest {

    private static final IndexMap GATEWAY = IndexMap.defaultMap();

    /** A member with its own names: title under its own prefix, no ISBN, a local index. */
    private static final IndexMap OWN_NAMES = IndexMap.parse("""
            set.cql  = info:srw/cql-context-set/1/cql-v1.2
            set.dublin = info:srw/cql-context-set/1/dc-v1.1
            set.bath = http://zing.z3950.org/cql/bath/2.0/
            set.loc  = http://example.org/local
            set      = info:srw/cql-context-set/1/dc-v1.1
            index.cql.serverChoice = 1=1016
            index.dublin.title     = 1=4
            index.bath.author      = 1=1003
            index.loc.number       = 1=12
            index.loc.shelfmark    = 1=1062
            """);

    private static String map(IndexMap member, SruVersion version, String cql) {
        return mapper(member, version).map(CqlParser.DEFAULT.parse(cql)).cql();
    }

    private static SruQueryMapper mapper(IndexMap member, SruVersion version) {
        return new SruQueryMapper(new MemberIndexes(GATEWAY, member), version);
    }

    @Test
    void standardIndexesPassUnchangedToAMemberWithTheDefaultMap() {
        assertThat(map(GATEWAY, SruVersion.V1_2, "dc.title = \"red chamber\" and bath.isbn = 9787020002207"))
                .isEqualTo("dc.title = \"red chamber\" and bath.isbn = 9787020002207");
        assertThat(map(GATEWAY, SruVersion.V1_2, "紅樓夢")).isEqualTo("紅樓夢");
    }

    @Test
    void indexIsRenamedToTheMembersPrefixForTheSameContextSet() {
        assertThat(map(OWN_NAMES, SruVersion.V1_2, "dc.title = whale")).isEqualTo("dublin.title = whale");
        assertThat(map(OWN_NAMES, SruVersion.V1_2, "title = whale")).isEqualTo("dublin.title = whale");
    }

    @Test
    void indexIsFoundByItsUseAttributeOrItsMeaning() {
        // rec.id and the member's loc.number are both Bib-1 Use 12; dc.creator means the same as bath.author.
        assertThat(map(OWN_NAMES, SruVersion.V1_2, "rec.id = b1")).isEqualTo("loc.number = b1");
        assertThat(map(OWN_NAMES, SruVersion.V1_2, "dc.creator = melville")).isEqualTo("bath.author = melville");
    }

    @Test
    void relationsModifiersAndMasksAreKept() {
        assertThat(map(OWN_NAMES, SruVersion.V1_2, "dc.title all/stem \"moby dick*\" not dc.title = whal?"))
                .isEqualTo("dublin.title all/stem \"moby dick*\" not dublin.title = whal?");
    }

    @Test
    void unsupportedIndexIsADiagnosticNamingIt() {
        assertThatThrownBy(() -> map(OWN_NAMES, SruVersion.V1_2, "dc.title = x or bath.isbn = 123"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostic().condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
                    assertThat(e.diagnostic().details()).isEqualTo("bath.isbn");
                });
        assertThatThrownBy(() -> map(GATEWAY, SruVersion.V1_2, "made.up = x"))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().details()).isEqualTo("made.up"));
    }

    @Test
    void overridesAddIndexesToAMembersMap() {
        IndexMap withIsbn = OWN_NAMES.withOverrides(Map.of("index.bath.isbn", "1=7"));

        assertThat(map(withIsbn, SruVersion.V1_2, "bath.isbn = 123")).isEqualTo("bath.isbn = 123");
    }

    @Test
    void sortKeysGoIntoTheQueryFromSru12On() {
        SruQueryMapper.MemberQuery q = mapper(OWN_NAMES, SruVersion.V2_0)
                .map(CqlParser.DEFAULT.parse("whale sortBy dc.title/sort.descending dc.creator"));

        assertThat(q.cql()).isEqualTo("whale sortBy dublin.title/sort.descending bath.author");
        assertThat(q.sortKeys()).isNull();
    }

    @Test
    void sortKeysBecomeTheSortKeysParameterInSru11() {
        SruQueryMapper.MemberQuery q = mapper(OWN_NAMES, SruVersion.V1_1)
                .map(CqlParser.DEFAULT.parse("whale sortBy dc.title/sort.descending dc.creator"));

        assertThat(q.cql()).isEqualTo("whale");
        assertThat(q.sortKeys()).isEqualTo("dublin.title,,0 bath.author,,1");
    }

    @Test
    void sortKeyTheMemberCannotSortByIsADiagnostic() {
        assertThatThrownBy(() -> mapper(OWN_NAMES, SruVersion.V1_2).map(CqlParser.DEFAULT.parse("whale sortBy dc.date")))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostic().condition()).isEqualTo(Condition.UNSUPPORTED_SORT_PATH);
                    assertThat(e.diagnostic().details()).isEqualTo("dc.date");
                });
    }

    @Test
    void overlyDeepQueryIsRefusedRatherThanOverflowingTheStack() {
        Query deep = Clause.of("dc.title", "x");
        for (int i = 0; i < SruQueryMapper.MAX_DEPTH + 5; i++) {
            deep = BooleanQuery.of(BooleanOp.OR, Clause.of("dc.title", "y" + i), deep);
        }
        Query tree = deep;

        assertThatThrownBy(() -> mapper(GATEWAY, SruVersion.V1_2).map(SearchQuery.of(tree)))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().condition()).isEqualTo(Condition.TOO_MANY_BOOLEAN_OPERATORS));
    }
}
