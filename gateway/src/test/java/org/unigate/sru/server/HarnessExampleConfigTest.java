package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/** conf/examples/harness.yaml: its SRU variants of the Zebra members and the mixed database load. */
class HarnessExampleConfigTest {

    @Test
    void theSruVariantsOfTheZebraMembersAndTheMixedDatabaseLoad() {
        ConsortiumConfig config = ConfigLoader.load(exampleConfig());
        List<MemberSpec> sru = config.members().stream().filter(m -> m.protocol() == Protocol.SRU).toList();
        assertThat(sru).extracting(MemberSpec::id).containsExactly("s1", "s2", "s3");
        assertThat(sru).extracting(MemberSpec::address).containsExactly("http://127.0.0.1:21101/biblio",
                "http://127.0.0.1:21102/biblio", "http://127.0.0.1:21103/biblio");
        assertThat(sru).extracting(MemberSpec::version).containsExactly("1.2", "2.0", "1.2");
        assertThat(sru).extracting(MemberSpec::recordSyntax).containsOnly("marcxml");
        assertThat(config.resolveDatabase("mixed")).contains(List.of("z1", "s2", "s3"));
        assertThat(config.member("z1").map(MemberSpec::protocol)).contains(Protocol.Z3950);
        assertThat(config.sru().path()).isEqualTo("/sru");
    }

    private static Path exampleConfig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conf/examples/harness.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("conf/examples/harness.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
