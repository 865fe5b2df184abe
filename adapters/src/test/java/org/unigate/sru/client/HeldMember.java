package org.unigate.sru.client;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An SRU member on a Vert.x server whose answers the test controls: a query naming
 * {@code silent} is never answered, any other is answered with the page once the test
 * {@link #release releases} it. It numbers connections in the order they were first used
 * and records each request and each connection's end, in order.
 */
final class HeldMember implements AutoCloseable {

    /** One thing the member saw: a request (with its query) or the end of a connection. */
    record Event(String kind, int connection, String query) {
    }

    private final HttpServer server;
    private final String page;
    private final Map<HttpConnection, Integer> connections = new ConcurrentHashMap<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<Void>> ends = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> silent = new CompletableFuture<>();
    private final CompletableFuture<Void> released = new CompletableFuture<>();

    private HeldMember(Vertx vertx, String page) {
        this.page = page;
        this.server = vertx.createHttpServer().requestHandler(this::handle);
    }

    static HeldMember start(Vertx vertx, String page) throws Exception {
        HeldMember member = new HeldMember(vertx, page);
        member.server.listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return member;
    }

    String address() {
        return "http://127.0.0.1:" + server.actualPort() + "/sru";
    }

    /** Lets every held answer (and every later one) go. */
    void release() {
        released.complete(null);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** Completes when the first request it will never answer has arrived. */
    CompletableFuture<Void> silentRequest() {
        return silent;
    }

    /** Completes when connection {@code n} (1 = the first used) has ended. */
    CompletableFuture<Void> end(int n) {
        return ends.computeIfAbsent(n, k -> new CompletableFuture<>());
    }

    private void handle(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        int n = connections.computeIfAbsent(connection, c -> {
            int number = connections.size() + 1;
            c.closeHandler(v -> {
                events.add(new Event("closed", number, ""));
                end(number).complete(null);
            });
            return number;
        });
        String query = String.valueOf(request.getParam("query"));
        events.add(new Event("request", n, query));
        if (query.contains("silent")) {
            silent.complete(null);
        } else {
            released.thenRun(() -> request.response().putHeader("Content-Type", "text/xml").end(page));
        }
    }

    @Override
    public void close() throws TimeoutException {
        server.close().await(30, TimeUnit.SECONDS);
    }
}
