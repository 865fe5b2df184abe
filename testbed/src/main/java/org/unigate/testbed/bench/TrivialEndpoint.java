package org.unigate.testbed.bench;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local HTTP endpoint that answers every request at once with the same body (a real member's
 * answer): what the load driver does at most against it is the driver's own ceiling, so a
 * benchmark can show that the driver is not what limits the systems it measures.
 */
final class TrivialEndpoint implements AutoCloseable {

    private final HttpServer server;

    private TrivialEndpoint(HttpServer server) {
        this.server = server;
    }

    static TrivialEndpoint start(HttpGetter http, String body) throws Exception {
        Buffer answer = Buffer.buffer(body);
        HttpServer server = http.vertx().createHttpServer()
                .requestHandler(request -> request.response().putHeader("Content-Type", "text/xml").end(answer.copy()))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return new TrivialEndpoint(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/trivial";
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("trivial endpoint did not close cleanly: " + e);
        }
    }
}
