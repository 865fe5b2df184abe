package org.unigate.testbed.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of the load benchmarks: GETs over kept-alive HTTP/1.1 connections, on a Vert.x
 * instance of its own (one event loop per core, never the gateway's), so that sending a request
 * and reading its answer costs the driver tens of microseconds and waits on no thread.
 */
final class HttpGetter implements AutoCloseable {

    /** An answer: its status and body, and how long it took from the send to the last byte. */
    record Reply(int status, String body, long nanos) {
    }

    private final Vertx vertx;
    private final HttpClientAgent client;
    private final long timeoutMillis;

    HttpGetter(int connectionsPerServer, Duration timeout) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(connectionsPerServer));
        this.timeoutMillis = timeout.toMillis();
    }

    /**
     * Never completes exceptionally, and always completes: a failure to connect, an idle
     * connection or no answer at all within the timeout is status 0 with the reason as body.
     */
    CompletableFuture<Reply> get(String url) {
        long t0 = System.nanoTime();
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        // Requests are always made on one of the driver's event loops: made from another thread
        // (a benchmark's main thread), Vert.x 5.0's client now and then lost one altogether.
        if (Vertx.currentContext() == null) {
            vertx.runOnContext(v -> send(url, t0, reply));
        } else {
            send(url, t0, reply);
        }
        // The client's own timeouts cover connecting, waiting for a pooled connection and silence;
        // this covers whatever they miss, so that a lost request can never stall a benchmark.
        return reply.completeOnTimeout(null, 2 * timeoutMillis, TimeUnit.MILLISECONDS)
                .thenApply(r -> r != null ? r
                        : new Reply(0, "no answer within " + 2 * timeoutMillis + " ms", System.nanoTime() - t0));
    }

    private void send(String url, long t0, CompletableFuture<Reply> reply) {
        client.request(new RequestOptions().setAbsoluteURI(url).setConnectTimeout(timeoutMillis)
                        .setIdleTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Reply(response.statusCode(),
                        body.toString(StandardCharsets.UTF_8), System.nanoTime() - t0)))
                .onComplete(done -> reply.complete(done.succeeded() ? done.result()
                        : new Reply(0, String.valueOf(done.cause()), System.nanoTime() - t0)));
    }

    /** The driver's Vert.x instance, for a trivial endpoint to measure the driver against. */
    Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        try {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("load driver did not close cleanly: " + e);
        }
    }
}
