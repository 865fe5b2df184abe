package org.unigate.oai.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to a provider, each answer collected into a bounded buffer after gzip/deflate
 * decoding (so the bound holds for what is parsed, and a compressed bomb is cut off too).
 * Blocking: called from the harvest's own thread, never from an event loop.
 */
final class OaiHttp implements AutoCloseable {

    /** What came back: status, the Retry-After header if any, and the body. */
    record Reply(int status, String retryAfter, byte[] body) {
    }

    private static final String ACCEPT = "text/xml, application/xml;q=0.9, */*;q=0.1";

    private final HttpClient http;
    private final long timeoutMillis;
    private final int maxBytes;

    OaiHttp(Vertx vertx, HarvestOptions options) {
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setDecompressionSupported(true)
                .setKeepAlive(true));
        this.timeoutMillis = options.timeout().toMillis();
        this.maxBytes = options.maxPageBytes();
    }

    /** @throws IOException when the provider cannot be reached, falls silent, or sends too much */
    Reply get(String url) throws IOException, InterruptedException {
        Promise<Reply> reply = Promise.promise();
        RequestOptions options = new RequestOptions()
                .setAbsoluteURI(url)
                .setMethod(HttpMethod.GET)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .setFollowRedirects(true)
                .putHeader("Accept", ACCEPT)
                .putHeader("Accept-Encoding", "gzip, deflate")
                .putHeader("User-Agent", "Unigate-OAI-harvester");
        // Send and attach the body handlers from the request's own event-loop callback: a
        // listener registered from this (harvest) thread runs as a later task, by which time a
        // small response may have ended and its body gone unread.
        http.request(options).onComplete(ar -> {
            if (ar.failed()) {
                reply.tryFail(ar.cause());
                return;
            }
            ar.result().send().onComplete(sent -> {
                if (sent.succeeded()) {
                    receive(sent.result(), reply);
                } else {
                    reply.tryFail(sent.cause());
                }
            });
        });
        return await(reply.future(), url);
    }

    private void receive(HttpClientResponse response, Promise<Reply> reply) {
        Buffer body = Buffer.buffer();
        response.exceptionHandler(reply::tryFail);
        response.handler(chunk -> {
            if (reply.future().isComplete()) {
                return;
            }
            if ((long) body.length() + chunk.length() > maxBytes) {
                reply.tryFail(new IOException("response larger than " + maxBytes + " bytes, cut off"));
                response.request().reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(v -> reply.tryComplete(
                new Reply(response.statusCode(), response.getHeader("Retry-After"), body.getBytes())));
    }

    /** The idle timeout ends a silent exchange; this outer bound only guards against a lost callback. */
    private Reply await(Future<Reply> future, String url) throws IOException, InterruptedException {
        try {
            return future.toCompletionStage().toCompletableFuture().get(4 * timeoutMillis + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(url + ": " + (cause == null ? "request failed" : cause.toString()), cause);
        } catch (TimeoutException e) {
            throw new IOException(url + ": no complete answer in time", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
