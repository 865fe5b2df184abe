package org.unigate.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.unigate.marc.MarcRecord;

/**
 * Picks the {@link RecordSource} for a location: providers registered with
 * {@link ServiceLoader} first (so a scheme such as {@code generated:} reaches its provider),
 * then the built-in {@link FileRecordSource} for plain paths.
 */
public final class RecordSources {

    private final List<RecordSource> sources;

    public RecordSources(List<RecordSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources on the class path, plus the file source. */
    public static RecordSources discover() {
        List<RecordSource> found = new ArrayList<>();
        for (RecordSource source : ServiceLoader.load(RecordSource.class)) {
            if (!(source instanceof FileRecordSource)) {
                found.add(source);
            }
        }
        found.add(new FileRecordSource());
        return new RecordSources(found);
    }

    /** The records at {@code location}; the caller closes the stream. */
    public Stream<MarcRecord> open(String location) throws IOException {
        for (RecordSource source : sources) {
            if (source.handles(location)) {
                return source.open(location);
            }
        }
        throw new IOException("no record source handles " + location);
    }
}
