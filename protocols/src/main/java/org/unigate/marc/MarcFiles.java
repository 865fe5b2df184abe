package org.unigate.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads files and streams of MARC records: ISO 2709 (UTF-8 or MARC-8) or MARCXML, told apart
 * by their first bytes. Lenient and bounded: every record that can be read is returned, with
 * its faults as {@link RecordProblem}s; bad data never throws and never makes one record cost
 * more than a fixed window of memory. Bytes that held no readable record come out as a record
 * without fields whose problems include {@link RecordProblem.Kind#UNREADABLE}, so nothing is
 * dropped silently. An I/O error surfaces as {@link UncheckedIOException}.
 */
public final class MarcFiles {

    private MarcFiles() {
    }

    /** The records of a file; close the stream (try-with-resources) to close the file. */
    public static Stream<MarcRecord> stream(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream(in, MarcEncoding.AUTO).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The records of a stream, read lazily; the caller keeps ownership of {@code in}. */
    public static Stream<MarcRecord> stream(InputStream in) {
        return stream(in, MarcEncoding.AUTO);
    }

    /** As {@link #stream(InputStream)}, with the encoding of ISO 2709 records fixed or left to leader/09. */
    public static Stream<MarcRecord> stream(InputStream in, MarcEncoding encoding) {
        return StreamSupport.stream(new RecordSpliterator(new BufferedInputStream(in, 1 << 16), encoding), false);
    }

    /** A source of records that yields null at its end. */
    private interface Source {
        MarcRecord next() throws IOException;
    }

    private static final class RecordSpliterator extends Spliterators.AbstractSpliterator<MarcRecord> {
        private final BufferedInputStream in;
        private final MarcEncoding encoding;
        private Source source;

        RecordSpliterator(BufferedInputStream in, MarcEncoding encoding) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
            this.encoding = encoding;
        }

        @Override
        public boolean tryAdvance(Consumer<? super MarcRecord> action) {
            try {
                if (source == null) {
                    source = open();
                }
                MarcRecord record = source.next();
                if (record == null) {
                    return false;
                }
                action.accept(record);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Source open() throws IOException {
            byte[] head = new byte[MarcFormat.PEEK];
            in.mark(MarcFormat.PEEK);
            int length = in.readNBytes(head, 0, head.length);
            in.reset();
            if (MarcFormat.detect(head, length) == MarcFormat.MARCXML) {
                XmlPrologue prologue = new XmlPrologue(in, head, length);
                MarcXmlReader xml = new MarcXmlReader(prologue.reader(), prologue.problems());
                return xml::next;
            }
            Iso2709Framer framer = new Iso2709Framer(in);
            return () -> {
                Iso2709Framer.Frame frame = framer.next();
                return frame == null ? null : MarcDecoder.decode(frame.bytes(), encoding, null, frame.problems());
            };
        }
    }
}
