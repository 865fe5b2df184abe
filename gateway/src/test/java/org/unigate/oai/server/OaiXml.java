package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.unigate.oai.OaiPmh;
import org.unigate.testing.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading OAI-PMH responses in tests: parsed as DOM, checked by xmllint against the shared schemas. */
final class OaiXml {

    private final String text;
    private final Document dom;

    OaiXml(String text) {
        this.text = text;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            this.dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e + "\n" + text, e);
        }
    }

    /** Answers a query string ({@code verb=...&...}) with the repository, as the endpoint would. */
    static OaiXml ask(OaiRepository repository, String query) throws Exception {
        var parameters = new QueryStringDecoder(query, StandardCharsets.UTF_8, false).parameters();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OaiWriter.write(repository.answer(parameters), "http://test.invalid/oai", Instant.now(), out);
        return new OaiXml(out.toString(StandardCharsets.UTF_8));
    }

    String text() {
        return text;
    }

    String xpath(String expression) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(expression, dom, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    List<String> all(String localName) {
        NodeList nodes = dom.getElementsByTagNameNS("*", localName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    String errorCode() {
        return xpath("string(/*/*[local-name()='error']/@code)");
    }

    /** Header identifiers, in order. */
    List<String> identifiers() {
        NodeList headers = dom.getElementsByTagNameNS(OaiPmh.NAMESPACE, "header");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < headers.getLength(); i++) {
            ids.add(((Element) headers.item(i)).getElementsByTagNameNS(OaiPmh.NAMESPACE, "identifier").item(0)
                    .getTextContent());
        }
        return ids;
    }

    String token() {
        return xpath("string(//*[local-name()='resumptionToken'])");
    }

    boolean hasToken() {
        return !xpath("//*[local-name()='resumptionToken']").isEmpty()
                || dom.getElementsByTagNameNS(OaiPmh.NAMESPACE, "resumptionToken").getLength() > 0;
    }

    String requestAttributes() {
        Element request = (Element) dom.getElementsByTagNameNS(OaiPmh.NAMESPACE, "request").item(0);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < request.getAttributes().getLength(); i++) {
            s.append(request.getAttributes().item(i).getNodeName()).append(' ');
        }
        return s.toString().trim();
    }

    /** The first element inside {@code <metadata>}, as a document of its own. */
    OaiXml metadataRecord() throws Exception {
        Element metadata = (Element) dom.getElementsByTagNameNS(OaiPmh.NAMESPACE, "metadata").item(0);
        org.w3c.dom.Node record = metadata.getFirstChild();
        while (!(record instanceof Element)) {
            record = record.getNextSibling();
        }
        var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        java.io.StringWriter out = new java.io.StringWriter();
        transformer.transform(new javax.xml.transform.dom.DOMSource(record), new javax.xml.transform.stream.StreamResult(out));
        return new OaiXml(out.toString());
    }

    /** Fails with xmllint's complaint unless the response is valid OAI-PMH (with oai_dc and MARCXML). */
    OaiXml assertValid() throws IOException, InterruptedException {
        return assertValid(SharedData.schemas().resolve("oai-pmh-with-formats.xsd"));
    }

    OaiXml assertValid(Path schema) throws IOException, InterruptedException {
        Path file = Files.createTempFile("oai-response", ".xml");
        try {
            Files.writeString(file, text);
            Process p = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema", schema.toString(),
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("xmllint: %s%n%s", output, text.substring(0, Math.min(3000, text.length())))
                    .isZero();
        } finally {
            Files.deleteIfExists(file);
        }
        return this;
    }
}
