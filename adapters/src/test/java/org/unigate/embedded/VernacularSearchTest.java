package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.Records.record;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CJK records catalogued the way libraries do it: romanised fields with their vernacular
 * script in 880s linked through $6. Searches must meet the record whichever Chinese script
 * (or romanisation) the user types.
 */
class VernacularSearchTest {

    private static CatalogueFixture fixture;

    @BeforeAll
    static void load() {
        fixture = CatalogueFixture.of(
                // Simplified-script record.
                record("hlm").fixed("1982", "chi")
                        .field("100", "1 ", "6", "880-01", "a", "Cao, Xueqin,", "d", "ca. 1717-1763.")
                        .field("245", "10", "6", "880-02", "a", "Hong lou meng /", "c", "Cao Xueqin zhu.")
                        .field("260", "  ", "6", "880-03", "a", "Beijing :", "b", "Ren min wen xue chu ban she,", "c", "1982.")
                        .field("880", "1 ", "6", "100-01/$1", "a", "曹雪芹,", "d", "ca. 1717-1763.")
                        .field("880", "10", "6", "245-02/$1", "a", "红楼梦 /", "c", "曹雪芹著.")
                        .field("880", "  ", "6", "260-03/$1", "a", "北京 :", "b", "人民文学出版社,", "c", "1982.")
                        .build(),
                // Traditional-script record.
                record("shz").fixed("1975", "chi")
                        .field("245", "10", "6", "880-01", "a", "Shui hu zhuan /", "c", "Shi Nai'an.")
                        .field("650", " 0", "a", "Chinese fiction.")
                        .field("880", "10", "6", "245-01/$1", "a", "水滸傳 /", "c", "施耐庵.")
                        .build(),
                // A study whose subject (not title) is the novel, in traditional script.
                record("study").fixed("1990", "chi")
                        .field("245", "10", "6", "880-01", "a", "Hong lou meng yan jiu.")
                        .field("600", "00", "6", "880-02", "a", "Cao, Xueqin,", "t", "Hong lou meng.")
                        .field("880", "10", "6", "245-01/$1", "a", "紅樓夢研究.")
                        .field("880", "00", "6", "600-02/$1", "a", "曹雪芹,", "t", "紅樓夢.")
                        .build(),
                // Japanese: kana and kanji; an unlinked 880 (occurrence 00) still counts.
                record("jp").fixed("1987", "jpn")
                        .field("245", "10", "a", "Noruwei no mori /", "c", "Murakami Haruki.")
                        .field("880", "10", "6", "245-00/$1", "a", "ノルウェイの森 /", "c", "村上春樹.")
                        .build());
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void traditionalQueryFindsSimplifiedRecordAndViceVersa() {
        assertThat(fixture.ids("dc.title", "=", "紅樓夢")).containsExactlyInAnyOrder("hlm", "study");
        assertThat(fixture.ids("dc.title", "=", "红楼梦")).containsExactlyInAnyOrder("hlm", "study");
        assertThat(fixture.ids("dc.title", "=", "水浒传")).containsExactly("shz");
        assertThat(fixture.ids("dc.title", "=", "水滸傳")).containsExactly("shz");
    }

    @Test
    void vernacularTextIsIndexedUnderTheFieldItLinksTo() {
        assertThat(fixture.ids("dc.subject", "=", "红楼梦")).containsExactly("study");
        assertThat(fixture.ids("dc.creator", "=", "曹雪芹")).containsExactly("hlm");
        assertThat(fixture.ids("dc.publisher", "=", "人民文學出版社")).containsExactly("hlm");
        assertThat(fixture.ids("dc.subject", "=", "水浒传")).isEmpty();
    }

    @Test
    void romanisedTitleFindsTheRecordWithAVernacular880() {
        assertThat(fixture.ids("dc.title", "=", "hong lou meng")).containsExactlyInAnyOrder("hlm", "study");
        assertThat(fixture.ids("dc.title", "adj", "Hóng lóu mèng yan jiu")).containsExactly("study");
        assertThat(fixture.ids("dc.title", "=", "shi nai'an")).isEmpty();
        assertThat(fixture.ids("dc.creator", "=", "Shi Nai'an")).containsExactly("shz");
    }

    @Test
    void anUnsegmentedRunMatchesAsAPhraseNotAsScatteredCharacters() {
        assertThat(fixture.ids("dc.title", "=", "楼梦")).containsExactlyInAnyOrder("hlm", "study");
        assertThat(fixture.ids("dc.title", "=", "梦楼")).isEmpty();
        assertThat(fixture.ids("dc.title", "=", "夢")).containsExactlyInAnyOrder("hlm", "study");
        assertThat(fixture.ids("dc.title", "adj", "红楼梦研究")).containsExactly("study");
    }

    @Test
    void exactMatchComparesTheWholeValueInEitherScript() {
        assertThat(fixture.ids("dc.title", "==", "紅樓夢")).containsExactly("hlm");
        assertThat(fixture.ids("dc.title", "exact", "红楼梦研究")).containsExactly("study");
        assertThat(fixture.ids("dc.title", "==", "楼梦")).isEmpty();
    }

    @Test
    void japaneseKanaAndKanjiAreFound() {
        assertThat(fixture.ids("dc.title", "=", "ノルウェイの森")).containsExactly("jp");
        assertThat(fixture.ids("dc.title", "=", "ノルウェイ")).containsExactly("jp");
        assertThat(fixture.ids("dc.creator", "=", "村上春树")).containsExactly("jp");
    }
}
