package org.unigate.testbed.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.unigate.embedded.RecordSource;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;

/**
 * Serves {@code generated:} locations (see {@link GeneratedLocation}) to embedded members, so the
 * demo consortium needs no data files. With {@code encoding=marc8} or {@code utf8} the records
 * are encoded to ISO 2709 and parsed back by {@link MarcFiles}, exactly as a member's exported
 * file would be. Registered through {@code META-INF/services}.
 */
public final class GeneratedRecordSource implements RecordSource {

    @Override
    public boolean handles(String location) {
        return location != null && location.startsWith(GeneratedLocation.SCHEME);
    }

    @Override
    public Stream<MarcRecord> open(String location) throws IOException {
        GeneratedLocation where;
        try {
            where = GeneratedLocation.parse(location);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        ConsortiumGenerator generator = new ConsortiumGenerator(where.settings());
        if (where.encoding() == GeneratedLocation.Encoding.RECORDS) {
            return generator.member(where.member()).map(GeneratedRecord::record);
        }
        InputStream bytes = generator.memberBytes(where.member(), where.encoding() == GeneratedLocation.Encoding.MARC8);
        return MarcFiles.stream(bytes).onClose(() -> {
            try {
                bytes.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
