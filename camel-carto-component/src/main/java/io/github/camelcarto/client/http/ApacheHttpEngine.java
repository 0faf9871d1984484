package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5's async client as a transport's engine. Its I/O thread hands each answer to the component's
 * workers (a pooled thread), where the JDK client on JDK 17 with 2 CPUs or fewer starts a new thread for every answer
 * (benchmarks/README.md). It follows redirects as the JDK client does and never sends a call again on its own: the
 * transport alone decides what is retried.
 * <p>
 * Streamed answers (COPY TO, exports) go through the JDK client instead: over HTTP/1.1, Apache's client reads a
 * chunked body from the socket for as long as data comes, whatever its reader took, so a slow reader's download would
 * pile up in memory (hundreds of MB measured), where the JDK client holds it back.
 */
public final class ApacheHttpEngine implements HttpEngine, AutoCloseable {

    /** Where each exchange's context keeps what runs it, so that dropping the exchange can close its connection. */
    private static final String EXEC_RUNTIME = ApacheHttpEngine.class.getName() + ".execRuntime";

    /** What precedes the reason in the message of Apache's {@code HttpHostConnectException}. */
    private static final String CONNECT_FAILED = "failed: ";

    /** Headers the client sets from the body, or of the connection, which a request must not carry itself. */
    private static final Set<String> CLIENT_OWNED = Set.of("content-length", "transfer-encoding", "connection", "host");

    private final CloseableHttpAsyncClient client;
    private final Duration connectTimeout;
    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final Supplier<HttpEngine> streamedAnswers;
    /** Answers not yet settled, which closing the engine fails: Apache's client drops some calls without a word. */
    private final Set<CompletableFuture<?>> unsettled = ConcurrentHashMap.newKeySet();

    /**
     * @param sslContext     the TLS setup: trust, keys and protocols; host names are always verified
     * @param maxConnections connections kept at most, to all hosts together
     * @param workers        where answers are handed on and bodies to send are read
     * @param scheduler       where request timeouts wait
     * @param streamedAnswers the engine that reads streamed answers, asked for when the first one comes
     */
    public ApacheHttpEngine(Duration connectTimeout, SSLContext sslContext, int maxConnections, Executor workers,
                            ScheduledExecutorService scheduler, Supplier<HttpEngine> streamedAnswers) {
        this.connectTimeout = connectTimeout;
        this.workers = workers;
        this.scheduler = scheduler;
        this.streamedAnswers = streamedAnswers;
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                // the transport's own timers bound every wait (CallTimeouts)
                                .setSocketTimeout(Timeout.DISABLED)
                                // a pooled connection idle for a while is checked before use: a server or a load
                                // balancer may have closed it, and a POST sent on it could not be sent again
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        // one I/O thread, as the JDK client has one selector: it only moves bytes, the workers do the
                        // rest, and on 2 cores a second one measured no faster (benchmarks/README.md)
                        .setIoThreadCount(1)
                        .setTcpNoDelay(true)
                        .setSoKeepAlive(true)
                        .build())
                .setThreadFactory(new DefaultThreadFactory("CartoHttpIo", true))
                .addExecInterceptorLast("carto-exchange-runtime", (request, entity, scope, chain, callback) -> {
                    scope.clientContext.setAttribute(EXEC_RUNTIME, scope.execRuntime);
                    chain.proceed(request, entity, scope, callback);
                })
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
        client.start();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, BodyHandler<T> handler, boolean readInFull) {
        if (!readInFull) {
            return streamedAnswers.get().send(request, handler, false);
        }
        CompletableFuture<HttpResponse<T>> answer = new CompletableFuture<>();
        unsettled.add(answer);
        CompletableFuture<Void> aborted = new CompletableFuture<>();
        ScheduledFuture<?> timeout = request.timeout()
                .map(limit -> scheduler.schedule(() -> run(workers, () -> {
                    if (answer.completeExceptionally(new HttpTimeoutException("request timed out"))) {
                        aborted.complete(null);
                    }
                }), limit.toMillis(), TimeUnit.MILLISECONDS))
                .orElse(null);
        SubscriberConsumer<T> consumer = new SubscriberConsumer<>(handler, head -> {
            if (timeout != null) {
                timeout.cancel(false);
            }
            head.body().getBody().whenComplete((body, error) -> run(workers, () -> {
                if (error != null) {
                    answer.completeExceptionally(error);
                } else {
                    answer.complete(new BodyReadResponse<>(request, head.info().statusCode(), head.info().headers(),
                            head.info().version(), body));
                }
            }));
        }, () -> aborted.complete(null));
        answer.whenComplete((ignored, error) -> {
            unsettled.remove(answer);
            if (timeout != null) {
                timeout.cancel(false);
            }
            if (answer.isCancelled()) {
                aborted.complete(null);
            }
        });
        HttpClientContext context = HttpClientContext.create();
        Future<Void> exchange;
        try {
            exchange = execute(request, consumer, context, answer);
        } catch (RuntimeException refused) {
            // a client already closed (the component stopping) refuses at once
            answer.completeExceptionally(refused);
            return answer;
        }
        aborted.thenRun(() -> drop(exchange, context));
        return answer;
    }

    private <T> Future<Void> execute(HttpRequest request, SubscriberConsumer<T> consumer, HttpClientContext context,
                                     CompletableFuture<HttpResponse<T>> answer) {
        return client.execute(new BasicRequestProducer(requestOf(request), entityOf(request)),
                consumer, context, new FutureCallback<>() {
                    @Override
                    public void completed(Void result) {
                        // the answer completes when its body does
                    }

                    @Override
                    public void failed(Exception error) {
                        run(workers, () -> answer.completeExceptionally(asTheJdkClientSaysIt(error)));
                    }

                    @Override
                    public void cancelled() {
                        // by this engine, which settles the answer itself, or by close(), which fails what is left
                    }
                });
    }

    /**
     * Ends an exchange and closes its connection. Cancelling alone does not once the answer's head has come: the
     * client would go on waiting for the rest of a body that stalled, on a connection no one closes.
     */
    private static void drop(Future<Void> exchange, HttpClientContext context) {
        exchange.cancel(true);
        if (context.getAttribute(EXEC_RUNTIME) instanceof AsyncExecRuntime runtime) {
            runtime.discardEndpoint();
        }
    }

    /** Runs {@code step} on {@code executor}, or here when it is shutting down: an answer is never left unsettled. */
    private static void run(Executor executor, Runnable step) {
        try {
            executor.execute(step);
        } catch (RejectedExecutionException stopping) {
            step.run();
        }
    }

    private static BasicHttpRequest requestOf(HttpRequest request) {
        BasicHttpRequest http = new BasicHttpRequest(request.method(), request.uri());
        request.headers().map().forEach((name, values) -> {
            if (!CLIENT_OWNED.contains(name.toLowerCase())) {
                values.forEach(value -> http.addHeader(name, value));
            }
        });
        return http;
    }

    /** The body to send, or none: a GET (or other call without a body) sends no empty one. */
    private PublisherEntity entityOf(HttpRequest request) {
        return request.bodyPublisher()
                .filter(body -> body.contentLength() != 0 || !hasNoBodyByDefault(request.method()))
                .map(body -> new PublisherEntity(body, workers))
                .orElse(null);
    }

    private static boolean hasNoBodyByDefault(String method) {
        return switch (method) {
            case "GET", "HEAD", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    /**
     * Apache's failures in the JDK client's types where they mean the same, so that messages and retry rules read
     * them alike ({@link ConnectionFailures}).
     */
    private static Throwable asTheJdkClientSaysIt(Exception error) {
        if (error instanceof ConnectTimeoutException) {
            HttpConnectTimeoutException timedOut = new HttpConnectTimeoutException("HTTP connect timed out");
            timedOut.initCause(error);
            return timedOut;
        }
        if (error instanceof HttpHostConnectException connect && connect.getMessage() != null) {
            // "Connect to http://host:port [/address] failed: Connection refused": the reason alone, as the JDK says it
            String message = connect.getMessage();
            int reason = message.lastIndexOf(CONNECT_FAILED);
            ConnectException plain = new ConnectException(
                    reason < 0 ? message : message.substring(reason + CONNECT_FAILED.length()));
            plain.initCause(connect);
            return plain;
        }
        return error;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public Executor executor() {
        return workers;
    }

    /** Closes the client and fails every answer still awaited. */
    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
        unsettled.forEach(answer -> answer.completeExceptionally(closed()));
    }

    private static IOException closed() {
        return new IOException("the HTTP client was closed (the component is stopping)");
    }
}
