package org.unigate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class HarnessMembersTest {

    @Test
    void startsZebraMembersThatAcceptConnections() throws IOException {
        HarnessMembers harness = HarnessMembers.zebra(1);

        HarnessMembers.Member z1 = harness.member("z1");
        assertThat(z1.protocol()).contains("z39.50");
        assertThat(Integer.parseInt(z1.records())).isPositive();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(z1.host(), z1.port()), 2000);
            assertThat(s.isConnected()).isTrue();
        }
        assertThat(HarnessMembers.zebra(1)).isSameAs(harness);
    }
}
