package io.github.camelcarto;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;

import io.github.camelcarto.client.JobWaiter;
import io.github.camelcarto.client.http.ApacheHttpEngine;
import io.github.camelcarto.client.http.CartoAuth;
import io.github.camelcarto.client.http.ClientCredentialsAuth;
import io.github.camelcarto.client.http.HttpEngine;
import io.github.camelcarto.client.http.HttpWorkExecutor;
import io.github.camelcarto.client.http.JdkHttpEngine;
import io.github.camelcarto.client.http.RequestLimiter;
import io.github.camelcarto.client.http.RetryListener;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What all endpoints of one carto component share, so that the thread count stays small however many endpoints and
 * jobs there are: one scheduler thread for polls and retry delays, a few worker threads that receive HTTP answers
 * and continue the routes, the HTTP clients, the bound on concurrent calls and the job waiter.
 */
final class CartoRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(CartoRuntime.class);

    private final ExecutorServiceManager executors;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService workers;
    private final RequestLimiter limiter;
    private final JobWaiter waiter;
    private final Map<ClientKey, HttpEngine> clients = new ConcurrentHashMap<>();
    private final int maxConcurrentRequests;
    private final AtomicBoolean toldOfThreadPerAnswer = new AtomicBoolean();
    private final Map<List<String>, CartoAuth> credentials = new ConcurrentHashMap<>();
    private final CamelContext camelContext;
    private final RetryListener retryListener;

    CartoRuntime(CamelContext camelContext, Object owner, int workerThreads, int maxConcurrentRequests,
                 RetryListener retryListener) {
        this.camelContext = camelContext;
        this.retryListener = retryListener;
        this.executors = camelContext.getExecutorServiceManager();
        // for a scheduled pool Camel reads a maxQueueSize of -1 as "no bound"
        this.scheduler = executors.newScheduledThreadPool(owner, "CartoScheduler", fixedPool("CartoScheduler", 1, -1));
        // for a plain pool it reads -1 (or 0) as a SynchronousQueue: a direct hand-off with no queue at all, so with
        // every worker busy the HTTP client's selector thread would run the task (caller-runs) and stall all I/O
        this.workers = executors.newThreadPool(owner, "CartoWorker", fixedPool("CartoWorker", workerThreads,
                Integer.MAX_VALUE));
        this.limiter = new RequestLimiter(maxConcurrentRequests);
        this.maxConcurrentRequests = maxConcurrentRequests;
        this.waiter = new JobWaiter(scheduler, System::nanoTime);
    }

    /**
     * {@code HttpClient.sendAsync} hands each answer to {@code CompletableFuture}'s default executor. Where the common
     * pool has parallelism 1 (JDK 17 with 2 CPUs or fewer) that executor starts a new thread per task: a thread start
     * for every CARTO call, which the JDK engine cannot avoid without blocking a thread per call.
     */
    private void logIfEveryAnswerStartsAThread() {
        if (!(new CompletableFuture<Void>().defaultExecutor() instanceof ForkJoinPool)
            && toldOfThreadPerAnswer.compareAndSet(false, true)) {
            LOG.info("This JVM's common ForkJoinPool has parallelism {}, so the JDK HTTP client (httpEngine=jdk) "
                     + "starts a new thread for every CARTO answer; use httpEngine=apache, or start the JVM with "
                     + "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
                    ForkJoinPool.getCommonPoolParallelism());
        }
    }

    /**
     * A fixed pool whose queue never fills. Camel's default profile caps queues at 1,000 with caller-runs: the
     * scheduler would then refuse the next poll of the 1,001st waiting job, and the workers would push the HTTP
     * client's work onto its own selector thread.
     */
    private static ThreadPoolProfile fixedPool(String name, int threads, int maxQueueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(maxQueueSize);
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

    /** One HTTP client per engine, distinct connect timeout and TLS setup, all on the shared worker threads. */
    HttpEngine httpEngine(CartoHttpEngine kind, Duration connectTimeout, SSLContextParameters tls) {
        if (kind == CartoHttpEngine.jdk) {
            logIfEveryAnswerStartsAThread();
            return jdkEngine(connectTimeout, tls);
        }
        // room for every call the limiter lets through and for token calls, which it does not count
        return clients.computeIfAbsent(new ClientKey(kind, connectTimeout, tls), key -> new ApacheHttpEngine(
                connectTimeout, sslContext(tls), 2 * maxConcurrentRequests, workers, scheduler,
                () -> jdkEngine(connectTimeout, tls)));
    }

    private HttpEngine jdkEngine(Duration connectTimeout, SSLContextParameters tls) {
        return clients.computeIfAbsent(new ClientKey(CartoHttpEngine.jdk, connectTimeout, tls),
                key -> new JdkHttpEngine(HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .executor(new HttpWorkExecutor(workers))
                        .sslContext(sslContext(tls))
                        .build()));
    }

    private SSLContext sslContext(SSLContextParameters tls) {
        try {
            return tls != null ? tls.createSSLContext(camelContext) : SSLContext.getDefault();
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot set up TLS from sslContextParameters: " + e.getMessage(), e);
        }
    }

    /** One token cache per M2M application, so that all endpoints using it share its tokens. */
    CartoAuth clientCredentials(HttpEngine engine, String tokenUrl, String clientId, String clientSecret,
                                Duration requestTimeout, Duration readTimeout) {
        return credentials.computeIfAbsent(List.of(tokenUrl, clientId, clientSecret), key -> new ClientCredentialsAuth(
                engine, tokenUrl, clientId, clientSecret, requestTimeout, readTimeout, scheduler, Clock.systemUTC()));
    }

    void shutdown() {
        clients.values().forEach(engine -> {
            if (engine instanceof ApacheHttpEngine apache) {
                apache.close();
            }
        });
        clients.clear();
        credentials.clear();
        executors.shutdownNow(scheduler);
        executors.shutdownNow(workers);
    }

    private record ClientKey(CartoHttpEngine kind, Duration connectTimeout, SSLContextParameters tls) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ClientKey key && key.kind == kind && key.connectTimeout.equals(connectTimeout)
                   && key.tls == tls;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, connectTimeout, System.identityHashCode(tls));
        }
    }
}
