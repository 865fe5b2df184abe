package org.unigate.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcRecord;

class ModsFormatTest {

    private final RecordFormat mods = RecordFormats.standard().find("mods").orElseThrow();

    @Test
    void writesTheChosenDescriptionAsModsInsideAnotherDocument() throws Exception {
        MarcRecord record = UnionRecords.withVernacular("trln.mrc").get(0);
        UnionRecord union = UnionRecords.heldByTwo(record);
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        // An SRU-like envelope with its own default namespace: MODS must not disturb it.
        xml.writeStartElement("", "recordData", "http://docs.oasis-open.org/ns/search-ws/sruResponse");
        xml.writeDefaultNamespace("http://docs.oasis-open.org/ns/search-ws/sruResponse");
        mods.writeXml(union, xml);
        xml.writeStartElement("", "recordPosition", "http://docs.oasis-open.org/ns/search-ws/sruResponse");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.close();
        String out = text.toString();
        assertThat(out).contains("<mods:mods xmlns:mods=\"http://www.loc.gov/mods/v3\"")
                .contains("version=\"3.7\"")
                .contains("altRepGroup=")
                .contains("</mods:mods><recordPosition>");
        assertThat(mods.text(union)).startsWith("<mods:mods").contains("<mods:titleInfo");
    }
}
