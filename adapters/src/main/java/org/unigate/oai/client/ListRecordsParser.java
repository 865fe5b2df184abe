package org.unigate.oai.client;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.marc.MarcRecord;
import org.unigate.oai.OaiDates;
import org.unigate.oai.OaiPmh;
import org.unigate.oai.OaiVerb;
import org.unigate.xml.UntrustedXml;

/**
 * Reads a ListRecords answer with StAX. A record whose header or metadata cannot be used is
 * skipped with its identifier and the reason, and the rest of the page is kept; XML that is not
 * well-formed (a page cut off, say) fails the whole page, as nothing after the fault can be trusted.
 */
final class ListRecordsParser {

    /** An OAI identifier longer than this is damage, not an id. */
    static final int MAX_IDENTIFIER = 1024;

    private final int maxRecordBytes;
    private final List<OaiPage.Item> records = new ArrayList<>();
    private final List<OaiPage.Skipped> skipped = new ArrayList<>();
    private String token;
    private long completeListSize = -1;

    private ListRecordsParser(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    static OaiPage parse(byte[] body, int maxRecordBytes) throws XMLStreamException {
        return new ListRecordsParser(maxRecordBytes).read(body);
    }

    private OaiPage read(byte[] body) throws XMLStreamException {
        XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(body));
        try {
            UntrustedXml.toRoot(xml);
            if (!OaiPmh.isOai(xml, "OAI-PMH")) {
                throw new XMLStreamException("not an OAI-PMH response: <" + xml.getLocalName() + ">");
            }
            OaiPage error = null;
            boolean listed = false;
            while (UntrustedXml.nextChild(xml)) {
                if (OaiPmh.isOai(xml, "error")) {
                    String code = xml.getAttributeValue(null, "code");
                    error = error != null ? error : OaiPage.error(code == null ? "unknown" : code, xml.getElementText().strip());
                } else if (OaiPmh.isOai(xml, OaiVerb.LIST_RECORDS.protocolName())) {
                    listed = true;
                    readList(xml);
                } else {
                    UntrustedXml.skip(xml);
                }
            }
            drain(xml);
            if (error != null) {
                return error;
            }
            if (!listed) {
                throw new XMLStreamException("OAI-PMH response without ListRecords or error");
            }
            return new OaiPage(records, skipped, token, completeListSize, null, null);
        } finally {
            xml.close();
        }
    }

    /** Reads to the end so a cut-off document fails here rather than passing as complete. */
    private static void drain(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private void readList(XMLStreamReader xml) throws XMLStreamException {
        while (UntrustedXml.nextChild(xml)) {
            if (OaiPmh.isOai(xml, "record")) {
                readRecord(xml);
            } else if (OaiPmh.isOai(xml, OaiVerb.RESUMPTION_TOKEN)) {
                String size = xml.getAttributeValue(null, "completeListSize");
                completeListSize = parseSize(size);
                token = xml.getElementText().strip();
            } else {
                UntrustedXml.skip(xml);
            }
        }
    }

    private static long parseSize(String size) {
        try {
            return size == null ? -1 : Long.parseLong(size.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void readRecord(XMLStreamReader xml) throws XMLStreamException {
        String identifier = null;
        String datestamp = null;
        boolean deleted = false;
        MarcRecord record = null;
        String problem = null;
        while (UntrustedXml.nextChild(xml)) {
            if (OaiPmh.isOai(xml, "header")) {
                deleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                while (UntrustedXml.nextChild(xml)) {
                    if (OaiPmh.isOai(xml, "identifier")) {
                        identifier = xml.getElementText().strip();
                    } else if (OaiPmh.isOai(xml, "datestamp")) {
                        datestamp = xml.getElementText().strip();
                    } else {
                        UntrustedXml.skip(xml);
                    }
                }
            } else if (OaiPmh.isOai(xml, "metadata") && !deleted) {
                try {
                    record = metadata(xml, identifier);
                } catch (MetadataDecoder.BadMetadata | OaiPmh.TooLarge e) {
                    problem = e.getMessage();
                }
            } else {
                UntrustedXml.skip(xml);
            }
        }
        add(identifier, datestamp, deleted, record, problem);
    }

    private MarcRecord metadata(XMLStreamReader xml, String identifier)
            throws XMLStreamException, MetadataDecoder.BadMetadata, OaiPmh.TooLarge {
        if (!UntrustedXml.nextChild(xml)) {
            throw new MetadataDecoder.BadMetadata("empty metadata");
        }
        String root = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        byte[] copy;
        try {
            copy = OaiPmh.copy(xml, maxRecordBytes);
        } finally {
            skipRest(xml);
        }
        return MetadataDecoder.decode(identifier == null ? "" : identifier, root, namespace, copy);
    }

    /** Leaves the reader on the end tag of {@code <metadata>}. */
    private static void skipRest(XMLStreamReader xml) throws XMLStreamException {
        while (UntrustedXml.nextChild(xml)) {
            UntrustedXml.skip(xml);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    private void add(String identifier, String datestamp, boolean deleted, MarcRecord record, String problem) {
        if (identifier == null || identifier.isEmpty() || identifier.length() > MAX_IDENTIFIER) {
            skipped.add(new OaiPage.Skipped(identifier == null ? null : abbreviate(identifier),
                    "missing or oversized identifier"));
            return;
        }
        if (datestamp == null) {
            skipped.add(new OaiPage.Skipped(identifier, "no datestamp"));
            return;
        }
        Instant when;
        try {
            when = OaiDates.parse(datestamp);
        } catch (IllegalArgumentException e) {
            skipped.add(new OaiPage.Skipped(identifier, e.getMessage()));
            return;
        }
        if (deleted) {
            records.add(new OaiPage.Item(identifier, when, true, null));
        } else if (record == null) {
            skipped.add(new OaiPage.Skipped(identifier, problem == null ? "no metadata" : problem));
        } else {
            records.add(new OaiPage.Item(identifier, when, false, record));
        }
    }
}
