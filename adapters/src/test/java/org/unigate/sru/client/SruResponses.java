package org.unigate.sru.client;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.marc.Subfield;
import org.unigate.sru.SruVersion;

/** Builds searchRetrieve responses as SRU 1.2 and 2.0 servers write them, for WireMock to serve. */
final class SruResponses {

    private final boolean v2;
    private final List<String> records = new ArrayList<>();
    private final List<String> diagnostics = new ArrayList<>();
    private String numberOfRecords;

    private SruResponses(boolean v2) {
        this.v2 = v2;
    }

    static SruResponses v12() {
        return new SruResponses(false);
    }

    static SruResponses v20() {
        return new SruResponses(true);
    }

    /** A small bibliographic record with a control number and a title. */
    static MarcRecord book(String id, String title) {
        List<Field> fields = new ArrayList<>();
        if (id != null) {
            fields.add(new ControlField("001", id));
        }
        fields.add(new ControlField("008", "991231s2001    xx            000 0 eng d"));
        fields.add(new DataField("245", '1', '0', List.of(new Subfield('a', title))));
        return new MarcRecord("00000nam a2200000 a 4500", fields);
    }

    SruResponses hits(long n) {
        numberOfRecords = Long.toString(n);
        return this;
    }

    /** A MARCXML record inline. */
    SruResponses record(MarcRecord record, int position) {
        return raw("info:srw/schema/1/marcxml-v1.1", "xml", MarcXmlWriter.toXml(record), position, null);
    }

    /** A MARCXML record escaped as a string. */
    SruResponses stringRecord(MarcRecord record, int position) {
        return raw("info:srw/schema/1/marcxml-v1.1", "string", escape(MarcXmlWriter.toXml(record)), position, null);
    }

    /** Record data as given (already escaped when {@code packing} is string). */
    SruResponses raw(String schema, String packing, String data, int position, String extra) {
        String packingElement = v2 ? "recordXMLEscaping" : "recordPacking";
        records.add("<zs:record><zs:recordSchema>" + schema + "</zs:recordSchema>"
                + "<zs:" + packingElement + ">" + packing + "</zs:" + packingElement + ">"
                + "<zs:recordData>" + data + "</zs:recordData>"
                + "<zs:recordPosition>" + position + "</zs:recordPosition>"
                + (extra == null ? "" : "<zs:extraRecordData>" + extra + "</zs:extraRecordData>")
                + "</zs:record>");
        return this;
    }

    /** A surrogate diagnostic standing in for the record at {@code position}. */
    SruResponses surrogate(int code, String details, int position) {
        String diagnostic = "<diagnostic xmlns=\"" + diagnosticNamespace() + "\"><uri>info:srw/diagnostic/1/" + code
                + "</uri><details>" + details + "</details></diagnostic>";
        return raw("info:srw/schema/1/diagnostics-v1.1", "xml", diagnostic, position, null);
    }

    SruResponses diagnostic(int code, String details, String message) {
        diagnostics.add("<diag:diagnostic><diag:uri>info:srw/diagnostic/1/" + code + "</diag:uri>"
                + (details == null ? "" : "<diag:details>" + details + "</diag:details>")
                + (message == null ? "" : "<diag:message>" + message + "</diag:message>")
                + "</diag:diagnostic>");
        return this;
    }

    String build() {
        String ns = v2 ? SruVersion.NS_2 : SruVersion.NS_1X;
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<zs:searchRetrieveResponse xmlns:zs=\"").append(ns).append("\">");
        if (!v2) {
            out.append("<zs:version>1.2</zs:version>");
        }
        if (numberOfRecords != null) {
            out.append("<zs:numberOfRecords>").append(numberOfRecords).append("</zs:numberOfRecords>");
        }
        if (!records.isEmpty()) {
            out.append("<zs:records>");
            records.forEach(out::append);
            out.append("</zs:records>");
        }
        out.append("<zs:echoedSearchRetrieveRequest><zs:query>ignored</zs:query></zs:echoedSearchRetrieveRequest>");
        if (!diagnostics.isEmpty()) {
            out.append("<zs:diagnostics xmlns:diag=\"").append(diagnosticNamespace()).append("\">");
            diagnostics.forEach(out::append);
            out.append("</zs:diagnostics>");
        }
        return out.append("</zs:searchRetrieveResponse>").toString();
    }

    private String diagnosticNamespace() {
        return v2 ? SruVersion.DIAG_2 : SruVersion.DIAG_1X;
    }

    static String escape(String xml) {
        return xml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
