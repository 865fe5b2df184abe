package org.unigate.z3950.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.unigate.cql.CqlParser;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.SearchQuery;

/** Specs, queries and waiting for the Z39.50 client tests. */
final class TestMembers {

    private TestMembers() {
    }

    static MemberSpec.Builder spec(String address) {
        return MemberSpec.builder("m1", Protocol.Z3950).address(address).database("fake").timeout(Duration.ofSeconds(10));
    }

    static SearchQuery cql(String cql) {
        return CqlParser.DEFAULT.parse(cql);
    }

    /** Waits for an answer; the client's own deadline comes first, so this bound only catches hangs. */
    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    /** Holds a fake member's answer (its script runs on the member's event loop) until {@code gate} opens. */
    static void hold(CountDownLatch gate) {
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls until {@code condition} holds; fails after a generous bound (never a timing assertion). */
    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still not true after 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
