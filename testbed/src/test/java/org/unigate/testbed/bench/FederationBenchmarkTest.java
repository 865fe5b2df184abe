package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unigate.testing.HarnessMembers;
import org.unigate.testing.SharedData;
import picocli.CommandLine;

/**
 * bench-federation, briefly, against real Zebra members: each member, the union over Z39.50 and
 * over SRU and the cached repeat all answer every request in full (its exit status says so).
 */
class FederationBenchmarkTest {

    @Test
    void everySystemAnswersEveryRequestInFull() {
        HarnessMembers harness = HarnessMembers.zebra(2);
        int status = new CommandLine(new FederationBenchmark()).execute(
                "--members", harness.zebraAddress(1) + "," + harness.zebraAddress(2),
                "--database", harness.database(),
                "--words-from", SharedData.corpus().toString(),
                "--words", "30", "--clients", "1,2", "--requests", "30", "--warmup", "5", "--driver-requests", "100");
        assertThat(status).isZero();
    }
}
