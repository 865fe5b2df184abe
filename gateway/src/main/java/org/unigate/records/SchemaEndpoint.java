package org.unigate.records;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.unigate.http.HttpEndpoint;

/**
 * {@value UnigateFormat#SCHEMA_PATH}: the XML Schema of the unigate record format, so the
 * schemaLocation the SRU and OAI-PMH front ends announce resolves against the gateway itself.
 * The schema is read once from the classpath; it never changes while the gateway runs.
 */
public final class SchemaEndpoint implements HttpEndpoint {

    static final String RESOURCE = "unigate.xsd";

    private final Buffer schema;

    public SchemaEndpoint() {
        try (InputStream in = SchemaEndpoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            schema = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void mount(Router router) {
        router.get(UnigateFormat.SCHEMA_PATH).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/xml; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=86400")
                .end(schema));
    }
}
