package org.unigate.http;

import io.vertx.core.http.HttpServerResponse;
import org.unigate.admission.DoorFullException;

/**
 * The HTTP side of a full door: 503 Service Unavailable with Retry-After (RFC 9110 15.6.4,
 * 10.2.3), which OAI-PMH harvesters and HTTP clients understand as "come back then". The
 * caller still writes the body its protocol expects.
 */
public final class Busy {

    private Busy() {
    }

    public static HttpServerResponse refuse(HttpServerResponse response, DoorFullException full) {
        return response.setStatusCode(503).putHeader("Retry-After", Long.toString(full.retryAfterSeconds()));
    }
}
