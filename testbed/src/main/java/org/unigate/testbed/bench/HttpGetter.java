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
import java.util.concurrent.TimeUnit;

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

    /** Never completes exceptionally: a failure to connect or a timeout is status 0 with the reason as body. */
    CompletableFuture<Reply> get(String url) {
        long t0 = System.nanoTime();
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        client.request(new RequestOptions().setAbsoluteURI(url).setIdleTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Reply(response.statusCode(),
                        body.toString(StandardCharsets.UTF_8), System.nanoTime() - t0)))
                .onComplete(done -> reply.complete(done.succeeded() ? done.result()
                        : new Reply(0, String.valueOf(done.cause()), System.nanoTime() - t0)));
        return reply;
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
        } catch (Exception e) {
            System.err.println("load driver did not close cleanly: " + e);
        }
    }
}
