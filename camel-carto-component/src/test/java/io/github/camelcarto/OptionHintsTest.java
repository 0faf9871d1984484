package io.github.camelcarto;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hints the face adds to the client's failures, per endpoint kind and options. */
class OptionHintsTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void aRefusedCredentialNamesTheOptionOfItsPlatform() {
        assertTrue(hintOn("carto:query?accessToken=t&connection=c", http(401)).contains("option accessToken"));
        assertTrue(hintOn("carto:query?apiVersion=v2&apiKey=k&apiBaseUrl=https://alice.carto.com", http(401))
                .contains("option apiKey"));
        assertTrue(hintOn("carto:query?apiVersion=v2&apiKey=k&apiBaseUrl=https://alice.carto.com", http(404))
                .contains("option apiBaseUrl"));
        assertNull(hintOn("carto:query?accessToken=t&connection=c", http(400)));
    }

    @Test
    void aTimeoutSendsSynchronousQueriesToAJobAndNamesRequestTimeoutElsewhere() {
        CartoException timedOut = new CartoException("CARTO did not answer", new HttpTimeoutException("timed out"));
        assertTrue(hintOn("carto:query?accessToken=t&connection=c", timedOut).contains("carto:job instead"));
        assertTrue(hintOn("carto:query?accessToken=t&connection=c", http(408)).contains("carto:job instead"));
        CartoException pollTimedOut = new CartoException("CARTO did not answer", new HttpTimeoutException("timed out"));
        assertTrue(hintOn("carto:job?accessToken=t&connection=c&requestTimeout=2500", pollTimedOut)
                .contains("requestTimeout=2500 ms"));
    }

    @Test
    void aWaitThatRanOutNamesWaitTimeoutAndALeftJob() {
        String uri = "carto:job?accessToken=t&connection=c&waitTimeout=150&cancelOnTimeout=false";
        String hint = hintOn(uri, new CartoTimeoutException("ended", "j", CartoJobStatus.RUNNING, Duration.ofMillis(150),
                3, false, null));
        assertTrue(hint.contains("waitTimeout=150 ms") && hint.contains("cancelOnTimeout=false"), hint);
    }

    @Test
    void aRateLimitNamesMaxRetryAfterWhenItAskedForLonger() {
        String uri = "carto:import?accessToken=t&maxRetryAfter=1000";
        assertTrue(hintOn(uri, rateLimited(Duration.ofSeconds(30))).contains("maxRetryAfter=1000 ms"));
        assertTrue(hintOn(uri, rateLimited(null)).contains("throttle EIP"));
    }

    @Test
    void aRefusedConnectionNamesTheBaseUrl() {
        CartoException refused = new CartoException("Could not connect", new ConnectException("refused"));
        assertTrue(hintOn("carto:lds?accessToken=t&ldsOperation=geocode", refused).contains("option apiBaseUrl"));
        CartoException tokenRefused = new CartoException("Could not get a token", new ConnectException("refused"));
        assertTrue(hintOn("carto:query?clientId=app&clientSecret=s&connection=c", tokenRefused).contains("oauthTokenUrl"));
    }

    @Test
    void theFailureKeepsItsTypeAndMessageAndOtherFailuresAreLeftAlone() {
        CartoHttpException denied = http(401);
        Throwable hinted = OptionHints.addTo(denied, endpoint("carto:query?accessToken=t&connection=c"));
        assertSame(denied, hinted);
        assertTrue(denied.getMessage().startsWith("HTTP 401. Check option accessToken"), denied.getMessage());
        IllegalStateException other = new IllegalStateException("x", new IOException("y"));
        assertSame(other, OptionHints.addTo(other, endpoint("carto:query?accessToken=t&connection=c")));
        assertEquals("x", other.getMessage());
    }

    private String hintOn(String uri, CartoException failure) {
        OptionHints.addTo(failure, endpoint(uri));
        return failure.getHint();
    }

    private CartoEndpoint endpoint(String uri) {
        return camel.getEndpoint(uri, CartoEndpoint.class);
    }

    private static CartoHttpException http(int status) {
        return new CartoHttpException("HTTP " + status, status, null, "");
    }

    private static CartoRateLimitException rateLimited(Duration retryAfter) {
        return new CartoRateLimitException("HTTP 429", null, "", retryAfter, null, null, null);
    }
}
