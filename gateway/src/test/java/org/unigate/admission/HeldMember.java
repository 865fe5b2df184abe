package org.unigate.admission;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;

/**
 * A member whose calls can be held in progress, as a slow catalogue would keep them, until the
 * test lets them go: they then get the wrapped member's answers. Tests use it to keep a door's
 * place taken for exactly as long as they need, with no sleeps.
 */
public final class HeldMember implements MemberClient {

    private final MemberClient inner;
    private final Semaphore heldCalls = new Semaphore(0);
    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    public HeldMember(MemberClient inner) {
        this.inner = inner;
    }

    /** From now on, calls wait for {@link #release()}. */
    public void hold() {
        gate = new CompletableFuture<>();
    }

    /** Lets every held call, and those to come, through. */
    public void release() {
        gate.complete(null);
    }

    /** Waits until a call is being held here; a minute without one fails the test instead of hanging it. */
    public void awaitHeldCall() throws InterruptedException {
        if (!heldCalls.tryAcquire(1, TimeUnit.MINUTES)) {
            throw new AssertionError("no call reached member " + id());
        }
    }

    private CompletableFuture<Void> pass() {
        CompletableFuture<Void> g = gate;
        if (!g.isDone()) {
            heldCalls.release();
        }
        return g;
    }

    @Override
    public MemberSpec spec() {
        return inner.spec();
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        return pass().thenCompose(v -> inner.search(search));
    }

    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
        return pass().thenCompose(v -> inner.scan(request));
    }

    @Override
    public void close() {
        inner.close();
    }
}
