package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.testing.SharedData;

class MarcXmlWriterTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(SharedData.schemas().resolve("MARC21slim.xsd").toFile());
    }

    @Test
    void everyCorpusFileWrittenAsACollectionValidatesAgainstMarc21Slim() throws Exception {
        Validator validator = schema.newValidator();
        for (Path file : CorpusRecords.mainFiles()) {
            byte[] xml = collection(CorpusRecords.read(file));
            assertThatCode(() -> validator.validate(new StreamSource(new ByteArrayInputStream(xml))))
                    .as(file.getFileName().toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void recordsTheSchemaCanHoldReadBackUnchanged() {
        for (String name : List.of("umich.mrc", "princeton.mrc", "trln.mrc")) {
            List<MarcRecord> records = CorpusRecords.read(name).stream().filter(MarcXmlWriterTest::schemaCanHold).toList();
            assertThat(records).hasSizeGreaterThan(200);
            List<MarcRecord> back = MarcFiles.stream(new ByteArrayInputStream(collection(records))).toList();
            assertThat(back).hasSameSizeAs(records);
            for (int i = 0; i < records.size(); i++) {
                assertThat(back.get(i).fields()).as(name + "#" + i).isEqualTo(schemaOrder(records.get(i).fields()));
                assertThat(back.get(i).leader()).isEqualTo(MarcXmlSchema.leader(records.get(i).leader()));
            }
        }
    }

    /** Indicators, codes and tags inside the schema's patterns, and no empty data field. */
    private static boolean schemaCanHold(MarcRecord record) {
        return record.dataFields().allMatch(f -> MarcXmlSchema.isDataTag(f.tag()) && !f.subfields().isEmpty()
                && MarcXmlSchema.indicator(f.ind1()) == f.ind1() && MarcXmlSchema.indicator(f.ind2()) == f.ind2()
                && f.subfields().stream().allMatch(s -> MarcXmlSchema.code(s.code()) == s.code()));
    }

    @Test
    void valuesOutsideTheSchemaAreMappedSoTheRecordStillValidates() throws Exception {
        MarcRecord odd = new MarcRecord("01234nam\u00e9a2200000 a 4500", List.of(
                new ControlField("001", "x\u0001y"),
                new DataField("245", '|', 'A', List.of(new Subfield('\u00a7', "ok"), new Subfield('a', "\uFFFEbad"))),
                new DataField("HLD866", ' ', ' ', List.of(new Subfield('a', "local")))));
        String xml = MarcXmlWriter.toXml(odd);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("ind1=\" \"", "code=\"?\"", ">xy<", ">bad<").doesNotContain("HLD866");
    }

    @Test
    void recordsEmbedInAnotherDocumentUnderTheirOwnNamespace() throws Exception {
        var out = new java.io.StringWriter();
        var xml = javax.xml.stream.XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartElement("srw", "recordData", "http://www.loc.gov/zing/srw/");
        xml.writeNamespace("srw", "http://www.loc.gov/zing/srw/");
        MarcXmlWriter.write(CorpusRecords.read("brown.mrc").get(0), xml);
        xml.writeEndElement();
        xml.close();
        assertThat(out.toString()).startsWith("<srw:recordData xmlns:srw=\"http://www.loc.gov/zing/srw/\">"
                + "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>");
    }

    /** Control fields first, as MARCXML must list them. */
    static List<Field> schemaOrder(List<Field> fields) {
        List<Field> ordered = new java.util.ArrayList<>(fields.stream().filter(ControlField.class::isInstance).toList());
        ordered.addAll(fields.stream().filter(DataField.class::isInstance).toList());
        return ordered;
    }

    static byte[] collection(List<MarcRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MarcXmlWriter writer = new MarcXmlWriter(out)) {
            records.forEach(writer::add);
        }
        return out.toByteArray();
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
