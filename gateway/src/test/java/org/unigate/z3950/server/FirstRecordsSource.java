package org.unigate.z3950.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.unigate.embedded.RecordSource;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;

/**
 * {@code first:N:path}: the first N records of a MARC file, read in place, so a test loads a
 * large corpus file in a few seconds.
 */
final class FirstRecordsSource implements RecordSource {

    static String location(int n, Path file) {
        return "first:" + n + ":" + file;
    }

    @Override
    public boolean handles(String location) {
        return location.startsWith("first:");
    }

    @Override
    public Stream<MarcRecord> open(String location) throws IOException {
        String rest = location.substring("first:".length());
        int colon = rest.indexOf(':');
        long n = Long.parseLong(rest.substring(0, colon));
        return MarcFiles.stream(Path.of(rest.substring(colon + 1))).limit(n);
    }
}
