package io.github.camelcarto;

/** Which HTTP client the endpoints' calls go through. */
public enum CartoHttpEngine {
    /**
     * Apache HttpClient 5's async client: answers are handed on to the component's pooled worker threads on every
     * JVM.
     */
    apache,
    /**
     * The JDK's {@code java.net.http.HttpClient}. On JDK 17 with 2 CPUs or fewer it starts a thread for every answer,
     * which costs throughput under load (see benchmarks/README.md). An application's own {@code httpClient} is always
     * one.
     */
    jdk
}
