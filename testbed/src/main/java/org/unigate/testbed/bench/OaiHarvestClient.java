package org.unigate.testbed.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.oai.OaiPmh;

/** A minimal OAI-PMH harvester for the benchmark: counts headers page by page, following tokens. */
final class OaiHarvestClient {

    private final String base;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final XMLInputFactory xml = XMLInputFactory.newFactory();

    OaiHarvestClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    record Harvest(long records, long pages, long bytes, boolean complete) {
    }

    /** The sets that hold records themselves (member:x, union), not the parent "member". */
    List<String> leafSets() throws IOException, InterruptedException, XMLStreamException {
        Page page = fetch(base + "?verb=ListSets");
        return page.setSpecs.stream().filter(s -> !s.equals("member")).toList();
    }

    Harvest listRecords(String prefix, String set, long deadlineNanos)
            throws IOException, InterruptedException, XMLStreamException {
        String url = base + "?verb=ListRecords&metadataPrefix=" + OaiHarvestBenchmark.encode(prefix)
                + "&set=" + OaiHarvestBenchmark.encode(set);
        long records = 0;
        long pages = 0;
        long bytes = 0;
        while (true) {
            Page page = fetch(url);
            pages++;
            records += page.headers;
            bytes += page.bytes;
            if (page.error != null) {
                throw new IOException(set + ": OAI-PMH error " + page.error + " on page " + pages);
            }
            if (page.token == null || page.token.isEmpty()) {
                return new Harvest(records, pages, bytes, true);
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                return new Harvest(records, pages, bytes, false);
            }
            url = base + "?verb=ListRecords&resumptionToken=" + OaiHarvestBenchmark.encode(page.token);
        }
    }

    private static final class Page {
        long headers;
        long bytes;
        String token;
        String error;
        final List<String> setSpecs = new ArrayList<>();
    }

    private Page fetch(String url) throws IOException, InterruptedException, XMLStreamException {
        HttpResponse<byte[]> response = OaiHarvestBenchmark.get(http, url, timeout);
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + url);
        }
        Page page = new Page();
        page.bytes = response.body().length;
        XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(response.body()));
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamReader.START_ELEMENT || !OaiPmh.NAMESPACE.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "header" -> page.headers++;
                    case "resumptionToken" -> page.token = r.getElementText().trim();
                    case "error" -> page.error = r.getAttributeValue(null, "code");
                    case "setSpec" -> page.setSpecs.add(r.getElementText().trim());
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        return page;
    }
}
