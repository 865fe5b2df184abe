package org.unigate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.unigate.config.ConsortiumConfig;
import org.unigate.diag.Diagnostic;
import org.unigate.union.HeldBy;
import org.unigate.federation.MemberStatus;
import org.unigate.union.UnionRecord;
import org.unigate.federation.UnionResult;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcJsonWriter;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcTextWriter;
import org.unigate.marc.MarcXmlWriter;

/** Prints a union result for a person (text) or a program (MARCXML, JSON). */
final class SearchPrinter {

    private final PrintWriter out;
    private final ConsortiumConfig config;

    SearchPrinter(PrintWriter out, ConsortiumConfig config) {
        this.out = out;
        this.config = config;
    }

    void print(UnionResult result, List<UnionRecord> page, int offset, long millis, OutputFormat format, boolean full)
            throws IOException {
        switch (format) {
            case text -> text(result, page, offset, millis, full);
            case marcxml -> marcxml(page);
            case json -> json(result, page, offset);
        }
    }

    private void text(UnionResult result, List<UnionRecord> page, int offset, long millis, boolean full) {
        long answered = result.members().stream().filter(MemberStatus::answered).count();
        out.printf("%d hits from %d of %d members (%s%d distinct works) in %d ms%n",
                result.totalHits(), answered, result.members().size(), result.count().exact() ? "" : "about ",
                result.count().value(), millis);
        for (MemberStatus m : result.members()) {
            out.printf("  %-12s %-10s %6d hits %6d ms%s%n", m.memberId(), m.state().name().toLowerCase(java.util.Locale.ROOT),
                    m.hits(), m.elapsed().toMillis(), problems(m.diagnostics()));
        }
        for (Diagnostic d : result.diagnostics()) {
            out.println("  gateway: " + d);
        }
        int n = offset;
        for (UnionRecord u : page) {
            out.println();
            out.printf("%3d. %s%n", ++n, headline(u.record()));
            out.printf("     held by %s%n", heldBy(u.heldBy()));
            if (full) {
                out.print(MarcTextWriter.toText(u.record()).indent(5));
            }
        }
    }

    private String heldBy(List<HeldBy> heldBy) {
        return heldBy.stream().map(h -> {
            String name = config.member(h.memberId()).map(m -> m.id()).orElse(h.memberId());
            String location = h.holdings().stream().filter(f -> f.tag().equals("852"))
                    .map(f -> f.join("bhj")).filter(s -> !s.isBlank()).findFirst().map(s -> ", " + s).orElse("");
            return name + " (" + h.localId() + location + ")";
        }).collect(Collectors.joining("; "));
    }

    static String headline(MarcRecord r) {
        String title = r.firstDataField("245").map(f -> f.join("abnp")).orElse("[no title]");
        String vernacular = r.firstDataField("245").flatMap(r::linkedTwin).map(f -> " = " + f.join("abnp")).orElse("");
        String author = r.firstDataField("100").or(() -> r.firstDataField("110")).map(f -> f.join("a"))
                .map(a -> " / " + a).orElse("");
        String year = r.controlField("008").filter(s -> s.length() >= 11).map(s -> s.substring(7, 11))
                .filter(y -> y.chars().allMatch(Character::isDigit)).map(y -> " (" + y + ")").orElse("");
        return trim(title) + trim(vernacular) + trim(author) + year;
    }

    private static String trim(String s) {
        return s.replaceAll("[\\s/:;,.=]+$", "");
    }

    private static String problems(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? "" : "  " + diagnostics.stream()
                .map(d -> d.condition().message() + (d.details() == null ? "" : ": " + d.details()))
                .collect(Collectors.joining("; "));
    }

    private void marcxml(List<UnionRecord> page) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"")
                .append(MarcXmlWriter.NAMESPACE).append("\">\n");
        for (UnionRecord u : page) {
            String xml = MarcXmlWriter.toXml(u.record());
            sb.append(xml.replaceFirst("^<\\?xml[^>]*>\\s*", "")).append('\n');
        }
        out.print(sb.append("</collection>\n"));
    }

    private void json(UnionResult result, List<UnionRecord> page, int offset) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeNumberField("totalHits", result.totalHits());
        json.writeNumberField("count", result.count().value());
        json.writeBooleanField("countExact", result.count().exact());
        json.writeNumberField("offset", offset);
        json.writeArrayFieldStart("members");
        for (MemberStatus m : result.members()) {
            json.writeStartObject();
            json.writeStringField("id", m.memberId());
            json.writeStringField("state", m.state().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("hits", m.hits());
            json.writeNumberField("elapsedMillis", m.elapsed().toMillis());
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : m.diagnostics()) {
                json.writeString(d.toString());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("records");
        for (UnionRecord u : page) {
            json.writeStartObject();
            json.writeStringField("unionId", u.unionId());
            json.writeArrayFieldStart("heldBy");
            for (HeldBy h : u.heldBy()) {
                json.writeStartObject();
                json.writeStringField("member", h.memberId());
                json.writeStringField("localId", h.localId());
                json.writeArrayFieldStart("locations");
                for (DataField f : h.holdings()) {
                    json.writeString(f.tag() + " " + f.join("abchjpuz"));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("record");
            MarcJsonWriter.write(u.record(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.println();
    }
}
