package org.unigate.cql;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.query.Terms;

/**
 * Writes a query as XCQL, the XML form of CQL that SRU 1.x echoes back ({@code xQuery}). The root is
 * the query's {@code triple} or {@code searchClause} in the XCQL namespace; sort keys go last inside
 * it as {@code sortKeys/key}, where YAZ and cql-java put them. Terms stay in CQL term syntax, as
 * YAZ writes them. Prefixes are resolved by the parser, so no {@code prefixes} element is written.
 * Text that XML 1.0 cannot carry (control characters, unpaired surrogates) becomes U+FFFD.
 * Writing does not recurse; a tree needing more than {@link #MAX_ELEMENT_DEPTH} nested elements is
 * refused with an {@link IllegalArgumentException}.
 */
public final class XcqlWriter {

    public static final String NAMESPACE = "http://www.loc.gov/zing/cql/xcql/";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** Deeper elements are written at this indentation, so a deep tree cannot square the output size. */
    private static final int MAX_INDENT = 32;

    /**
     * The deepest element written. The JDK's StAX writer breaks past about 32,000 open elements; a
     * parsed query is far shallower (see {@link CqlParser#DEFAULT_MAX_DEPTH}), so only a hand-built
     * tree can reach this, and it gets a clear error.
     */
    public static final int MAX_ELEMENT_DEPTH = 16_384;

    private XcqlWriter() {
    }

    /** The query as an indented XCQL document without an XML declaration. */
    public static String write(SearchQuery query) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
            new Emitter(xml, true).query(query);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XCQL", e);
        }
        return text.toString();
    }

    /** Writes the query's root element into an open writer, e.g. inside an SRU response. */
    public static void writeTo(SearchQuery query, XMLStreamWriter xml) throws XMLStreamException {
        new Emitter(xml, false).query(query);
    }

    /** An element still to be closed, below queries still to be written on the work stack. */
    private record End() {
    }

    private record Start(String name) {
    }

    private static final class Emitter {
        private final XMLStreamWriter xml;
        private final boolean indent;
        private int depth;
        private boolean hadChild;

        Emitter(XMLStreamWriter xml, boolean indent) {
            this.xml = xml;
            this.indent = indent;
        }

        void query(SearchQuery query) throws XMLStreamException {
            Query root = query.root();
            Deque<Object> work = new ArrayDeque<>();
            work.push(new End());
            start(root instanceof BooleanQuery ? "triple" : "searchClause");
            xml.writeDefaultNamespace(NAMESPACE);
            if (root instanceof BooleanQuery b) {
                triple(b, work);
            } else {
                clause(root);
            }
            while (work.size() > 1) {
                Object item = work.pop();
                if (item instanceof End) {
                    end();
                } else if (item instanceof Start s) {
                    start(s.name());
                } else if (item instanceof BooleanQuery b) {
                    start("triple");
                    work.push(new End());
                    triple(b, work);
                } else {
                    start("searchClause");
                    clause((Query) item);
                    end();
                }
            }
            sortKeys(query.sortKeys());
            end();
        }

        /** Writes the boolean now and queues both operands and the closing tags. */
        private void triple(BooleanQuery b, Deque<Object> work) throws XMLStreamException {
            start("boolean");
            leaf("value", b.op().name().toLowerCase(Locale.ROOT));
            modifiers(b.modifiers());
            end();
            work.push(new End());
            work.push(b.right());
            work.push(new Start("rightOperand"));
            work.push(new End());
            work.push(b.left());
            work.push(new Start("leftOperand"));
        }

        private void clause(Query q) throws XMLStreamException {
            if (q instanceof ResultSetRef r) {
                q = new Clause("cql.resultSetId", Relation.EQ, Terms.escape(r.name()));
            }
            Clause c = (Clause) q;
            leaf("index", c.index());
            start("relation");
            leaf("value", c.relation().base());
            modifiers(c.relation().modifiers());
            end();
            leaf("term", c.term());
        }

        private void sortKeys(List<SortKey> keys) throws XMLStreamException {
            if (keys.isEmpty()) {
                return;
            }
            start("sortKeys");
            for (SortKey key : keys) {
                start("key");
                leaf("index", key.index());
                modifiers(key.modifiers());
                end();
            }
            end();
        }

        private void modifiers(List<Modifier> modifiers) throws XMLStreamException {
            if (modifiers.isEmpty()) {
                return;
            }
            start("modifiers");
            for (Modifier m : modifiers) {
                start("modifier");
                leaf("type", m.name());
                if (m.comparison() != null) {
                    leaf("comparison", m.comparison());
                    leaf("value", m.value());
                }
                end();
            }
            end();
        }

        private void start(String name) throws XMLStreamException {
            if (depth >= MAX_ELEMENT_DEPTH) {
                throw new IllegalArgumentException("query nests too deeply for XCQL: over "
                        + MAX_ELEMENT_DEPTH + " elements");
            }
            newline();
            xml.writeStartElement(name);
            depth++;
            hadChild = false;
        }

        private void end() throws XMLStreamException {
            depth--;
            if (hadChild) {
                newline();
            }
            xml.writeEndElement();
            hadChild = true;
        }

        private void leaf(String name, String text) throws XMLStreamException {
            newline();
            xml.writeStartElement(name);
            xml.writeCharacters(XmlText.clean(text));
            xml.writeEndElement();
            hadChild = true;
        }

        private void newline() throws XMLStreamException {
            if (indent && (depth > 0 || hadChild)) {
                xml.writeCharacters("\n" + "  ".repeat(Math.min(depth, MAX_INDENT)));
            }
        }
    }
}
