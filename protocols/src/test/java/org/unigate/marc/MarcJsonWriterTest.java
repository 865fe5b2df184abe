package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcJsonReader;

/** Our MARC-in-JSON is what marc4j's reader of the code4lib format understands, field for field. */
class MarcJsonWriterTest {

    @Test
    void marc4jReadsOurMarcInJsonBackToTheSameFields() {
        // marc4j's model keeps one 001 only, so records repeating it are left to the test below.
        List<MarcRecord> records = CorpusRecords.read("trln.mrc").stream()
                .filter(r -> r.fields().stream().filter(f -> f.tag().equals("001")).count() <= 1).toList();
        assertThat(records).hasSizeGreaterThan(250);
        for (MarcRecord record : records) {
            String json = MarcJsonWriter.toJson(record);
            org.marc4j.marc.Record theirs = new MarcJsonReader(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).next();
            assertThat(theirs.getLeader().marshal()).isEqualTo(record.leader());
            // marc4j's model moves 001 to the front, so only the order of fields may differ.
            assertThat(flatten(theirs)).as(record.controlNumber().orElse("?"))
                    .containsExactlyInAnyOrderElementsOf(flatten(record));
        }
    }

    @Test
    void everyFieldAppearsInOrderAsTheFormatPrescribes() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (MarcRecord record : CorpusRecords.read("trln.mrc")) {
            var tree = mapper.readTree(MarcJsonWriter.toJson(record));
            assertThat(tree.get("leader").asText()).isEqualTo(record.leader());
            List<String> fields = new ArrayList<>();
            for (var field : tree.get("fields")) {
                String tag = field.fieldNames().next();
                var body = field.get(tag);
                if (body.isTextual()) {
                    fields.add(tag + "=" + body.asText());
                } else {
                    StringBuilder s = new StringBuilder(tag + body.get("ind1").asText() + body.get("ind2").asText());
                    for (var sub : body.get("subfields")) {
                        String code = sub.fieldNames().next();
                        s.append('$').append(code).append(sub.get(code).asText());
                    }
                    fields.add(s.toString());
                }
            }
            assertThat(fields).isEqualTo(flatten(record));
        }
    }

    @Test
    void aStreamOfRecordsIsOneJsonArray() {
        List<MarcRecord> records = CorpusRecords.read("brown.mrc").subList(0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MarcJsonWriter writer = new MarcJsonWriter(out)) {
            records.forEach(writer::add);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("[{\"leader\":\"").endsWith("}]");
        assertThat(json).contains("{\"001\":\"" + records.get(2).controlNumber().orElseThrow() + "\"}");
        assertThat(json).contains("\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":[{\"a\":");
    }

    private static List<String> flatten(MarcRecord record) {
        List<String> out = new ArrayList<>();
        for (Field f : record.fields()) {
            if (f instanceof ControlField c) {
                out.add(c.tag() + "=" + c.value());
            } else {
                DataField d = (DataField) f;
                StringBuilder s = new StringBuilder(d.tag() + d.ind1() + d.ind2());
                d.subfields().forEach(sf -> s.append('$').append(sf.code()).append(sf.value()));
                out.add(s.toString());
            }
        }
        return out;
    }

    private static List<String> flatten(org.marc4j.marc.Record record) {
        List<String> out = new ArrayList<>();
        for (org.marc4j.marc.VariableField f : record.getVariableFields()) {
            if (f instanceof org.marc4j.marc.ControlField c) {
                out.add(c.getTag() + "=" + c.getData());
            } else {
                org.marc4j.marc.DataField d = (org.marc4j.marc.DataField) f;
                StringBuilder s = new StringBuilder(d.getTag() + d.getIndicator1() + d.getIndicator2());
                d.getSubfields().forEach(sf -> s.append('$').append(sf.getCode()).append(sf.getData()));
                out.add(s.toString());
            }
        }
        return out;
    }
}
