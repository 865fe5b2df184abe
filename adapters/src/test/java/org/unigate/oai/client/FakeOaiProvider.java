package org.unigate.oai.client;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcXmlWriter;

/**
 * An OAI-PMH provider played inside WireMock: records with datestamps, deletions and sets,
 * ListRecords honouring from/set and stateless resumption tokens, and faults a test queues up
 * for chosen requests. Requests are recorded for counting.
 */
final class FakeOaiProvider implements ResponseDefinitionTransformerV2 {

    /** A record as the provider holds it; {@code metadata} is the XML inside {@code <metadata>}. */
    record Held(String id, Instant datestamp, boolean deleted, String metadata, Set<String> sets) {
    }

    /** Decides, per request, whether to answer with a fault instead; null = answer normally. */
    interface Fault extends Function<Map<String, String>, ResponseDefinition> {
    }

    private final Map<String, Held> records = new TreeMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private int pageSize = 5;
    private String granularity = "YYYY-MM-DDThh:mm:ssZ";
    private boolean gzip;

    @Override
    public String getName() {
        return "fake-oai-provider";
    }

    synchronized FakeOaiProvider pageSize(int n) {
        pageSize = n;
        return this;
    }

    synchronized FakeOaiProvider dayGranularity() {
        granularity = "YYYY-MM-DD";
        return this;
    }

    synchronized FakeOaiProvider gzip() {
        gzip = true;
        return this;
    }

    synchronized void put(String id, Instant datestamp, MarcRecord record, String... sets) {
        String xml = MarcXmlWriter.toXml(record).replaceFirst("^<\\?xml[^>]*\\?>", "");
        putRaw(id, datestamp, xml, sets);
    }

    synchronized void putRaw(String id, Instant datestamp, String metadata, String... sets) {
        records.put(id, new Held(id, datestamp, false, metadata, Set.of(sets)));
    }

    synchronized void delete(String id, Instant datestamp) {
        Held old = records.get(id);
        records.put(id, new Held(id, datestamp, true, null, old == null ? Set.of() : old.sets()));
    }

    /** Queues a fault; each request consults the head and drops it once it returned a response. */
    synchronized void fault(Fault fault) {
        faults.add(fault);
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        Map<String, String> params = new TreeMap<>();
        event.getRequest().getQueryParams().forEach((k, v) -> params.put(k, v.firstValue()));
        requests.add(params);
        Fault head = faults.peek();
        if (head != null) {
            ResponseDefinition faulty = head.apply(params);
            if (faulty != null) {
                faults.poll();
                return faulty;
            }
        }
        String verb = params.getOrDefault("verb", "");
        return switch (verb) {
            case "Identify" -> xml(envelope("<Identify><repositoryName>Fake</repositoryName>"
                    + "<baseURL>http://fake/oai</baseURL><protocolVersion>2.0</protocolVersion>"
                    + "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp>"
                    + "<deletedRecord>persistent</deletedRecord><granularity>" + granularity
                    + "</granularity></Identify>"));
            case "ListMetadataFormats" -> xml(envelope("<ListMetadataFormats><metadataFormat>"
                    + "<metadataPrefix>oai_dc</metadataPrefix><schema>x</schema>"
                    + "<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>"
                    + "</metadataFormat><metadataFormat><metadataPrefix>marc21</metadataPrefix><schema>y</schema>"
                    + "<metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace>"
                    + "</metadataFormat></ListMetadataFormats>"));
            case "ListRecords" -> listRecords(params);
            default -> xml(envelope("<error code=\"badVerb\">unknown verb</error>"));
        };
    }

    /** Tokens are "from|set|offset": stateless, so they stay valid across a harvester's restart. */
    private ResponseDefinition listRecords(Map<String, String> params) {
        String token = params.get("resumptionToken");
        String from;
        String set;
        int offset;
        if (token != null) {
            String[] parts = token.split("\\|", -1);
            from = parts[0].isEmpty() ? null : parts[0];
            set = parts[1].isEmpty() ? null : parts[1];
            offset = Integer.parseInt(parts[2]);
        } else {
            from = params.get("from");
            set = params.get("set");
            offset = 0;
        }
        List<Held> matching = new ArrayList<>();
        for (Held h : records.values()) {
            if ((from == null || !h.datestamp().isBefore(parseFrom(from))) && (set == null || h.sets().contains(set))) {
                matching.add(h);
            }
        }
        if (matching.isEmpty()) {
            return xml(envelope("<error code=\"noRecordsMatch\">nothing</error>"));
        }
        StringBuilder body = new StringBuilder("<ListRecords>");
        int end = Math.min(matching.size(), offset + pageSize);
        for (Held h : matching.subList(offset, end)) {
            body.append(recordXml(h));
        }
        if (end < matching.size() || offset > 0) {
            String next = end < matching.size() ? (from == null ? "" : from) + "|" + (set == null ? "" : set) + "|" + end : "";
            body.append("<resumptionToken completeListSize=\"").append(matching.size()).append("\" cursor=\"")
                    .append(offset).append("\">").append(next).append("</resumptionToken>");
        }
        return xml(envelope(body.append("</ListRecords>").toString()));
    }

    private static Instant parseFrom(String from) {
        return from.length() == 10 ? Instant.parse(from + "T00:00:00Z") : Instant.parse(from);
    }

    private String recordXml(Held h) {
        String stamp = granularity.length() == 10 ? h.datestamp().toString().substring(0, 10) : h.datestamp().toString();
        StringBuilder sets = new StringBuilder();
        h.sets().stream().sorted().forEach(s -> sets.append("<setSpec>").append(s).append("</setSpec>"));
        String header = "<header" + (h.deleted() ? " status=\"deleted\"" : "") + "><identifier>" + h.id()
                + "</identifier><datestamp>" + stamp + "</datestamp>" + sets + "</header>";
        return "<record>" + header + (h.deleted() ? "" : "<metadata>" + h.metadata() + "</metadata>") + "</record>";
    }

    static String envelope(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>http://fake/oai</request>"
                + content + "</OAI-PMH>";
    }

    private ResponseDefinition xml(String body) {
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=UTF-8");
        if (gzip) {
            return response.withHeader("Content-Encoding", "gzip").withBody(gzipped(body)).build();
        }
        return response.withBody(body).build();
    }

    private static byte[] gzipped(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The ids the provider holds live, with their records' MARCXML. */
    synchronized Map<String, String> live() {
        Map<String, String> out = new TreeMap<>();
        records.values().stream().filter(h -> !h.deleted()).forEach(h -> out.put(h.id(), h.metadata()));
        return out;
    }
}
