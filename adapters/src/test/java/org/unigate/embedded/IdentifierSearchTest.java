package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.Records.record;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Standard numbers are found however the cataloguer and the user wrote them. */
class IdentifierSearchTest {

    private static CatalogueFixture fixture;

    @BeforeAll
    static void load() {
        fixture = CatalogueFixture.of(
                record("isbn13").control("003", "DLC")
                        .field("010", "  ", "a", "   85000002 ")
                        .field("020", "  ", "a", "978-0-19-852663-6 (pbk.)")
                        .field("245", "00", "a", "Thirteen")
                        .build(),
                record("isbn10")
                        .field("010", "  ", "a", "n 78-890351 ")
                        .field("020", "  ", "a", "0306406152")
                        .field("020", "  ", "z", "080442957X")
                        .field("022", "0 ", "a", "0317-8471")
                        .field("035", "  ", "a", "(OCoLC)ocm00012345")
                        .field("245", "00", "a", "Ten")
                        .build(),
                record("12345").control("003", "OCoLC")
                        .field("024", "1 ", "a", "0 12345 67890 5")
                        .field("245", "00", "a", "Oclc control number")
                        .build());
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void isbn10QueryFindsIsbn13RecordAndViceVersa() {
        assertThat(fixture.ids("bath.isbn", "=", "0198526636")).containsExactly("isbn13");
        assertThat(fixture.ids("bath.isbn", "=", "0-19-852663-6")).containsExactly("isbn13");
        assertThat(fixture.ids("bath.isbn", "=", "9780306406157")).containsExactly("isbn10");
        assertThat(fixture.ids("bath.isbn", "=", "978-0-306-40615-7")).containsExactly("isbn10");
    }

    @Test
    void cancelledIsbnsAndCheckDigitXAreSearchable() {
        assertThat(fixture.ids("isbn", "=", "080442957x")).containsExactly("isbn10");
        assertThat(fixture.ids("isbn", "=", "9780804429573")).containsExactly("isbn10");
        assertThat(fixture.ids("isbn", "=", "0306406153")).isEmpty();
    }

    @Test
    void maskedIsbnMatchesOnNormalisedDigits() {
        assertThat(fixture.ids("isbn", "=", "978-0-19*")).containsExactly("isbn13");
        assertThat(fixture.ids("isbn", "=", "03064061?2")).containsExactly("isbn10");
    }

    @Test
    void issnLccnAndOclcAreNormalised() {
        assertThat(fixture.ids("issn", "=", "03178471")).containsExactly("isbn10");
        assertThat(fixture.ids("lccn", "=", "n78890351")).containsExactly("isbn10");
        assertThat(fixture.ids("lccn", "=", "85000002")).containsExactly("isbn13");
        assertThat(fixture.ids("oclc", "=", "12345")).containsExactlyInAnyOrder("isbn10", "12345");
        assertThat(fixture.ids("oclc", "=", "(OCoLC)ocm12345")).containsExactlyInAnyOrder("isbn10", "12345");
    }

    @Test
    void localNumberAndGenericIdentifierFindTheRecord() {
        assertThat(fixture.ids("rec.id", "=", "isbn10")).containsExactly("isbn10");
        assertThat(fixture.ids("dc.identifier", "=", "0 12345 67890 5")).containsExactly("12345");
        assertThat(fixture.ids("dc.identifier", "=", "0317-8471")).containsExactly("isbn10");
        assertThat(fixture.ids("dc.identifier", "=", "9780198526636")).containsExactly("isbn13");
        assertThat(fixture.ids("cql.serverChoice", "=", "9780198526636")).containsExactly("isbn13");
    }

    @Test
    void identifierIndexesDoNotMatchTitleWords() {
        assertThat(fixture.ids("isbn", "=", "Thirteen")).isEmpty();
        assertThat(fixture.ids("dc.title", "=", "0198526636")).isEmpty();
    }
}
