package org.unigate.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unigate.testing.SharedData;

/** The unigate record schema for xmllint, offline: its MARC21slim import pointed at the shared copy. */
public final class UnigateSchema {

    private UnigateSchema() {
    }

    /** Writes the schema into {@code dir}; its path. */
    public static Path withSharedMarc(Path dir) throws IOException {
        String xsd;
        try (InputStream in = SchemaEndpoint.class.getResourceAsStream(SchemaEndpoint.RESOURCE)) {
            xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String local = SharedData.schemas().resolve("MARC21slim.xsd").toUri().toString();
        Path schema = dir.resolve("unigate.xsd");
        Files.writeString(schema, xsd.replace("http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", local));
        return schema;
    }
}
