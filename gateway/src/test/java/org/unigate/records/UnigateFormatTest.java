package org.unigate.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.testing.ExternalTools;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class UnigateFormatTest {

    private static final Map<String, String> NAMES = Map.of("hku", "University of Hong Kong");
    private final RecordFormat format = RecordFormats.standard(NAMES::get).find("unigate").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void everyCjkUnionRecordValidatesAgainstOurSchemaAndMarc21Slim() throws Exception {
        ExternalTools.require("xmllint");
        List<String> command = new ArrayList<>(List.of("xmllint", "--nonet", "--noout", "--schema", UnigateSchema.withSharedMarc(dir).toString()));
        int n = 0;
        for (String file : List.of("umich.mrc", "trln.mrc")) {
            for (MarcRecord record : UnionRecords.withVernacular(file)) {
                Path doc = dir.resolve("r" + n++ + ".xml");
                Files.writeString(doc, format.text(UnionRecords.heldByTwo(record)), StandardCharsets.UTF_8);
                command.add(doc.toString());
            }
        }
        assertThat(n).isGreaterThan(40);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("fails to validate");
    }

    @Test
    void aRecordInvalidForTheSchemaIsRejectedByTheSameCheck() throws Exception {
        ExternalTools.require("xmllint");
        Path doc = dir.resolve("bad.xml");
        // heldBy after the description: our schema fixes the order, so this must not validate.
        Files.writeString(doc, "<union:record xmlns:union=\"" + UnigateFormat.NAMESPACE + "\" id=\"u1\">"
                + "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000   4500</leader></record>"
                + "<union:heldBy/></union:record>");
        Process p = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema",
                UnigateSchema.withSharedMarc(dir).toString(), doc.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
    }

    @Test
    void heldByListsEachMemberWithItsFlattenedHoldingsThenTheDescription() throws Exception {
        MarcRecord record = UnionRecords.withVernacular("umich.mrc").get(0);
        Document doc = parse(format.text(UnionRecords.heldByTwo(record)));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/*[local-name()='record']/@id", doc)).isEqualTo("u0123456789abcdef");
        String hku = "//*[local-name()='member'][@id='hku']";
        assertThat(xpath.evaluate(hku + "/@name", doc)).isEqualTo("University of Hong Kong");
        assertThat(xpath.evaluate(hku + "/@localId", doc)).isEqualTo(record.controlNumber().orElseThrow());
        assertThat(xpath.evaluate(hku + "/*[@tag='852']/*[local-name()='callNumber']", doc)).isEqualTo("PL2658.E8 A5 1985");
        assertThat(xpath.evaluate(hku + "/*[@tag='852']/*[local-name()='collection']", doc)).isEqualTo("Main Library");
        assertThat(xpath.evaluate(hku + "/*[@tag='866']/*[local-name()='summary']", doc)).isEqualTo("v.1-12 (1985-1996)");
        String cuhk = "//*[local-name()='member'][@id='cuhk']";
        assertThat(xpath.evaluate("count(" + cuhk + "/@name)", doc)).isEqualTo("0");
        assertThat(xpath.evaluate(cuhk + "/*[@tag='856']/*[local-name()='linkText']", doc)).isEqualTo("Online version");
        String vernacularTitle = record.vernacular("245").orElseThrow().first('a').orElseThrow();
        assertThat(xpath.evaluate("/*/*[local-name()='record' and namespace-uri()='http://www.loc.gov/MARC21/slim']"
                + "/*[@tag='880']/*[@code='a']", doc)).isNotBlank();
        assertThat(doc.getDocumentElement().getTextContent()).contains(vernacularTitle);
    }

    @Test
    void controlCharactersAMemberSendsAreDroppedNotWritten() throws Exception {
        MarcRecord record = UnionRecords.withVernacular("umich.mrc").get(0);
        DataField bad = new DataField("852", ' ', ' ', List.of(new Subfield('h', "QA76\u0000.9\u001b"), new Subfield('z', "\uFFFE")));
        UnionRecord union = new UnionRecord("u1", record, List.of(new HeldBy("x\u0001", "id\u0002", List.of(bad))), List.of(), 0);
        Document doc = parse(format.text(union));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//*[local-name()='callNumber']", doc)).isEqualTo("QA76.9");
        assertThat(xpath.evaluate("//*[local-name()='member']/@id", doc)).isEqualTo("x");
        assertThat(xpath.evaluate("count(//*[local-name()='note'])", doc)).isEqualTo("0");
    }

    @Test
    void theServedSchemaIsTheOneOnTheClasspath() throws IOException {
        try (InputStream in = SchemaEndpoint.class.getResourceAsStream(SchemaEndpoint.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("targetNamespace=\"" + UnigateFormat.NAMESPACE + "\"");
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
