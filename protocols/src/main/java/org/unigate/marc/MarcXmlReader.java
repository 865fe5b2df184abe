package org.unigate.marc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams MARCXML records with StAX: a {@code collection} or a lone {@code record}, with or
 * without the MARC21/slim namespace, and records embedded in other XML (SRU responses, OAI-PMH
 * envelopes). Elements are matched by local name. DTDs and external entities are refused. A
 * well-formedness error ends the stream; the record being read then is handed out with what it
 * had so far and the error as a problem.
 */
final class MarcXmlReader {

    private final XMLStreamReader xml;
    private final XMLStreamException openError;
    private final BoundedReader input;
    private List<RecordProblem> initial;
    private boolean started;
    private boolean finished;
    private boolean produced;
    private MarcRecord lookahead;
    private RecordProblem trailing;

    /** @param initial problems found before parsing (the prologue), for the first record */
    MarcXmlReader(BoundedReader in, List<RecordProblem> initial) {
        XMLStreamReader reader = null;
        XMLStreamException error = null;
        try {
            reader = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            error = e;
        }
        this.xml = reader;
        this.input = in;
        this.openError = error;
        this.initial = List.copyOf(initial);
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * The next record, or null when the document holds no more. One record is read ahead so
     * that an error after the last record (junk after the root element, a cut-off end tag)
     * lands on that record instead of being lost.
     */
    MarcRecord next() {
        if (!started) {
            started = true;
            lookahead = read();
        }
        MarcRecord out = lookahead;
        if (out == null) {
            return null;
        }
        lookahead = read();
        if (trailing != null) {
            List<RecordProblem> problems = new ArrayList<>(out.problems());
            problems.add(trailing);
            out = out.withProblems(problems);
            trailing = null;
        }
        return out;
    }

    private MarcRecord read() {
        if (finished) {
            return null;
        }
        if (xml == null) {
            finished = true;
            return broken(null, openError);
        }
        MarcXmlRecordBuilder record = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("record")) {
                        input.recordStarted();
                        record = newRecord();
                    } else if (record != null) {
                        readElement(record, name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && record != null
                        && xml.getLocalName().equals("record")) {
                    produced = true;
                    return record.build();
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            finished = true;
            rethrowIoError(e);
            return broken(record, e);
        }
    }

    private static void rethrowIoError(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedReader.TooLarge) {
                return;
            }
            if (t instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof IOException io
                    && !(io instanceof BoundedReader.TooLarge)) {
                throw new UncheckedIOException(io);
            }
        }
    }

    private void readElement(MarcXmlRecordBuilder record, String name) throws XMLStreamException {
        switch (name) {
            case "leader" -> record.leader(xml.getElementText());
            case "controlfield" -> record.controlField(xml.getAttributeValue(null, "tag"), xml.getElementText());
            case "datafield" -> record.startDataField(xml.getAttributeValue(null, "tag"),
                    xml.getAttributeValue(null, "ind1"), xml.getAttributeValue(null, "ind2"));
            case "subfield" -> record.subfield(xml.getAttributeValue(null, "code"), xml.getElementText());
            default -> {
            }
        }
    }

    private MarcRecord broken(MarcXmlRecordBuilder record, Exception e) {
        String where = e instanceof XMLStreamException x && x.getLocation() != null
                ? "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber()
                : "XML";
        String message = "XML is not well-formed, reading stopped: " + firstLine(e.getMessage());
        if (record == null && produced) {
            trailing = new RecordProblem(RecordProblem.Kind.STRUCTURE, where, message + " (after this record)");
            return null;
        }
        if (record == null) {
            List<RecordProblem> problems = new ArrayList<>(initial);
            problems.add(new RecordProblem(RecordProblem.Kind.UNREADABLE, where, message));
            return MarcDecoder.unreadable(problems);
        }
        record.problem(new RecordProblem(RecordProblem.Kind.STRUCTURE, where, message));
        return record.build();
    }

    private MarcXmlRecordBuilder newRecord() {
        MarcXmlRecordBuilder builder = new MarcXmlRecordBuilder();
        initial.forEach(builder::problem);
        initial = List.of();
        return builder;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n');
        String last = nl >= 0 ? m.substring(nl + 1).strip() : m;
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }

    void close() {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held beyond the stream, which the caller closes
            }
        }
    }
}
