package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A short soak over a small generated consortium: every never-repeating search and deeper page is answered. */
class SoakClientsTest {

    private static final String CONSORTIUM = """
            consortium:
              name: Soak test consortium
            members:
              - id: east
                protocol: embedded
                paths: ["generated:demo?seed=7&works=300&members=2&member=1"]
                timeout: 60s
              - id: west
                protocol: embedded
                paths: ["generated:demo?seed=7&works=300&members=2&member=2"]
                timeout: 60s
            """;

    @Test
    void everySearchAndDeeperPageIsAnswered() throws Exception {
        List<String> words = TitleWords.mostFrequent(TitleWords.read(
                List.of("generated:demo?seed=7&works=300&members=2&member=1")), 40);
        try (BenchGateway gateway = BenchGateway.start(BenchGateway.parse(CONSORTIUM));
             HttpGetter http = new HttpGetter(4, Duration.ofSeconds(60))) {
            SoakClients soak = new SoakClients(http, gateway.sru(null), new DistinctQueries(words), new int[] {10, 20});
            soak.run(4, TimeUnit.SECONDS.toNanos(4), 1).get(120, TimeUnit.SECONDS);

            AnswerTally total = soak.total();
            assertThat(total.problems()).isEmpty();
            assertThat(total.failed()).isZero();
            assertThat(total.answered()).isEqualTo(soak.searches() + soak.deeperPages()).isPositive();
            assertThat(total.records()).as("the searches find records").isPositive();
        }
    }
}
