package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.marc.RecordProblem;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.testing.SharedData;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;

class RecordDecodingTest {

    private final Z3950ClientFactory factory = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
    private FakeMember member;
    private Z3950MemberClient client;

    @AfterEach
    void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        if (member != null) {
            member.close();
        }
    }

    /** One MARC-8 original of the corpus and the UTF-8 conversion the corpus holds of it. */
    private record Marc8Case(String kind, byte[] original, MarcRecord converted) {
    }

    @Test
    void marc8MembersRecordsAreReadAsMarc8() throws Exception {
        List<Marc8Case> cases = marc8Cases("marc8-escapes", "marc8-eacc-cjk", "marc8-diacritics");
        member = FakeMember.start(new FakeCatalogue(cases.stream().map(Marc8Case::original).toList(), null, List.of()));
        client = factory.open(spec(member.address()).charset("MARC-8").build());

        MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), cases.size())));

        assertThat(response.records()).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            MarcRecord read = response.records().get(i).record();
            assertThat(read.problems()).as(cases.get(i).kind()).noneMatch(p -> p.kind() == RecordProblem.Kind.ENCODING);
            assertThat(read.fields()).as(cases.get(i).kind()).isEqualTo(cases.get(i).converted().fields());
        }
    }

    @Test
    void aLeaderThatDisagreesWithTheMembersCharsetIsTrustedAndRecorded() throws Exception {
        byte[] utf8 = FakeCatalogue.record("r1", "Les Misérables");
        member = FakeMember.start(new FakeCatalogue(List.of(utf8), null, List.of()));
        client = factory.open(spec(member.address()).charset("MARC-8").build());

        MarcRecord read = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1))).records().get(0).record();

        assertThat(read.values("245", 'a')).containsExactly("Les Misérables");
        assertThat(read.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(RecordProblem.Kind.ENCODING);
            assertThat(p.message()).contains("MARC-8").contains("leader/09");
        });
    }

    @Test
    void recordsConvertedByCharsetNegotiationAreUtf8WhateverTheMemberStores() throws Exception {
        member = FakeMember.start(new FakeCatalogue(List.of(FakeCatalogue.record("r1", "紅樓夢")), "UTF-8", List.of()));
        client = factory.open(spec(member.address()).charset("MARC-8").build());

        MarcRecord read = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1))).records().get(0).record();

        assertThat(read.values("245", 'a')).containsExactly("紅樓夢");
        assertThat(read.problems()).noneMatch(p -> p.kind() == RecordProblem.Kind.ENCODING);
    }

    @Test
    void xmlRecordsAreReadAsMarcxml() throws Exception {
        MarcRecord record = MarcFiles.stream(new java.io.ByteArrayInputStream(FakeCatalogue.record("x1", "ノルウェイの森")))
                .findFirst().orElseThrow();
        NamePlusRecord xml = new NamePlusRecord("fake", RetrievalRecord.Encoded.xml(MarcXmlWriter.toXml(record)));
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof SearchRequest
                ? new FakeMember.Reply(new SearchResponse(null, 1, 1, 2, true, null, null,
                        new org.unigate.z3950.Records.ResponseRecords(List.of(xml)), List.of(), List.of()))
                : r.standard());
        client = factory.open(spec(member.address()).recordSyntax("xml").build());

        MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));

        assertThat(member.received(SearchRequest.class).get(0).preferredRecordSyntax()).isEqualTo(RecordSyntax.XML);
        assertThat(response.records()).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("x1");
            assertThat(r.record().values("245", 'a')).containsExactly("ノルウェイの森");
        });
    }

    @Test
    void anUnreadableRecordIsReportedInItsPlaceAndTheOthersKept() throws Exception {
        List<NamePlusRecord> records = List.of(
                new NamePlusRecord("fake", RetrievalRecord.Encoded.usmarc("not a MARC record".getBytes(StandardCharsets.US_ASCII))),
                new NamePlusRecord("fake", RetrievalRecord.Encoded.usmarc(FakeCatalogue.record("r2", "Two"))),
                new NamePlusRecord("fake", new RetrievalRecord.Sutrs("plain text")));
        member = FakeMember.start(FakeCatalogue.numbered(5), r -> r.apdu() instanceof org.unigate.z3950.PresentRequest
                ? new FakeMember.Reply(PresentResponse.of(null, 2, records)) : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(new MemberSearch(cql("dc.title = x"), 1, 3)));

        assertThat(response.records()).extracting(r -> r.localId()).containsExactly("r2");
        assertThat(response.diagnostics()).extracting(Diagnostic::condition)
                .containsExactly(Condition.MEMBER_ERROR, Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA);
    }

    /** The first MARC-8 original of each kind, with its converted twin from the corpus. */
    private static List<Marc8Case> marc8Cases(String... kinds) throws IOException {
        List<String> rows = Files.readAllLines(SharedData.corpusFile("marc8-originals.tsv"), StandardCharsets.UTF_8);
        List<byte[]> originals = split(Files.readAllBytes(SharedData.corpusFile("marc8-originals.mrc")));
        List<Marc8Case> cases = new ArrayList<>();
        for (String kind : kinds) {
            String[] row = rows.stream().skip(1).map(l -> l.split("\t", -1)).filter(f -> f[6].equals(kind))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " record in marc8-originals.tsv"));
            MarcRecord converted;
            try (Stream<MarcRecord> s = MarcFiles.stream(SharedData.corpusFile(row[1]))) {
                converted = s.skip(Long.parseLong(row[2])).findFirst().orElseThrow();
            }
            assertThat(converted.controlNumber()).contains(row[3].strip());
            cases.add(new Marc8Case(kind, originals.get(Integer.parseInt(row[0])), converted));
        }
        return cases;
    }

    /** ISO 2709 records by their leader lengths. */
    private static List<byte[]> split(byte[] file) {
        List<byte[]> records = new ArrayList<>();
        int at = 0;
        while (at + 5 <= file.length) {
            int length = Integer.parseInt(new String(file, at, 5, StandardCharsets.US_ASCII));
            records.add(Arrays.copyOfRange(file, at, at + length));
            at += length;
        }
        return records;
    }
}
