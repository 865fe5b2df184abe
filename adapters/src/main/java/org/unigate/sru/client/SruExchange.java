package org.unigate.sru.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;

/**
 * One HTTP request to a member and its body, read into a bounded buffer. Past the size limit,
 * or when {@link #abort aborted} (the member's deadline), the request is reset, which closes
 * the connection: a member sending without end is cut off rather than drained. Vert.x's web
 * client cannot do this once the body has started (it keeps reading a failed body to its end),
 * so the exchange works on the core HTTP client.
 */
final class SruExchange {

    /** What came back: status line and body. */
    record Answer(int status, String reason, BodyBuffer body) {
    }

    private static final String ACCEPT = "application/sru+xml, application/xml, text/xml;q=0.9, */*;q=0.1";

    private final HttpClient http;
    private final SruRequest request;
    private final long timeoutMillis;
    private final BodyBuffer body;
    private final Promise<Answer> answer = Promise.promise();
    private volatile HttpClientRequest inFlight;
    private volatile boolean aborted;

    SruExchange(HttpClient http, SruRequest request, long timeoutMillis, int maxBytes) {
        this.http = http;
        this.request = request;
        this.timeoutMillis = timeoutMillis;
        this.body = new BodyBuffer(maxBytes);
    }

    Future<Answer> send() {
        RequestOptions options = new RequestOptions()
                .setAbsoluteURI(request.url())
                .setMethod(request.post() ? HttpMethod.POST : HttpMethod.GET)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .setFollowRedirects(!request.post())
                .putHeader("Accept", ACCEPT)
                .putHeader("User-Agent", "Unigate-SRU-client");
        if (request.post()) {
            options.putHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        }
        http.request(options).onComplete(ar -> {
            if (ar.failed()) {
                answer.tryFail(ar.cause());
                return;
            }
            inFlight = ar.result();
            if (aborted) {
                inFlight.reset();
                return;
            }
            Future<HttpClientResponse> sent = request.post()
                    ? inFlight.send(Buffer.buffer(SruRequest.encode(request.parameters())))
                    : inFlight.send();
            sent.onComplete(r -> {
                if (r.succeeded()) {
                    receive(r.result());
                } else {
                    answer.tryFail(r.cause());
                }
            });
        });
        return answer.future();
    }

    /** Stops the exchange; the connection is closed if the request is still going. */
    void abort() {
        aborted = true;
        HttpClientRequest current = inFlight;
        if (current != null && !answer.future().isComplete()) {
            current.reset();
        }
    }

    private void receive(HttpClientResponse response) {
        response.exceptionHandler(answer::tryFail);
        response.handler(chunk -> {
            if (answer.future().isComplete()) {
                return;
            }
            if (!body.append(chunk)) {
                answer.tryFail(new DiagnosticException(Condition.MEMBER_ERROR,
                        "response larger than " + body.maxBytes() + " bytes, cut off"));
                inFlight.reset();
            }
        });
        response.endHandler(v -> answer.tryComplete(new Answer(response.statusCode(), response.statusMessage(), body)));
    }
}
