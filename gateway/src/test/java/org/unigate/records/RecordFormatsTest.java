package org.unigate.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordFormatsTest {

    private final RecordFormats formats = RecordFormats.standard();

    @Test
    void findsEachFormatByShortNameAliasOrSchemaIdentifier() {
        assertThat(formats.find("mods")).map(RecordFormat::identifier).contains("info:srw/schema/1/mods-v3.7");
        assertThat(formats.find(" MODS ")).map(RecordFormat::name).contains("mods");
        assertThat(formats.find("mods-v3.7")).map(RecordFormat::name).contains("mods");
        assertThat(formats.find("info:srw/schema/1/mods-v3.7")).map(RecordFormat::name).contains("mods");
        assertThat(formats.find("unigate")).map(RecordFormat::namespace).contains("http://unigate.org/ns/union/1.0");
        assertThat(formats.find("union")).map(RecordFormat::name).contains("unigate");
        assertThat(formats.find("info:srw/schema/1/unigate-union-v1.0")).map(RecordFormat::name).contains("unigate");
        assertThat(formats.find("marc21")).map(RecordFormat::name).contains("marcxml");
    }

    @Test
    void unknownOrBlankNamesFindNothing() {
        assertThat(formats.find("mods-v3.4")).isEmpty();
        assertThat(formats.find("")).isEmpty();
        assertThat(formats.find(null)).isEmpty();
    }

    @Test
    void everyXmlFormatNamesItsSchemaAndTheNewOnesAreListed() {
        assertThat(formats.all()).extracting(RecordFormat::name)
                .containsExactly("marcxml", "dc", "oai_dc", "mods", "unigate", "json");
        assertThat(formats.all()).filteredOn(RecordFormat::xml).allSatisfy(f -> assertThat(f.schemaLocation()).isNotBlank());
        assertThat(formats.find("mods").orElseThrow().schemaLocation())
                .isEqualTo("http://www.loc.gov/standards/mods/v3/mods-3-7.xsd");
        assertThat(formats.find("unigate").orElseThrow().schemaLocation()).isEqualTo("/schemas/unigate.xsd");
    }
}
