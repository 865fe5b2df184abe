package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.unigate.sru.SruVersion;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reading SRU responses in tests: XPath by local name, and xmllint validation against the SRU XSDs. */
final class Xml {

    static final Path SRU12 = SharedData.schemas().resolve("sru1/srw-types-1.2-harness.xsd");
    static final Path SRU20 = SharedData.schemas().resolve("sru2/sruResponse.xsd");
    static final Path SCAN20 = SharedData.schemas().resolve("sru2/scan.xsd");

    private Xml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The string value of an XPath 1.0 expression. */
    static String x(String xml, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, parse(xml));
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** Text of every element with this local name, in document order. */
    static List<String> all(String xml, String localName) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate("//*[local-name()='" + localName + "']", parse(xml), XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(localName, e);
        }
    }

    static String root(String xml) {
        return "{" + x(xml, "namespace-uri(/*)") + "}" + x(xml, "local-name(/*)");
    }

    static String diagnostic(String xml) {
        return x(xml, "string((//*[local-name()='diagnostic']/*[local-name()='uri'])[1])");
    }

    static long numberOfRecords(String xml) {
        return Long.parseLong(x(xml, "/*/*[local-name()='numberOfRecords']"));
    }

    /** The schema a response of this version and root validates against. */
    static Path schemaFor(String xml) {
        String ns = x(xml, "namespace-uri(/*)");
        return switch (ns) {
            case SruVersion.NS_1X -> SRU12;
            case SruVersion.SCAN_2 -> SCAN20;
            case SruVersion.NS_2 -> SRU20;
            default -> throw new AssertionError("not an SRU response: " + ns);
        };
    }

    /** Validates every document against its schema with xmllint; fails naming the documents that do not. */
    static void assertValid(List<String> documents) throws IOException, InterruptedException {
        ExternalTools.require("xmllint");
        Path dir = Files.createTempDirectory("sru-xsd");
        try {
            for (int i = 0; i < documents.size(); i++) {
                Files.writeString(dir.resolve(i + ".xml"), documents.get(i), StandardCharsets.UTF_8);
            }
            for (Path schema : List.of(SRU12, SRU20, SCAN20)) {
                List<String> command = new ArrayList<>(List.of("xmllint", "--nonet", "--noout", "--schema", schema.toString()));
                for (int i = 0; i < documents.size(); i++) {
                    if (schemaFor(documents.get(i)).equals(schema)) {
                        command.add(dir.resolve(i + ".xml").toString());
                    }
                }
                if (command.size() == 5) {
                    continue;
                }
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as("xmllint against %s:\n%s", schema.getFileName(), out).isZero();
                assertThat(out).doesNotContain("fails to validate");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
