package io.github.camelcarto.client.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;

/**
 * Sends CARTO calls: adds authentication and attribution, bounds concurrency, times them out ({@link CallTimeouts}),
 * maps error statuses to typed exceptions (per its {@link ErrorMapping}), sends a call refused with a revoked token
 * once more with a new one, and retries per the {@link RetryPolicy}, waiting between attempts on the scheduler, never
 * on a thread. Credentials never reach a URL or message that is shown.
 */
public final class CartoHttpTransport {

    private final HttpEngine engine;
    private final TransportSettings settings;
    private final CartoAuth auth;
    private final RetryPolicy retryPolicy;
    private final ScheduledExecutorService scheduler;
    private final RequestLimiter limiter;
    private final ErrorMapping errorMapping;
    private final RetryListener retryListener;
    private final CallTimeouts timeouts;

    /** A transport that maps errors the way CARTO 3's APIs answer them. */
    public CartoHttpTransport(HttpEngine engine, TransportSettings settings, CartoAuth auth, RetryPolicy retryPolicy,
                              ScheduledExecutorService scheduler, RequestLimiter limiter) {
        this(engine, settings, auth, retryPolicy, scheduler, limiter, ErrorResponses.CARTO_3, RetryListener.NONE,
                new CallTimeouts(engine, scheduler, settings));
    }

    private CartoHttpTransport(HttpEngine engine, TransportSettings settings, CartoAuth auth, RetryPolicy retryPolicy,
                               ScheduledExecutorService scheduler, RequestLimiter limiter, ErrorMapping errorMapping,
                               RetryListener retryListener, CallTimeouts timeouts) {
        this.engine = engine;
        this.settings = settings;
        this.auth = auth;
        this.retryPolicy = retryPolicy;
        this.scheduler = scheduler;
        this.limiter = limiter;
        this.errorMapping = errorMapping;
        this.retryListener = retryListener;
        this.timeouts = timeouts;
    }

    /** The same transport, with the error rules of an API that answers in its own ways. */
    public CartoHttpTransport withErrorMapping(ErrorMapping mapping) {
        return new CartoHttpTransport(engine, settings, auth, retryPolicy, scheduler, limiter, mapping,
                retryListener, timeouts);
    }

    /** The same transport, retrying per {@code policy} (e.g. {@link RetryPolicy#none()} for bodies read once). */
    public CartoHttpTransport withRetryPolicy(RetryPolicy policy) {
        return new CartoHttpTransport(engine, settings, auth, policy, scheduler, limiter, errorMapping,
                retryListener, timeouts);
    }

    /** The same transport, telling {@code listener} of every retry it schedules. */
    public CartoHttpTransport withRetryListener(RetryListener listener) {
        return new CartoHttpTransport(engine, settings, auth, retryPolicy, scheduler, limiter, errorMapping,
                listener, timeouts);
    }

    /**
     * Sends a call once, without retries, and reads nothing of a 2xx answer: a check that CARTO answers and accepts
     * the credentials.
     */
    public CompletableFuture<Void> sendOnce(CartoRequest request) {
        // read in full: the discarded body is over before the answer is handed on, so no stream reader needs a thread
        return withRetryPolicy(RetryPolicy.none()).send(request, HttpResponse.BodyHandlers.discarding(), true)
                .thenApply(response -> null);
    }

    /** Sends a call and reads the whole (2xx) response body. */
    public CompletableFuture<CartoResponse> send(CartoRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), true)
                .thenApply(r -> new CartoResponse(request, r.statusCode(), r.headers(), r.body()));
    }

    /**
     * Sends a call and hands a 2xx body to {@code successHandler} (for example a streaming one); any other status is
     * read in full and raised as a {@code CartoHttpException}.
     */
    public <T> CompletableFuture<HttpResponse<T>> send(CartoRequest request, BodyHandler<T> successHandler) {
        return send(request, successHandler, false);
    }

    /** @param readInFull whether {@code successHandler} has the whole body before handing it on (see CallTimeouts) */
    private <T> CompletableFuture<HttpResponse<T>> send(CartoRequest request, BodyHandler<T> successHandler,
                                                        boolean readInFull) {
        CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
        attempt(request, successHandler, readInFull, 0, false, result);
        return result;
    }

    /**
     * @param sentBefore   how many times the call went out before this attempt; a send refused for its token is not
     *                     counted
     * @param tokenRenewed whether this call was refused with a token already and is being sent with a new one: it is
     *                     never renewed twice
     */
    @SuppressWarnings("unchecked")
    private <T> void attempt(CartoRequest request, BodyHandler<T> successHandler, boolean readInFull, int sentBefore,
                             boolean tokenRenewed,
                             CompletableFuture<HttpResponse<T>> result) {
        BodyHandler<Object> handler = info -> isSuccess(info.statusCode())
                ? (HttpResponse.BodySubscriber<Object>) successHandler.apply(info)
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(),
                        bytes -> new ErrorBody(Gzip.decodeIfGzipped(info.headers(), bytes)));

        auth.authorizationHeader()
                .thenCompose(authorization -> limiter.run(
                        () -> timeouts.send(request, buildRequest(request, authorization), handler, readInFull))
                        .thenApply(response -> new Answer(authorization, response)))
                .whenComplete((answer, error) -> {
                    Throwable failure = error != null ? translate(request, Futures.cause(error)) : failureOf(request, answer.response());
                    if (failure == null) {
                        result.complete((HttpResponse<T>) answer.response());
                        return;
                    }
                    if (answer != null && isUnauthorized(failure)) {
                        // a 401 means CARTO did not run the call, so even a job submit may be sent with a new token
                        if (!tokenRenewed && auth.renewAfterRefusal(answer.authorization())) {
                            attempt(request, successHandler, readInFull, sentBefore, true, result);
                            return;
                        }
                        if (tokenRenewed) {
                            fail(result, refusedAgain((CartoHttpException) failure));
                            return;
                        }
                    }
                    int sentNow = JdkClientRepeats.sendsIn(request.method(), failure);
                    int sent = sentBefore + sentNow;
                    Optional<Duration> delay = retryPolicy.delayAfter(sent, sentNow, request.idempotent(), failure);
                    if (delay.isEmpty()) {
                        fail(result, failure);
                        return;
                    }
                    retryListener.retryScheduled(failure, delay.get());
                    try {
                        scheduler.schedule(() -> attempt(request, successHandler, readInFull, sent, tokenRenewed, result),
                                delay.get().toMillis(), TimeUnit.MILLISECONDS);
                    } catch (RejectedExecutionException stopping) {
                        fail(result, failure);
                    }
                });
    }

    private static boolean isUnauthorized(Throwable failure) {
        return failure instanceof CartoHttpException http && http.getStatusCode() == 401;
    }

    private static CartoHttpException refusedAgain(CartoHttpException refused) {
        return new CartoHttpException(refused.getMessage() + "; it refused a token issued just now as well, so the "
                                      + "credentials themselves are not accepted", 401, refused.getCartoMessage(),
                refused.getResponseBody());
    }

    /** Ends a call with its failure, whose texts (some from the network) no longer show this transport's secrets. */
    private void fail(CompletableFuture<?> result, Throwable failure) {
        result.completeExceptionally(CartoException.hideSecretsIn(failure, auth::redact));
    }

    private CartoHttpException failureOf(CartoRequest request, HttpResponse<Object> response) {
        if (response.body() instanceof ErrorBody errorBody) {
            return errorMapping.toException(
                    ErrorResponse.of(request, response.statusCode(), response.headers(), errorBody.bytes()));
        }
        return null;
    }

    /** The HTTP request but for its method, body and timeout, which {@link CallTimeouts} sets. */
    private HttpRequest.Builder buildRequest(CartoRequest request, String authorization) {
        URI uri = wireUri(request);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent());
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::setHeader);
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // HTTP/2 over plain http means an h2c upgrade dance that proxies and test servers handle badly
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder;
    }

    /** The URL a request is shown as: base URL, path, its parameters and the client attribution. */
    private String urlOf(CartoRequest request) {
        return withParameters(settings.baseUrl() + request.path(), queryWithAttribution(request));
    }

    /**
     * The URL actually sent: credentials in the query string go only here, never into one that is shown. Built as
     * text and parsed once, when sent (it used to be parsed twice per call, and twice more to measure it).
     */
    private URI wireUri(CartoRequest request) {
        return URI.create(wireUrl(request));
    }

    private String wireUrl(CartoRequest request) {
        return withParameters(urlOf(request), auth.queryParameters());
    }

    /** The length of the URL a request would use, to choose between GET and POST before sending. */
    public int urlLength(CartoRequest request) {
        return wireUrl(request).length();
    }

    private static String withParameters(String url, Map<String, String> parameters) {
        StringBuilder result = new StringBuilder(url);
        char separator = url.indexOf('?') < 0 ? '?' : '&';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            result.append(separator).append(CartoRequest.encode(parameter.getKey())).append('=')
                    .append(CartoRequest.encode(parameter.getValue()));
            separator = '&';
        }
        return result.toString();
    }

    private Map<String, String> queryWithAttribution(CartoRequest request) {
        if (settings.clientAttribution() == null || request.query().containsKey("client")) {
            return request.query();
        }
        Map<String, String> query = new java.util.LinkedHashMap<>(request.query());
        query.put("client", settings.clientAttribution());
        return query;
    }

    private CartoException translate(CartoRequest request, Throwable error) {
        if (error instanceof CartoException carto) {
            return carto;
        }
        return new CartoException("Calling CARTO at " + settings.host() + " for " + request.description() + " failed: "
                                  + ConnectionFailures.why(error, engine.connectTimeout(),
                                          settings.requestTimeout()), error);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** An answer and the {@code Authorization} it was sent with, which a 401 refused. */
    private record Answer(String authorization, HttpResponse<Object> response) {
        @Override
        public String toString() {
            return "Answer[authorization=xxxxxx, status=" + response.statusCode() + "]";
        }
    }

    /** The body of an error response, kept apart from success bodies of any type. */
    private record ErrorBody(byte[] bytes) {
    }
}
