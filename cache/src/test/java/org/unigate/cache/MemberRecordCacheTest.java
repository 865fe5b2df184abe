package org.unigate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unigate.marc.ControlField;
import org.unigate.marc.MarcRecord;

class MemberRecordCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MemberRecordCache cache =
            new MemberRecordCache(CacheSettings.of(10, Duration.ofMinutes(1)), nanos::get, registry);
    private final MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(new ControlField("001", "r1")));

    @Test
    void aRecordIsOnlyFoundInTheSharingContextItWasStoredFor() {
        cache.put(new RecordKey("harbour", "r1", "staff:harbour"), record);
        assertThat(cache.get(new RecordKey("harbour", "r1", "staff:harbour"))).contains(record);
        assertThat(cache.get(new RecordKey("harbour", "r1", "public"))).isEmpty();
        assertThat(cache.get(new RecordKey("peak", "r1", "staff:harbour"))).isEmpty();
    }

    @Test
    void recordsExpire() {
        cache.put(new RecordKey("harbour", "r1", "public"), record);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(cache.get(new RecordKey("harbour", "r1", "public"))).isEmpty();
    }

    @Test
    void theCacheIsBoundedInSize() {
        for (int i = 0; i < 100; i++) {
            cache.put(new RecordKey("harbour", "r" + i, "public"), record);
        }
        assertThat(cache.estimatedSize()).isLessThanOrEqualTo(10);
        assertThat(registry.find("cache.size").tag("cache", MemberRecordCache.NAME).gauge()).isNotNull();
    }
}
