package org.unigate.oai.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a harvest treats its provider.
 *
 * @param timeout        per request: connecting, and any silence while the answer comes in
 * @param retries        attempts per request (503, timeouts, broken pages) before the harvest stops
 * @param retryDelay     wait before retrying a failure that named no time of its own
 * @param maxRetryWait   cap on a provider's Retry-After, so a provider cannot park the harvester
 * @param maxPageBytes   a response (decompressed) larger than this is cut off and counts as broken
 * @param maxRecordBytes a record's metadata larger than this is skipped and reported
 */
public record HarvestOptions(Duration timeout, int retries, Duration retryDelay, Duration maxRetryWait,
                             int maxPageBytes, int maxRecordBytes) {

    public static final HarvestOptions DEFAULTS = new HarvestOptions(Duration.ofSeconds(60), 5,
            Duration.ofSeconds(2), Duration.ofMinutes(5), 32 * 1024 * 1024, 4 * 1024 * 1024);

    public HarvestOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (timeout.isNegative() || timeout.isZero() || retries < 1 || maxPageBytes <= 0 || maxRecordBytes <= 0) {
            throw new IllegalArgumentException("timeout, retries and sizes must be positive");
        }
    }

    public HarvestOptions withTimeout(Duration t) {
        return new HarvestOptions(t, retries, retryDelay, maxRetryWait, maxPageBytes, maxRecordBytes);
    }

    public HarvestOptions withRetries(int r) {
        return new HarvestOptions(timeout, r, retryDelay, maxRetryWait, maxPageBytes, maxRecordBytes);
    }

    public HarvestOptions withRetryDelay(Duration d, Duration maxWait) {
        return new HarvestOptions(timeout, retries, d, maxWait, maxPageBytes, maxRecordBytes);
    }
}
