package org.unigate.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.unigate.marc.MarcRecord;

/**
 * Member records by member, local id and sharing context, as they left the gateway's sharing
 * filter: whatever a client may fetch by id again without asking the member.
 */
public final class MemberRecordCache {

    public static final String NAME = "unigate.member.records";

    private final Cache<RecordKey, MarcRecord> cache;

    public MemberRecordCache(CacheSettings settings, Ticker ticker, MeterRegistry registry) {
        this.cache = MeteredCaches.expireAfterWrite(NAME, settings, ticker, registry);
    }

    public void put(RecordKey key, MarcRecord record) {
        cache.put(key, record);
    }

    public Optional<MarcRecord> get(RecordKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    public long estimatedSize() {
        return cache.estimatedSize();
    }
}
