package org.unigate.federation.catalogue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;

/**
 * A feed whose listing holds its reader until the test opens the gate: a refresh caught mid-run,
 * or an OAI-PMH request kept in progress.
 */
public final class GatedFeed<T> implements ChangeFeed<T> {

    private final ChangeFeed<T> inner;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    public GatedFeed(ChangeFeed<T> inner) {
        this.inner = inner;
    }

    public void awaitReader() throws InterruptedException {
        if (!entered.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no refresh started reading");
        }
    }

    public void open() {
        gate.countDown();
    }

    @Override
    public List<FeedEntry<T>> changes(Instant from, Instant until, FeedPosition after, int limit)
            throws IOException {
        entered.countDown();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IOException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        return inner.changes(from, until, after, limit);
    }

    @Override
    public long count(Instant from, Instant until) throws IOException {
        return inner.count(from, until);
    }

    @Override
    public Optional<FeedEntry<T>> entry(String id) throws IOException {
        return inner.entry(id);
    }

    @Override
    public Optional<Instant> earliestDatestamp() throws IOException {
        return inner.earliestDatestamp();
    }
}
