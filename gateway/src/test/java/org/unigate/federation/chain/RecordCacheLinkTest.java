package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.unigate.cache.CacheSettings;
import org.unigate.cache.MemberRecordCache;

class RecordCacheLinkTest {

    private final MemberRecordCache cache = new MemberRecordCache(CacheSettings.of(100, Duration.ofMinutes(1)),
            Ticker.systemTicker(), new SimpleMeterRegistry());

    @Test
    void everyRecordAMemberSendsIsKeptAsSent() {
        RecordCacheLink link = new RecordCacheLink(cache, Runnable::run);
        CallResult answer = Calls.answered("a", "a1", "a2");

        CallResult passed = link.call(Calls.exchange("a"), new Calls.Fixed(answer)).join();

        assertThat(passed).isSameAs(answer);
        assertThat(cache.get(RecordCacheLink.key("a", "a1"))).contains(answer.records().get(0).record());
        assertThat(cache.get(RecordCacheLink.key("a", "a2"))).isPresent();
    }

    @Test
    void aCacheThatCannotTakeTheRecordsCostsTheAnswerNothing() {
        RecordCacheLink link = new RecordCacheLink(cache, task -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        });

        CallResult passed = link.call(Calls.exchange("a"), new Calls.Fixed(Calls.answered("a", "a1"))).join();

        assertThat(passed.records()).hasSize(1);
    }
}
