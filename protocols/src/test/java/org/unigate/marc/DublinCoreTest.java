package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.unigate.testing.SharedData;

class DublinCoreTest {

    private static final String F008 = "870506s1985    ja a          000 0 jpn d";

    private static MarcRecord japaneseBook() {
        return new MarcRecord("01000cam a2200300 a 4500", List.of(
                new ControlField("001", "123"),
                new ControlField("008", F008),
                new DataField("020", ' ', ' ', List.of(new Subfield('a', "4000012345 :"), new Subfield('c', "¥2000"))),
                new DataField("041", '1', ' ', List.of(new Subfield('a', "jpn"), new Subfield('h', "eng"))),
                new DataField("100", '1', ' ', List.of(new Subfield('6', "880-01"), new Subfield('a', "Natsume, Sōseki,"),
                        new Subfield('d', "1867-1916."))),
                new DataField("245", '1', '0', List.of(new Subfield('6', "880-02"), new Subfield('a', "Kokoro /"),
                        new Subfield('c', "Natsume Sōseki."))),
                new DataField("264", ' ', '1', List.of(new Subfield('a', "Tōkyō :"), new Subfield('b', "Iwanami Shoten,"),
                        new Subfield('c', "1985."))),
                new DataField("520", ' ', ' ', List.of(new Subfield('a', "A novel."))),
                new DataField("650", ' ', '0', List.of(new Subfield('a', "Friendship"), new Subfield('v', "Fiction."))),
                new DataField("651", ' ', '0', List.of(new Subfield('a', "Japan"), new Subfield('x', "History"))),
                new DataField("856", '4', '0', List.of(new Subfield('u', "http://example.org/kokoro"))),
                new DataField("880", '1', ' ', List.of(new Subfield('6', "100-01/$1"), new Subfield('a', "夏目漱石,"))),
                new DataField("880", '1', '0', List.of(new Subfield('6', "245-02/$1"), new Subfield('a', "こころ /"),
                        new Subfield('c', "夏目漱石."))))) ;
    }

    @Test
    void theCrosswalkMapsEachElementIncludingTheVernacularForms() {
        List<DublinCore.Element> dc = DublinCore.map(japaneseBook());
        assertThat(dc).containsSubsequence(
                new DublinCore.Element("title", "Kokoro"),
                new DublinCore.Element("title", "こころ"));
        assertThat(dc).contains(
                new DublinCore.Element("creator", "Natsume, Sōseki, 1867-1916"),
                new DublinCore.Element("creator", "夏目漱石"),
                new DublinCore.Element("subject", "Friendship Fiction"),
                new DublinCore.Element("description", "A novel"),
                new DublinCore.Element("publisher", "Iwanami Shoten"),
                new DublinCore.Element("date", "1985"),
                new DublinCore.Element("type", "text"),
                new DublinCore.Element("identifier", "4000012345"),
                new DublinCore.Element("identifier", "http://example.org/kokoro"),
                new DublinCore.Element("language", "jpn"),
                new DublinCore.Element("language", "eng"),
                new DublinCore.Element("coverage", "Japan"));
    }

    @Test
    void withoutAPublicationFieldTheDateComesFrom008() {
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(new ControlField("008", F008)));
        assertThat(DublinCore.map(record)).contains(new DublinCore.Element("date", "1985"));
    }

    @Test
    void oaiDcValidatesAgainstItsSchemaForEveryRecordOfACjkFile() throws Exception {
        Validator validator = javax.xml.validation.SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedData.schemas().resolve("oai_dc.xsd").toFile()).newValidator();
        for (MarcRecord record : CorpusRecords.read("umich.mrc")) {
            String xml = DublinCoreWriter.toXml(record, DublinCoreWriter.Flavour.OAI_DC);
            validator.validate(new StreamSource(new StringReader(xml)));
        }
        String one = DublinCoreWriter.toXml(japaneseBook(), DublinCoreWriter.Flavour.OAI_DC);
        assertThat(one).startsWith("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"")
                .contains("<dc:title>こころ</dc:title>");
    }

    @Test
    void srwDcUsesTheSruDublinCoreNamespace() {
        String xml = DublinCoreWriter.toXml(japaneseBook(), DublinCoreWriter.Flavour.SRW_DC);
        assertThat(xml).startsWith("<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Kokoro</dc:title>");
    }
}
