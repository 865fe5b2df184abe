package org.unigate.embedded;

import java.io.IOException;
import java.util.stream.Stream;
import org.unigate.marc.MarcRecord;

/**
 * Where an embedded member's records come from. A member's {@code paths} entries are either
 * files/folders (MARC files read in place) or locations a provider claims by scheme, such as
 * the testbed generator's {@code generated:} locations. Providers are found with
 * {@link java.util.ServiceLoader}, so the adapters never depend on the testbed.
 */
public interface RecordSource {

    /** True if this source understands the location (e.g. it starts with {@code generated:}). */
    boolean handles(String location);

    /** The records at the location; the caller closes the stream. */
    Stream<MarcRecord> open(String location) throws IOException;
}
