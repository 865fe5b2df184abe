package org.unigate.embedded;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.unigate.marc.MarcRecord;

/** The id a loaded record is held under: its 001, or a digest of its content when it has no usable one. */
final class LocalIds {

    /** An 001 longer than this is damage, not an id; such records are held under their digest. */
    static final int MAX_LENGTH = 256;

    private LocalIds() {
    }

    static String of(MarcRecord record) {
        return record.controlNumber()
                .filter(id -> !id.isEmpty() && id.length() <= MAX_LENGTH)
                .orElseGet(() -> digest(record));
    }

    /** Stable across reloads, so the same file gives the same ids every time. */
    private static String digest(MarcRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(StoredRecords.encode(record));
            return "rec-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
