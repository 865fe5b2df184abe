package org.unigate.http;

import io.vertx.ext.web.Router;

/**
 * One HTTP service of the gateway (health, metrics, SRU, OAI-PMH, dashboard), mounted on the
 * shared router. Like a Metaproxy filter, each is small and replaceable.
 */
public interface HttpEndpoint {
    void mount(Router router);
}
