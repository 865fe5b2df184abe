package org.unigate.oai.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs resumption tokens: the configured secret, or else a random key generated
 * once and kept (owner-only) in the data folder, so tokens survive a restart.
 */
public final class TokenKeys {

    public static final String KEY_FILE = "oai-token.key";
    private static final int KEY_BYTES = 32;

    private TokenKeys() {
    }

    public static byte[] load(String secret, Path dataDir) throws IOException {
        if (secret != null) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        if (key.length < KEY_BYTES) {
            throw new IOException(file + " holds no usable token key; delete it to have a new one made");
        }
        return key;
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), KEY_FILE, ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.TRUNCATE_EXISTING);
            // No atomic replace: a node that got there first keeps its key, and we use that one.
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            boolean ok = file.toFile().setReadable(false, false) & file.toFile().setReadable(true, true)
                    & file.toFile().setWritable(false, false) & file.toFile().setWritable(true, true);
            if (!ok) {
                throw new IOException("cannot make " + file + " private to its owner");
            }
        }
    }
}
