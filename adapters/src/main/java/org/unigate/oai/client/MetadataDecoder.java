package org.unigate.oai.client;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.marc.DublinCoreWriter;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.marc.RecordProblem;
import org.unigate.xml.UntrustedXml;

/**
 * One record's {@code <metadata>} content as a MARC record: MARCXML through the marc package's
 * reader, simple Dublin Core through {@link DublinCoreToMarc}. Chosen by what the content is,
 * not by the prefix asked for, since providers name their formats freely.
 */
final class MetadataDecoder {

    /** Why a record's metadata was refused. */
    static final class BadMetadata extends Exception {
        private static final long serialVersionUID = 1L;

        BadMetadata(String message) {
            super(message);
        }
    }

    private MetadataDecoder() {
    }

    /**
     * @param root      local name of the metadata's root element
     * @param namespace its namespace, or null
     * @param bytes     the root element copied as a document of its own
     */
    static MarcRecord decode(String identifier, String root, String namespace, byte[] bytes) throws BadMetadata {
        if (DublinCoreWriter.OAI_DC.equals(namespace) || "dc".equals(root)) {
            return dublinCore(identifier, bytes);
        }
        if (MarcXmlWriter.NAMESPACE.equals(namespace) || "record".equals(root) || "collection".equals(root)) {
            return marcXml(bytes);
        }
        throw new BadMetadata("metadata is neither MARCXML nor oai_dc (<" + root + "> in " + namespace + ")");
    }

    private static MarcRecord marcXml(byte[] bytes) throws BadMetadata {
        Optional<MarcRecord> read;
        try (Stream<MarcRecord> records = MarcFiles.stream(new ByteArrayInputStream(bytes))) {
            read = records.findFirst();
        } catch (RuntimeException e) {
            throw new BadMetadata("unreadable MARCXML: " + e.getMessage());
        }
        MarcRecord record = read.orElseThrow(() -> new BadMetadata("no MARCXML record in the metadata"));
        Optional<RecordProblem> unreadable = record.problems().stream()
                .filter(p -> p.kind() == RecordProblem.Kind.UNREADABLE).findFirst();
        if (unreadable.isPresent()) {
            throw new BadMetadata("unreadable MARCXML: " + unreadable.get().message());
        }
        if (record.fields().isEmpty()) {
            throw new BadMetadata("MARCXML record without fields");
        }
        return record;
    }

    private static MarcRecord dublinCore(String identifier, byte[] bytes) throws BadMetadata {
        List<DublinCoreToMarc.Element> elements = new ArrayList<>();
        try {
            XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(bytes));
            try {
                UntrustedXml.toRoot(xml);
                while (UntrustedXml.nextChild(xml)) {
                    String name = xml.getLocalName();
                    boolean dc = DublinCoreWriter.DC.equals(xml.getNamespaceURI());
                    String text = xml.getElementText().strip();
                    if (dc && !text.isEmpty()) {
                        elements.add(new DublinCoreToMarc.Element(name, text));
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadMetadata("unreadable oai_dc: " + UntrustedXml.describe(e));
        }
        if (elements.stream().noneMatch(e -> e.name().equals("title"))) {
            throw new BadMetadata("oai_dc record without a title");
        }
        return DublinCoreToMarc.toMarc(identifier, elements);
    }
}
