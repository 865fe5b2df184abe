package org.unigate.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

/**
 * A two-page OAI-PMH provider in WireMock: r1 and r2 ("First title", "Second title"), then r3
 * ("Third title") and the deletion of r4. Base URL {@link #baseUrl()}, prefix marc21.
 */
public final class StubOaiProvider implements AutoCloseable {

    private final WireMockServer wire = new WireMockServer(options().dynamicPort().gzipDisabled(true));

    public StubOaiProvider() {
        wire.start();
        serve(get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("Identify")),
                "<Identify><repositoryName>T</repositoryName><baseURL>x</baseURL><protocolVersion>2.0</protocolVersion>"
                        + "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp><deletedRecord>persistent"
                        + "</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>");
        serve(list().withQueryParam("metadataPrefix", equalTo("marc21")),
                "<ListRecords>" + record("r1", "First title") + record("r2", "Second title")
                        + "<resumptionToken completeListSize=\"4\" cursor=\"0\">page2</resumptionToken></ListRecords>");
        serve(list().withQueryParam("resumptionToken", equalTo("page2")),
                "<ListRecords>" + record("r3", "Third title")
                        + "<record><header status=\"deleted\"><identifier>oai:t:r4</identifier>"
                        + "<datestamp>2024-01-02T00:00:00Z</datestamp></header></record>"
                        + "<resumptionToken completeListSize=\"4\" cursor=\"2\"/></ListRecords>");
    }

    public String baseUrl() {
        return wire.baseUrl() + "/oai";
    }

    /** How many requests the provider has answered. */
    public int requests() {
        return wire.getAllServeEvents().size();
    }

    private static MappingBuilder list() {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"));
    }

    private void serve(MappingBuilder request, String content) {
        wire.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                        + "<responseDate>2024-01-03T00:00:00Z</responseDate><request>x</request>" + content
                        + "</OAI-PMH>")));
    }

    private static String record(String id, String title) {
        return "<record><header><identifier>oai:t:" + id + "</identifier><datestamp>2024-01-01T00:00:00Z</datestamp>"
                + "</header><metadata><record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500"
                + "</leader><controlfield tag=\"001\">" + id + "</controlfield><datafield tag=\"245\" ind1=\"1\" ind2=\"0\">"
                + "<subfield code=\"a\">" + title + "</subfield></datafield></record></metadata></record>";
    }

    @Override
    public void close() {
        wire.stop();
    }
}
