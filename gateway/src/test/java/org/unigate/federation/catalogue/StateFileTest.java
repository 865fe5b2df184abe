package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2024-03-01T10:15:30.123Z");

    private static List<UnionEntry> entries() {
        return List.of(
                new UnionEntry("u1", T, T.minusSeconds(60), false,
                        List.of(new CopyKey("m1", "a"), new CopyKey("m2", "統計 7")), "00ff"),
                new UnionEntry("u2", T.plusMillis(1), T, true, List.of(), ""));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        StateFile file = new StateFile(dir);
        file.write(entries());
        assertThat(file.read().ordered()).containsExactlyElementsOf(entries());
        assertThat(dir.resolve("union.state.tmp")).doesNotExist();
    }

    @Test
    void noFileIsAnEmptyState() throws Exception {
        assertThat(new StateFile(dir).read().ordered()).isEmpty();
    }

    @Test
    void everyTruncationIsRefusedNotMisread() throws Exception {
        byte[] bytes = StateFile.encode(entries());
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> StateFile.decode(cut)).as("%d bytes", n).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aDamagedFileIsSetAsideAndReadsAsEmpty() throws Exception {
        StateFile file = new StateFile(dir);
        file.write(entries());
        byte[] bytes = Files.readAllBytes(file.path());
        bytes[12] ^= 1;
        Files.write(file.path(), bytes);

        assertThat(file.read().ordered()).isEmpty();
        assertThat(file.path()).doesNotExist();
        assertThat(dir.resolve("union.state.damaged")).hasBinaryContent(bytes);
    }
}
