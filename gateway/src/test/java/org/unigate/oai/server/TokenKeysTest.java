package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeysTest {

    @TempDir
    Path dir;

    @Test
    void withoutASecretAKeyIsMadeOnceOwnerOnlyAndKeptAcrossRestarts() throws IOException {
        Path dataDir = dir.resolve("data/nested");
        byte[] first = TokenKeys.load(null, dataDir);
        Path file = dataDir.resolve(TokenKeys.KEY_FILE);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(TokenKeys.load(null, dataDir)).isEqualTo(first);
        assertThat(TokenKeys.load(null, dir.resolve("other"))).isNotEqualTo(first);
    }

    @Test
    void aConfiguredSecretIsUsedAndNoFileWritten() throws IOException {
        assertThat(TokenKeys.load("a cluster-wide secret", dir)).isEqualTo("a cluster-wide secret".getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve(TokenKeys.KEY_FILE)).doesNotExist();
    }

    @Test
    void aDamagedKeyFileIsReportedNotReplaced() throws IOException {
        Files.writeString(dir.resolve(TokenKeys.KEY_FILE), "c2hvcnQ=\n");
        assertThatThrownBy(() -> TokenKeys.load(null, dir)).isInstanceOf(IOException.class).hasMessageContaining("no usable");
    }
}
