package org.unigate.oai.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.xml.UntrustedXml;

/**
 * Fetches and parses one response, retrying what may pass: a 503 (after its Retry-After,
 * capped), other 5xx answers, timeouts and connection failures, and pages that arrive broken.
 * Anything else, or the last failed attempt, ends in an {@link IOException}.
 */
final class PageFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(PageFetcher.class);

    /** Reads one response body; an XMLStreamException means the page is broken. */
    interface Parser<T> {
        T parse(byte[] body) throws XMLStreamException, HarvestException.ProviderError;
    }

    private final OaiHttp http;
    private final HarvestOptions options;
    private final Clock clock;
    private int requests;

    PageFetcher(OaiHttp http, HarvestOptions options, Clock clock) {
        this.http = http;
        this.options = options;
        this.clock = clock;
    }

    Parser<OaiPage> listRecords() {
        return body -> ListRecordsParser.parse(body, options.maxRecordBytes());
    }

    int requests() {
        return requests;
    }

    <T> T fetch(String url, Parser<T> parser) throws IOException, InterruptedException, HarvestException.ProviderError {
        IOException last = null;
        for (int attempt = 1; attempt <= options.retries(); attempt++) {
            Duration wait = options.retryDelay();
            try {
                requests++;
                OaiHttp.Reply reply = http.get(url);
                if (reply.status() == 200) {
                    return parse(url, reply.body(), parser);
                }
                last = new IOException(url + ": HTTP " + reply.status());
                if (reply.status() < 500) {
                    throw last;
                }
                if (reply.status() == 503 && reply.retryAfter() != null) {
                    wait = retryAfter(reply.retryAfter());
                }
            } catch (BrokenPage e) {
                last = e;
            } catch (IOException e) {
                if (e == last) {
                    throw e;
                }
                last = e;
            }
            if (attempt < options.retries()) {
                LOG.info("{} (attempt {} of {}); retrying in {} ms", last.getMessage(), attempt, options.retries(),
                        wait.toMillis());
                Thread.sleep(wait.toMillis());
            }
        }
        throw last;
    }

    private static <T> T parse(String url, byte[] body, Parser<T> parser) throws BrokenPage, HarvestException.ProviderError {
        try {
            return parser.parse(body);
        } catch (XMLStreamException e) {
            throw new BrokenPage(url + ": broken response: " + UntrustedXml.describe(e), e);
        }
    }

    /** Retry-After in seconds or as an HTTP date, never below zero nor above the cap. */
    Duration retryAfter(String header) {
        Duration wait;
        String value = header.strip();
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException bad) {
                wait = options.retryDelay();
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(options.maxRetryWait()) > 0 ? options.maxRetryWait() : wait;
    }

    /** A response that arrived but cannot be read as a whole (cut off, not XML). */
    static final class BrokenPage extends IOException {
        private static final long serialVersionUID = 1L;

        BrokenPage(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
