package org.unigate.z3950.server;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.unigate.ber.Oid;
import org.unigate.records.RecordFormat;
import org.unigate.records.RecordFormats;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Specification;

/**
 * Which shared {@link RecordFormat} answers a record syntax and element set, so a record read
 * over Z39.50 is the one SRU and OAI-PMH send:
 *
 * <table>
 * <caption>What each syntax carries</caption>
 * <tr><th>syntax</th><th>element set names</th></tr>
 * <tr><td>XML (text-xml), application-xml</td><td>none or F: marcxml; B: brief marcxml; marcxml, dc,
 *     oai_dc, mods, unigate (and the aliases and SRU schema identifiers {@link RecordFormats} knows)</td></tr>
 * <tr><td>USMARC, OPAC, SUTRS</td><td>none, F, B, marcxml, json: the MARC record (brief for B)</td></tr>
 * <tr><td>JSON</td><td>the same, as MARC-in-JSON</td></tr>
 * </table>
 *
 * <p>A CompSpec may name the format by schema instead: by URI (a name or SRU schema identifier,
 * as YAZ's front-end server passes SRU's recordSchema) or by OID. No Z39.50 schema OID is
 * registered for MARCXML, DC, MODS or the union record, so the OIDs understood are the record
 * syntax OIDs yaz-client's {@code schema} command sends for names that are not schemas
 * ({@code schema usmarc}, {@code schema xml}: the MARC record); any other schema is diagnostic
 * 1066. A syntax the gateway cannot write is 239 naming its OID, as Zebra answers; an element
 * set name it does not know, or that the syntax cannot carry (dc in USMARC, json in XML), is
 * 25 naming it.
 */
final class Renditions {

    private static final Set<Oid> XML = Set.of(RecordSyntax.XML, RecordSyntax.APPLICATION_XML);
    private static final Set<Oid> MARC = Set.of(RecordSyntax.USMARC, RecordSyntax.OPAC, RecordSyntax.SUTRS);
    private static final Map<Oid, String> SCHEMA_OIDS = Map.of(
            RecordSyntax.USMARC, "marcxml", RecordSyntax.XML, "marcxml", RecordSyntax.JSON, "json");

    private final RecordFormats formats;
    private final RecordFormat marcxml;
    private final RecordFormat json;

    Renditions(RecordFormats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.marcxml = formats.find("marcxml").orElseThrow();
        this.json = formats.find("json").orElseThrow();
    }

    /** The rendition a request asked for, or the Bib-1 failure that refuses it before any record is fetched. */
    Rendition choose(RecordSpec spec) {
        Oid syntax = spec.syntax();
        if (!XML.contains(syntax) && !MARC.contains(syntax) && !syntax.equals(RecordSyntax.JSON)) {
            throw Bib1.failure(Bib1.RECORD_SYNTAX_UNSUPPORTED, syntax.toString());
        }
        String name = spec.elementSetName();
        boolean brief = "B".equalsIgnoreCase(name);
        boolean full = name == null || "F".equalsIgnoreCase(name);
        RecordFormat schema = schema(spec.specification());
        RecordFormat named = brief || full ? null
                : formats.find(name).orElseThrow(() -> Bib1.failure(Bib1.ELEMENT_SET_NAME_NOT_VALID, name));
        if (named != null && schema != null && !named.equals(schema)) {
            throw Bib1.failure(Bib1.ELEMENT_SET_NAME_NOT_VALID, name + " is not schema " + schema.name());
        }
        RecordFormat format = named != null ? named : schema != null ? schema : marcxml;
        if (brief && !isMarc(format)) {
            throw Bib1.failure(Bib1.ELEMENT_SET_NAME_NOT_VALID, name + " of " + format.name());
        }
        if (XML.contains(syntax) ? !format.xml() : !isMarc(format)) {
            throw named != null ? Bib1.failure(Bib1.ELEMENT_SET_NAME_NOT_VALID, name)
                    : Bib1.failure(Bib1.COMPSPEC_UNKNOWN_SCHEMA, format.name() + " in " + RecordSyntax.nameOf(syntax));
        }
        if (MARC.contains(syntax)) {
            return new Rendition(syntax, marcxml, brief);
        }
        return new Rendition(syntax, syntax.equals(RecordSyntax.JSON) ? json : format, brief);
    }

    /** MARCXML and MARC-in-JSON both write the MARC record itself, which every MARC syntax carries. */
    private boolean isMarc(RecordFormat format) {
        return format.equals(marcxml) || format.equals(json);
    }

    /** The format a CompSpec's schema names; null when it names none. */
    private RecordFormat schema(Specification specification) {
        if (specification.schemaUri() != null) {
            String uri = specification.schemaUri();
            return formats.find(uri).orElseThrow(() -> Bib1.failure(Bib1.COMPSPEC_UNKNOWN_SCHEMA, uri));
        }
        Oid oid = specification.schemaOid();
        if (oid == null) {
            return null;
        }
        String name = SCHEMA_OIDS.get(oid);
        if (name == null) {
            throw Bib1.failure(Bib1.COMPSPEC_UNKNOWN_SCHEMA, oid.toString());
        }
        return formats.find(name).orElseThrow();
    }
}
