package org.unigate.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/**
 * {@code /health}: 200 with a JSON report while the gateway can serve union searches, 503 when
 * no member is usable. Load balancers read the status; people read the body.
 */
public final class HealthEndpoint implements HttpEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<HealthReport> report;

    public HealthEndpoint(Supplier<HealthReport> report) {
        this.report = report;
    }

    @Override
    public void mount(Router router) {
        router.get("/health").handler(ctx -> {
            HealthReport r = report.get();
            try {
                ctx.response()
                        .setStatusCode(r.up() ? 200 : 503)
                        .putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Cache-Control", "no-store")
                        .end(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }
}
