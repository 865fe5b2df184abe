package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void everyActionRunsOnceAndLateOnesAtOnce() {
        Cancellation cancellation = new Cancellation();
        AtomicInteger runs = new AtomicInteger();
        cancellation.onCancel(runs::incrementAndGet);
        cancellation.onCancel(() -> {
            throw new IllegalStateException("release failed");
        });

        cancellation.cancel();
        cancellation.cancel();
        cancellation.onCancel(runs::incrementAndGet);

        assertThat(runs).hasValue(2);
        assertThat(cancellation.cancelled()).isTrue();
    }
}
