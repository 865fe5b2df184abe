package org.unigate.federation.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's state on disk: one compact file, replaced whole and atomically (written beside
 * it, forced to disk, renamed over it), so a crash leaves either the old state or the new, never
 * half of one. A CRC over the content catches a damaged file; the catalogue then starts over from
 * the members (ids come out the same, since new ids derive from the data) rather than refuse to
 * start, and the damaged file is kept aside for a look.
 */
final class StateFile {

    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);
    private static final int MAGIC = 0x55474E55; // "UGNU"
    private static final int VERSION = 1;
    /** Far beyond any consortium's union state (about 100 bytes an entry); refuses to read a stray huge file. */
    static final long MAX_BYTES = 1L << 30;

    private final Path file;

    StateFile(Path folder) {
        this.file = folder.resolve("union.state");
    }

    Path path() {
        return file;
    }

    /** The stored state; empty when there is no file yet or it is damaged. */
    UnionState read() throws IOException {
        if (!Files.exists(file)) {
            return UnionState.EMPTY;
        }
        if (Files.size(file) > MAX_BYTES) {
            return setAside("larger than " + MAX_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return UnionState.of(decode(bytes));
        } catch (IOException | RuntimeException e) {
            return setAside(e.toString());
        }
    }

    void write(List<UnionEntry> entries) throws IOException {
        byte[] bytes = encode(entries);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
    }

    private UnionState setAside(String why) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        LOG.warn("union catalogue state {} is unreadable ({}); kept as {}, starting over from the members",
                file, why, aside);
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return UnionState.EMPTY;
    }

    /** Makes the rename itself durable; some file systems cannot sync a folder, and then the OS decides. */
    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync folder {}: {}", file.getParent(), e.toString());
        }
    }

    static byte[] encode(List<UnionEntry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 96);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(entries.size());
        for (UnionEntry e : entries) {
            writeString(out, e.unionId());
            out.writeLong(e.datestamp().toEpochMilli());
            out.writeLong(e.born().toEpochMilli());
            out.writeBoolean(e.deleted());
            writeString(out, e.contentHash());
            out.writeInt(e.copies().size());
            for (CopyKey c : e.copies()) {
                writeString(out, c.memberId());
                writeString(out, c.localId());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    static List<UnionEntry> decode(byte[] bytes) throws IOException {
        if (bytes.length < 20) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a union catalogue state of version " + VERSION);
        }
        int count = boundedCount(in);
        List<UnionEntry> entries = new ArrayList<>(count);
        Map<String, String> memberIds = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = readString(in);
            Instant datestamp = Instant.ofEpochMilli(in.readLong());
            Instant born = Instant.ofEpochMilli(in.readLong());
            boolean deleted = in.readBoolean();
            String hash = readString(in);
            int copyCount = boundedCount(in);
            List<CopyKey> copies = new ArrayList<>(copyCount);
            for (int c = 0; c < copyCount; c++) {
                String member = memberIds.computeIfAbsent(readString(in), m -> m);
                copies.add(new CopyKey(member, readString(in)));
            }
            entries.add(new UnionEntry(id, datestamp, born, deleted, copies, hash));
        }
        if (in.available() != 0) {
            throw new IOException("trailing bytes");
        }
        return entries;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A count can never exceed the bytes left, so a damaged one cannot make us allocate wildly. */
    private static int boundedCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
