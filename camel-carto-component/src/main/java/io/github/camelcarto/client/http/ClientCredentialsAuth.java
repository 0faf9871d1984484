package io.github.camelcarto.client.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoReadTimeoutException;

/**
 * CARTO 3 machine-to-machine OAuth: exchanges a client id and secret for an access token at CARTO's token endpoint
 * ({@code grant_type=client_credentials}, audience {@code carto-cloud-native-api}), keeps it until shortly before it
 * expires (or CARTO refuses it), and fetches the next one without blocking. Callers that need a token while one is
 * being fetched share that one request.
 */
public final class ClientCredentialsAuth implements CartoAuth {

    public static final String DEFAULT_TOKEN_URL = "https://auth.carto.com/oauth/token";
    public static final String AUDIENCE = "carto-cloud-native-api";
    /** A token is renewed this long before it expires, so that no call carries one that expires on the way. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** Tokens live for hours and are renewed one at a time: a few cover every token that calls may still carry. */
    private static final int REMEMBERED_TOKENS = 4;

    private final HttpEngine engine;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Duration requestTimeout;
    private final Duration readTimeout;
    private final Function<Runnable, IdleTimer> timers;
    private final Clock clock;
    private final AtomicReference<CompletableFuture<Token>> current = new AtomicReference<>();
    /** The latest tokens issued, newest first, to hide wherever the network echoes them. */
    private final Deque<String> issuedTokens = new ConcurrentLinkedDeque<>();

    /**
     * @param requestTimeout how long the token endpoint may take to start answering
     * @param readTimeout    how long its answer may stall: a token request that hung would hold every call waiting
     *                       for the token it shares
     * @param scheduler      where the read timeout is watched
     */
    public ClientCredentialsAuth(HttpEngine engine, String tokenUrl, String clientId, String clientSecret,
                                 Duration requestTimeout, Duration readTimeout, ScheduledExecutorService scheduler,
                                 Clock clock) {
        this.engine = engine;
        this.tokenUrl = URI.create(tokenUrl);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.requestTimeout = requestTimeout;
        this.readTimeout = readTimeout;
        this.timers = IdleTimer.on(scheduler, engine);
        this.clock = clock;
    }

    @Override
    public String redact(String text) {
        return Secrets.hide(Secrets.hide(text, issuedTokens), List.of(clientSecret));
    }

    @Override
    public CompletableFuture<String> authorizationHeader() {
        return token().thenApply(token -> "Bearer " + token.value());
    }

    /**
     * A token can be revoked or rotated before its announced expiry. The refused one is dropped only if it is still
     * the current one: calls refused with it after a new one was fetched (or while it is fetched) use that one.
     */
    @Override
    public boolean renewAfterRefusal(String refused) {
        CompletableFuture<Token> known = current.get();
        if (known != null && known.isDone() && !known.isCompletedExceptionally()
            && refused.equals("Bearer " + known.join().value())) {
            current.compareAndSet(known, null);
        }
        return true;
    }

    private CompletableFuture<Token> token() {
        while (true) {
            CompletableFuture<Token> known = current.get();
            if (known != null && !needsRenewal(known)) {
                return known;
            }
            CompletableFuture<Token> fetching = new CompletableFuture<>();
            if (current.compareAndSet(known, fetching)) {
                fetch().whenComplete((token, error) -> {
                    if (error != null) {
                        // a failed fetch is not cached: the next call tries again
                        current.compareAndSet(fetching, null);
                        fetching.completeExceptionally(error);
                    } else {
                        fetching.complete(token);
                    }
                });
                return fetching;
            }
        }
    }

    /** In flight (shared), or valid beyond the renewal margin: keep it; expired, failed or near expiry: renew. */
    private boolean needsRenewal(CompletableFuture<Token> known) {
        if (!known.isDone()) {
            return false;
        }
        if (known.isCompletedExceptionally()) {
            return true;
        }
        return !clock.instant().plus(RENEW_BEFORE).isBefore(known.join().expiresAt());
    }

    private CompletableFuture<Token> fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                      + encode(clientSecret) + "&audience=" + encode(AUDIENCE);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = clock.instant();
        String failed = "Getting a CARTO access token from " + ConnectionFailures.hostOf(tokenUrl) + " for client "
                        + clientId + " failed: ";
        BodyHandler<byte[]> body = info -> new ReadTimeoutSubscriber<>(BodySubscribers.ofByteArray(), readTimeout,
                timers, () -> new CartoReadTimeoutException(failed + "its answer stalled for " + readTimeout.toMillis()
                                                             + " ms, so the connection was dropped", readTimeout));
        return engine.send(request, body, true)
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = Futures.cause(error);
                        if (cause instanceof CartoReadTimeoutException stalled) {
                            throw stalled;
                        }
                        throw new CartoException(failed + ConnectionFailures.why(cause,
                                engine.connectTimeout(), requestTimeout), cause);
                    }
                    return toToken(response, asked);
                });
    }

    private Token toToken(HttpResponse<byte[]> response, Instant asked) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            json = Json.MAPPER.missingNode();
        }
        if (response.statusCode() != 200 || !json.path("access_token").isTextual()) {
            String reason = json.path("error_description").asText(json.path("error").asText(Json.snippet(body)));
            throw new CartoException("CARTO refused the access token request for client " + clientId + " (HTTP "
                                     + response.statusCode() + "): " + reason
                                     + " (check the client id and secret of the M2M application in CARTO Workspace)");
        }
        long seconds = json.path("expires_in").asLong(3600);
        String value = json.path("access_token").asText();
        remember(value);
        return new Token(value, asked.plusSeconds(seconds));
    }

    /** Keeps the newest issued tokens (one that has been replaced may still be echoed by a call that carried it). */
    private void remember(String token) {
        issuedTokens.addFirst(token);
        while (issuedTokens.size() > REMEMBERED_TOKENS) {
            issuedTokens.pollLast();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClientCredentialsAuth[clientId=" + clientId + ", clientSecret=xxxxxx]";
    }

    private record Token(String value, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + "]";
        }
    }
}
