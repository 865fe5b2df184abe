package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.testing.ExternalTools;

/**
 * Every OAI-PMH error a request can earn, from a request that earns it; each error response is
 * schema-valid, and echoes its arguments only when the request itself was legal.
 */
class OaiErrorsTest {

    private TestRepository data;
    private OaiRepository repository;

    @BeforeAll
    static void tools() {
        ExternalTools.require("xmllint");
    }

    @BeforeEach
    void fill() {
        data = new TestRepository();
        for (int i = 1; i <= 4; i++) {
            data.alpha.put("a" + i, TestRepository.T0.plusSeconds(i), TestRepository.record("a" + i, "Alpha " + i));
        }
        repository = data.repository(2);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', value = {
        "badVerb|harness=1",
        "badVerb|verb=Frobnicate",
        "badVerb|verb=identify",
        "badVerb|verb=Identify&verb=Identify",
        "badArgument|verb=Identify&bogus=1",
        "badArgument|verb=ListRecords",
        "badArgument|verb=GetRecord&metadataPrefix=oai_dc",
        "badArgument|verb=GetRecord&identifier=oai:test.example.org:alpha:a1",
        "badArgument|verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
        "badArgument|verb=ListRecords&metadataPrefix=",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2001-01",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-13-45",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&until=2021-02-29",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01T10:00Z",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01T10:00:00.5Z",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2001-01-01&until=2002-01-01T00:00:00Z",
        "badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2002-01-02&until=2002-01-01",
        "badArgument|verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x",
        "badArgument|verb=Identify&resumptionToken=x",
        "badArgument|verb=ListSets&set=union",
        "badResumptionToken|verb=ListRecords&resumptionToken=harness-invalid-token-0",
        "badResumptionToken|verb=ListIdentifiers&resumptionToken=AQ.AQ",
        "badResumptionToken|verb=ListSets&resumptionToken=anything",
        "cannotDisseminateFormat|verb=ListRecords&metadataPrefix=marcxml-or-so",
        "cannotDisseminateFormat|verb=ListRecords&metadataPrefix=a+b&from=2020-01-01",
        "noRecordsMatch|verb=ListRecords&metadataPrefix=oai_dc&set=no+such:set",
        "cannotDisseminateFormat|verb=GetRecord&metadataPrefix=json&identifier=oai:test.example.org:alpha:a1",
        "idDoesNotExist|verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:harness.invalid:no-such-record-0",
        "idDoesNotExist|verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:test.example.org:alpha:a99",
        "idDoesNotExist|verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:test.example.org:gamma:a1",
        "idDoesNotExist|verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:test.example.org:alpha:%25ZZ",
        "idDoesNotExist|verb=ListMetadataFormats&identifier=oai:test.example.org:union:none",
        "noRecordsMatch|verb=ListRecords&metadataPrefix=oai_dc&until=1900-01-01",
        "noRecordsMatch|verb=ListIdentifiers&metadataPrefix=oai_dc&set=member:beta",
        "noRecordsMatch|verb=ListIdentifiers&metadataPrefix=oai_dc&set=no-such-set",
    })
    void aRequestEarnsItsError(String code, String query) throws Exception {
        OaiXml response = OaiXml.ask(repository, query).assertValid();
        assertThat(response.errorCode()).as(response.text()).isEqualTo(code);
        if (code.equals("badVerb") || code.equals("badArgument")) {
            assertThat(response.requestAttributes()).isEmpty();
        } else {
            assertThat(response.requestAttributes().split(" ")).contains("verb");
        }
    }

    @Test
    void controlCharactersInAnArgumentStillGiveAWellFormedError() throws Exception {
        OaiXml response = OaiXml.ask(repository, "verb=Fro%01bnicate%EF%BF%BE").assertValid();
        assertThat(response.errorCode()).isEqualTo("badVerb");
        OaiXml echoed = OaiXml.ask(repository,
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=x%01%0B%7F").assertValid();
        assertThat(echoed.errorCode()).isEqualTo("idDoesNotExist");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = OaiXml.ask(repository, "verb=ListIdentifiers&metadataPrefix=oai_dc").token();
        String query = "verb=ListIdentifiers&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        assertThat(OaiXml.ask(repository, query).errorCode()).isEmpty();
        data.clock.advance(Duration.ofHours(1).plusSeconds(1));
        OaiXml expired = OaiXml.ask(repository, query).assertValid();
        assertThat(expired.errorCode()).isEqualTo("badResumptionToken");
        assertThat(expired.text()).contains("expired");
    }

    @Test
    void aTruncatedOrAlteredTokenIsRefused() throws Exception {
        String token = OaiXml.ask(repository, "verb=ListIdentifiers&metadataPrefix=oai_dc").token();
        char flipped = token.charAt(5) == 'A' ? 'B' : 'A';
        for (String bad : new String[] {token.substring(0, token.length() - 1), token.substring(0, token.indexOf('.')),
                token.substring(0, 5) + flipped + token.substring(6), token + "A"}) {
            OaiXml response = OaiXml.ask(repository, "verb=ListIdentifiers&resumptionToken="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertThat(response.errorCode()).as(bad).isEqualTo("badResumptionToken");
        }
        OaiXml otherVerb = OaiXml.ask(repository, "verb=ListRecords&resumptionToken="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(otherVerb.errorCode()).isEqualTo("badResumptionToken");
    }
}
