package io.github.camelcarto;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelcarto.client.JobWaiter;
import io.github.camelcarto.client.http.CartoAuth;
import io.github.camelcarto.client.http.ClientCredentialsAuth;
import io.github.camelcarto.client.http.RequestLimiter;
import io.github.camelcarto.client.http.RetryListener;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What all endpoints of one carto component share, so that the thread count stays small however many endpoints and
 * jobs there are: one scheduler thread for polls and retry delays, a few worker threads that receive HTTP answers
 * and continue the routes, the HTTP clients, the bound on concurrent calls and the job waiter.
 */
final class CartoRuntime {

    private final ExecutorServiceManager executors;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService workers;
    private final RequestLimiter limiter;
    private final JobWaiter waiter;
    private final Map<ClientKey, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<List<String>, CartoAuth> credentials = new ConcurrentHashMap<>();
    private final CamelContext camelContext;
    private final RetryListener retryListener;

    CartoRuntime(CamelContext camelContext, Object owner, int workerThreads, int maxConcurrentRequests,
                 RetryListener retryListener) {
        this.camelContext = camelContext;
        this.retryListener = retryListener;
        this.executors = camelContext.getExecutorServiceManager();
        this.scheduler = executors.newScheduledThreadPool(owner, "CartoScheduler", unboundedQueue("CartoScheduler", 1));
        this.workers = executors.newThreadPool(owner, "CartoWorker", unboundedQueue("CartoWorker", workerThreads));
        this.limiter = new RequestLimiter(maxConcurrentRequests);
        this.waiter = new JobWaiter(scheduler, System::nanoTime);
    }

    /**
     * A fixed pool with an unbounded queue. Camel's default profile caps queues at 1,000 with caller-runs: the
     * scheduler would then refuse the next poll of the 1,001st waiting job, and the workers would push the HTTP
     * client's work onto its own selector thread.
     */
    private static ThreadPoolProfile unboundedQueue(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(-1);
        profile.setKeepAliveTime(0L);
        profile.setAllowCoreThreadTimeOut(false);
        return profile;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    RequestLimiter limiter() {
        return limiter;
    }

    JobWaiter waiter() {
        return waiter;
    }

    /** Told of every retry the endpoints' transports schedule. */
    RetryListener retryListener() {
        return retryListener;
    }

    /** One HTTP client per distinct connect timeout and TLS setup, all on the shared worker threads. */
    HttpClient httpClient(Duration connectTimeout, SSLContextParameters tls) {
        return clients.computeIfAbsent(new ClientKey(connectTimeout, tls), key -> {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .executor(workers);
            if (tls != null) {
                try {
                    builder.sslContext(tls.createSSLContext(camelContext));
                } catch (Exception e) {
                    throw new IllegalArgumentException("Cannot set up TLS from sslContextParameters: " + e.getMessage(),
                            e);
                }
            }
            return builder.build();
        });
    }

    /** One token cache per M2M application, so that all endpoints using it share its tokens. */
    CartoAuth clientCredentials(HttpClient httpClient, String tokenUrl, String clientId, String clientSecret,
                                Duration requestTimeout, Duration readTimeout) {
        return credentials.computeIfAbsent(List.of(tokenUrl, clientId, clientSecret), key -> new ClientCredentialsAuth(
                httpClient, tokenUrl, clientId, clientSecret, requestTimeout, readTimeout, scheduler, Clock.systemUTC()));
    }

    void shutdown() {
        clients.clear();
        credentials.clear();
        executors.shutdownNow(scheduler);
        executors.shutdownNow(workers);
    }

    private record ClientKey(Duration connectTimeout, SSLContextParameters tls) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ClientKey key && key.connectTimeout.equals(connectTimeout) && key.tls == tls;
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectTimeout, System.identityHashCode(tls));
        }
    }
}
