package org.unigate.oai.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.unigate.records.RecordFormat;
import org.unigate.records.RecordFormats;

/** A metadata format as OAI-PMH names it: its metadataPrefix and the record format that writes it. */
public record OaiFormat(String prefix, RecordFormat format) {

    public OaiFormat {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(format, "format");
        if (!format.xml()) {
            throw new IllegalArgumentException(format.name() + " is not XML and cannot be an OAI-PMH format");
        }
    }

    /**
     * oai_dc (which every repository must offer), marc21 (MARCXML, the customary prefix) and
     * unigate (the union record with its holders) when the record formats include it.
     */
    public static List<OaiFormat> standard(RecordFormats formats) {
        List<OaiFormat> list = new ArrayList<>();
        list.add(new OaiFormat("oai_dc", formats.find("oai_dc").orElseThrow()));
        list.add(new OaiFormat("marc21", formats.find("marcxml").orElseThrow()));
        formats.find("unigate").filter(RecordFormat::xml).ifPresent(f -> list.add(new OaiFormat("unigate", f)));
        return List.copyOf(list);
    }
}
