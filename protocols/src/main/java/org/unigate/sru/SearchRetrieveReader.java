package org.unigate.sru;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.xml.UntrustedXml;

/**
 * Reads a searchRetrieveResponse of SRU 1.1/1.2 or 2.0 in one streaming StAX pass, told apart by
 * the root's namespace, without building a tree: {@code numberOfRecords}, the records (each
 * lifted out on its own, see {@link RecordData}, surrogate diagnostics read), and the
 * diagnostics. A record that cannot be used is reported in its place; a response that is not
 * well-formed XML, or not a searchRetrieveResponse at all, is refused as a whole with {@code
 * MEMBER_ERROR}.
 */
public final class SearchRetrieveReader {

    private SearchRetrieveReader() {
    }

    /** @throws DiagnosticException {@code MEMBER_ERROR} with what was wrong and where */
    public static SearchRetrieveResponse read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = UntrustedXml.reader(in);
            UntrustedXml.toRoot(xml);
            return new Walk(xml).root();
        } catch (XMLStreamException e) {
            throw new DiagnosticException(Condition.MEMBER_ERROR, "malformed SRU response: " + SruXml.describe(e));
        } finally {
            close(xml);
        }
    }

    static Diagnostic skipped(String where, String reason) {
        return Diagnostic.of(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA, where + " skipped: " + reason);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the bytes are in memory; nothing to release
            }
        }
    }

    /** The state of one pass over a response. */
    private static final class Walk {
        private final XMLStreamReader xml;
        private final XMLOutputFactory outputs = RecordData.outputFactory();
        private String namespace;
        private Long numberOfRecords;
        private final List<SruRecord> records = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Walk(XMLStreamReader xml) {
            this.xml = xml;
        }

        SearchRetrieveResponse root() throws XMLStreamException {
            namespace = xml.getNamespaceURI();
            if (!SruVersion.isResponseNamespace(namespace) || !"searchRetrieveResponse".equals(xml.getLocalName())) {
                throw new DiagnosticException(Condition.MEMBER_ERROR, "not an SRU searchRetrieveResponse: root element <"
                        + xml.getLocalName() + ">" + (namespace == null || namespace.isEmpty() ? "" : " in " + namespace));
            }
            while (UntrustedXml.nextChild(xml)) {
                if (SruXml.is(xml, namespace, "numberOfRecords")) {
                    numberOfRecords = count(SruXml.text(xml));
                } else if (SruXml.is(xml, namespace, "records")) {
                    records();
                } else if (SruXml.is(xml, namespace, "diagnostics")) {
                    diagnostics();
                } else {
                    UntrustedXml.skip(xml);
                }
            }
            return new SearchRetrieveResponse(numberOfRecords, records, diagnostics);
        }

        private void diagnostics() throws XMLStreamException {
            while (UntrustedXml.nextChild(xml)) {
                if ("diagnostic".equals(xml.getLocalName())) {
                    diagnostics.add(DiagnosticReader.read(xml));
                } else {
                    UntrustedXml.skip(xml);
                }
            }
        }

        private void records() throws XMLStreamException {
            while (UntrustedXml.nextChild(xml)) {
                if (SruXml.is(xml, namespace, "record")) {
                    records.add(readRecord(records.size() + 1));
                } else {
                    UntrustedXml.skip(xml);
                }
            }
        }

        /** @param ordinal the record's place in this page, for reports when it has no recordPosition */
        private SruRecord readRecord(int ordinal) throws XMLStreamException {
            String schema = null;
            String position = null;
            String identifier = null;
            RecordData data = null;
            String problem = null;
            while (UntrustedXml.nextChild(xml)) {
                if (SruXml.is(xml, namespace, "recordSchema")) {
                    schema = SruXml.text(xml);
                } else if (SruXml.is(xml, namespace, "recordPosition")) {
                    position = SruXml.text(xml);
                } else if (SruXml.is(xml, namespace, "recordData")) {
                    try {
                        data = RecordData.copy(xml, outputs);
                    } catch (BadRecordException e) {
                        problem = e.getMessage();
                    }
                } else if (SruXml.is(xml, namespace, "extraRecordData")) {
                    identifier = recordIdentifier();
                } else {
                    UntrustedXml.skip(xml);
                }
            }
            String where = position != null ? "record at position " + shorten(position) : "record " + ordinal + " of the page";
            if (data == null && problem == null) {
                problem = "no recordData";
            }
            if (problem != null) {
                return new SruRecord.Problem(skipped(where, problem));
            }
            if (!DiagnosticReader.isSurrogate(data)) {
                return new SruRecord.Data(where, schema, identifier, data);
            }
            try {
                Diagnostic d = DiagnosticReader.surrogate(data);
                return new SruRecord.Problem(Diagnostic.of(d.condition(), where + (d.details() == null ? "" : ": " + d.details())));
            } catch (BadRecordException e) {
                return new SruRecord.Problem(skipped(where, e.getMessage()));
            }
        }

        /** The first {@code recordIdentifier} (any namespace) inside extraRecordData. */
        private String recordIdentifier() throws XMLStreamException {
            String found = null;
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (found == null && "recordIdentifier".equals(xml.getLocalName())) {
                        found = SruXml.text(xml);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return found == null || found.isEmpty() ? null : found;
        }

        private Long count(String text) {
            try {
                long n = Long.parseLong(text);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new DiagnosticException(Condition.MEMBER_ERROR, "numberOfRecords is not a count: \"" + shorten(text) + "\"");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
