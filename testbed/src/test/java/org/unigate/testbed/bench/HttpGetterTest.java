package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load driver's HTTP client answers every request, whatever thread makes it. */
class HttpGetterTest {

    private static final String ANSWER = "<searchRetrieveResponse><numberOfRecords>1</numberOfRecords></searchRetrieveResponse>";

    /**
     * Made from a thread of its own, Vert.x 5.0's client lost about one request in 1,500 (no
     * answer, no timeout); a lost one here would come back as status 0 after the guard's time.
     */
    @Test
    void everyRequestFromAnOrdinaryThreadIsAnswered() throws Exception {
        try (HttpGetter http = new HttpGetter(8, Duration.ofSeconds(5));
             TrivialEndpoint endpoint = TrivialEndpoint.start(http, ANSWER)) {
            for (int i = 0; i < 5000; i++) {
                HttpGetter.Reply reply = http.get(endpoint.url()).join();
                assertThat(reply.status()).as("request %d: %s", i, reply.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void aServerThatIsNotThereIsAnAnswerWithItsReason() {
        try (HttpGetter http = new HttpGetter(1, Duration.ofSeconds(5))) {
            HttpGetter.Reply reply = http.get("http://127.0.0.1:1/nothing").join();
            assertThat(reply.status()).isZero();
            assertThat(reply.body()).isNotBlank();
        }
    }
}
