package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MetricsLinkTest {

    @Test
    void theListenerHearsHowEveryCallEnded() {
        List<String> heard = new CopyOnWriteArrayList<>();
        MetricsLink link = new MetricsLink((spec, result) -> heard.add(spec.id() + " " + result.outcome()));

        link.call(Calls.exchange("a"), new Calls.Fixed(Calls.answered("a", "a1"))).join();

        assertThat(heard).containsExactly("a ANSWERED");
    }

    @Test
    void aListenerThatThrowsCostsTheCallNothing() {
        MetricsLink link = new MetricsLink((spec, result) -> {
            throw new IllegalStateException("meter registry gone");
        });

        CallResult result = link.call(Calls.exchange("a"), new Calls.Fixed(Calls.answered("a", "a1"))).join();

        assertThat(result.records()).hasSize(1);
    }
}
