package org.unigate.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway's HTTP listener: one Vert.x server, one router, the endpoints mounted on it. */
public final class HttpFrontEnd {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFrontEnd.class);
    /** Form-encoded SRU/OAI POSTs are small; anything bigger is refused before it is buffered. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final HttpServer server;

    private HttpFrontEnd(HttpServer server) {
        this.server = server;
    }

    public static Future<HttpFrontEnd> start(Vertx vertx, String host, int port, List<HttpEndpoint> endpoints) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        endpoints.forEach(e -> e.mount(router));
        HttpServerOptions options = new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setCompressionSupported(true)
                .setMaxInitialLineLength(16 * 1024)
                .setMaxHeaderSize(16 * 1024)
                .setIdleTimeout(120);
        return vertx.createHttpServer(options).requestHandler(router).listen().map(s -> {
            LOG.info("HTTP listening on {}:{}", host, s.actualPort());
            return new HttpFrontEnd(s);
        });
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return server.actualPort();
    }

    public Future<Void> close() {
        return server.close();
    }
}
