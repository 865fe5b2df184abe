package org.unigate.marc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes MARC-in-JSON, the code4lib serialisation:
 * {@code {"leader":"...","fields":[{"001":"..."},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"..."}]}}]}}.
 * Streams through Jackson's generator, so a page of records costs no more than one record.
 * An instance writes a JSON array of records.
 */
public final class MarcJsonWriter implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;

    /** Starts a JSON array on {@code out} (UTF-8); {@link #close()} ends it but leaves {@code out} open. */
    public MarcJsonWriter(OutputStream out) {
        try {
            json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(MarcRecord record) {
        try {
            write(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(MarcRecord record) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes one record object at the generator's position. */
    public static void write(MarcRecord record, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("leader", record.leader());
        json.writeArrayFieldStart("fields");
        for (Field field : record.fields()) {
            json.writeStartObject();
            if (field instanceof ControlField c) {
                json.writeStringField(c.tag(), c.value());
            } else {
                dataField((DataField) field, json);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void dataField(DataField field, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(field.tag());
        json.writeStringField("ind1", String.valueOf(field.ind1()));
        json.writeStringField("ind2", String.valueOf(field.ind2()));
        json.writeArrayFieldStart("subfields");
        for (Subfield subfield : field.subfields()) {
            json.writeStartObject();
            json.writeStringField(String.valueOf(subfield.code()), subfield.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
