package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load driver tells full, partial and failed SRU answers apart, whatever the namespace prefix. */
class SruAnswerTest {

    private static SruAnswer answer(int status, String body) {
        return SruAnswer.of(new HttpGetter.Reply(status, body, 1_000_000));
    }

    @Test
    void aZebraAnswerWithRecordsIsAFullAnswer() {
        SruAnswer a = answer(200, """
                <?xml version="1.0" encoding="UTF-8"?>
                <zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version>\
                <zs:numberOfRecords>92</zs:numberOfRecords><zs:records>\
                <zs:record><zs:recordSchema>info:srw/schema/1/marcxml-v1.1</zs:recordSchema>\
                <zs:recordData><record xmlns="http://www.loc.gov/MARC21/slim"/></zs:recordData></zs:record>\
                <zs:record><zs:recordData><record xmlns="http://www.loc.gov/MARC21/slim"/></zs:recordData></zs:record>\
                </zs:records></zs:searchRetrieveResponse>""");
        assertThat(a.outcome()).isEqualTo(SruAnswer.Outcome.OK);
        assertThat(a.numberOfRecords()).isEqualTo(92);
        assertThat(a.records()).isEqualTo(2);
    }

    @Test
    void recordsBesideAMemberDiagnosticArePartial() {
        SruAnswer a = answer(200, """
                <searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse">\
                <numberOfRecords>12</numberOfRecords><records><record><recordData><x/></recordData></record></records>\
                <diagnostics><diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">\
                <diag:uri>info:srw/diagnostic/1/2</diag:uri><diag:details>z2: timed out</diag:details>\
                </diag:diagnostic></diagnostics></searchRetrieveResponse>""");
        assertThat(a.outcome()).isEqualTo(SruAnswer.Outcome.PARTIAL);
        assertThat(a.diagnostics()).containsExactly("info:srw/diagnostic/1/2 (z2: timed out)");
        assertThat(a.problem()).isEqualTo("info:srw/diagnostic/1/2 (z2: timed out)");
    }

    @Test
    void onlyADiagnosticIsAFailure() {
        SruAnswer a = answer(200, """
                <srw:searchRetrieveResponse xmlns:srw="http://www.loc.gov/zing/srw/"><srw:numberOfRecords>0</srw:numberOfRecords>\
                <srw:diagnostics><diag:diagnostic xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/">\
                <diag:uri>info:srw/diagnostic/1/10</diag:uri></diag:diagnostic></srw:diagnostics></srw:searchRetrieveResponse>""");
        assertThat(a.outcome()).isEqualTo(SruAnswer.Outcome.FAILED);
        assertThat(a.diagnostics()).containsExactly("info:srw/diagnostic/1/10");
    }

    @Test
    void noHitsWithoutDiagnosticIsAFullAnswer() {
        SruAnswer a = answer(200, "<zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\">"
                + "<zs:numberOfRecords>0</zs:numberOfRecords></zs:searchRetrieveResponse>");
        assertThat(a.outcome()).isEqualTo(SruAnswer.Outcome.OK);
        assertThat(a.records()).isZero();
    }

    @Test
    void anHttpErrorOrNoAnswerIsAFailureWithItsReason() {
        SruAnswer busy = answer(503, "<searchRetrieveResponse><numberOfRecords>0</numberOfRecords></searchRetrieveResponse>");
        assertThat(busy.outcome()).isEqualTo(SruAnswer.Outcome.FAILED);
        assertThat(busy.problem()).isEqualTo("HTTP 503");
        SruAnswer none = answer(0, "java.net.ConnectException: Connection refused");
        assertThat(none.outcome()).isEqualTo(SruAnswer.Outcome.FAILED);
        assertThat(none.problem()).contains("Connection refused");
    }
}
