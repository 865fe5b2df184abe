package org.unigate.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.unigate.xml.UntrustedXml;

class OaiPmhTest {

    private static final String PAGE = "<OAI-PMH xmlns=\"" + OaiPmh.NAMESPACE + "\" xmlns:x=\"urn:x\"><metadata>"
            + "<x:dc x:lang=\"en\" id=\"7\"><x:title>Whale</x:title></x:dc><after/></metadata></OAI-PMH>";

    /** A reader on the first child of {@code <metadata>}. */
    private static XMLStreamReader onMetadataContent() throws Exception {
        XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
        UntrustedXml.toRoot(xml);
        assertThat(OaiPmh.isOai(xml, "OAI-PMH")).isTrue();
        UntrustedXml.nextChild(xml);
        assertThat(OaiPmh.isOai(xml, "metadata")).isTrue();
        UntrustedXml.nextChild(xml);
        assertThat(OaiPmh.isOai(xml, "dc")).isFalse();
        return xml;
    }

    @Test
    void anElementIsCopiedAsADocumentOfItsOwnWithItsNamespaces() throws Exception {
        XMLStreamReader xml = onMetadataContent();

        String copy = new String(OaiPmh.copy(xml, 1000), StandardCharsets.UTF_8);

        assertThat(copy).contains("<x:dc xmlns:x=\"urn:x\" id=\"7\">", "<x:title xmlns:x=\"urn:x\">Whale</x:title>")
                .doesNotContain("lang");
        UntrustedXml.nextChild(xml);
        assertThat(xml.getLocalName()).isEqualTo("after");
    }

    @Test
    void aCopyPastItsBoundIsRefusedAndTheReaderStaysInStep() throws Exception {
        XMLStreamReader xml = onMetadataContent();

        assertThatThrownBy(() -> OaiPmh.copy(xml, 10)).isInstanceOf(OaiPmh.TooLarge.class)
                .hasMessage("record metadata larger than 10 bytes");
        UntrustedXml.nextChild(xml);
        assertThat(xml.getLocalName()).isEqualTo("after");
    }
}
