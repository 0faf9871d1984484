package io.github.camelcarto.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import io.github.camelcarto.CartoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One small {@code carto:query} through {@code ProducerTemplate.request}, next to the plain JDK {@code HttpClient.send}
 * of byte-for-byte the same HTTP request (replayed from what the server saw the component send), against the same
 * {@link FastQueryServer}; GET and POST. {@link QueryOverheadReport} runs it single-caller (latency) and with 16
 * callers (throughput) and prints the ratios.
 */
@State(Scope.Benchmark)
public class QueryOverheadBenchmark {

    static final String SQL = "SELECT id, name, population FROM cities WHERE population > 500000 ORDER BY id";

    /** The component's HTTP engine under test (its httpEngine option): apache, the default, or jdk. */
    static final String ENGINE = System.getProperty("bench.engine", "apache");

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> CLIENT_OWNED = Set.of("host", "content-length", "connection", "upgrade",
            "http2-settings");

    private FastQueryServer server;
    private CamelContext camel;
    private ProducerTemplate template;
    private Endpoint cartoGet;
    private Endpoint cartoPost;
    private HttpClient raw;
    private HttpRequest rawGet;
    private HttpRequest rawPost;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = FastQueryServer.start();
        camel = new DefaultCamelContext();
        CartoComponent carto = new CartoComponent();
        carto.getConfiguration().setApiBaseUrl(server.baseUrl());
        carto.getConfiguration().setAccessToken("bench-token");
        carto.getConfiguration().setConnection("bench");
        camel.addComponent("carto", carto);
        camel.start();
        template = camel.createProducerTemplate();
        cartoGet = camel.getEndpoint("carto:query?method=get&httpEngine=" + ENGINE);
        cartoPost = camel.getEndpoint("carto:query?method=post&httpEngine=" + ENGINE);

        // the plain client, as a caller would set it up for a plain-http server
        raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        rawGet = replay(cartoGet);
        rawPost = replay(cartoPost);
    }

    /** Sends one call through the component and builds the same request for the plain client from what arrived. */
    private HttpRequest replay(Endpoint endpoint) {
        checked(template.request(endpoint, exchange -> exchange.getMessage().setBody(SQL)));
        FastQueryServer.SeenRequest seen = server.lastRequest();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + seen.pathAndQuery()))
                .method(seen.method(), seen.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(seen.body()));
        seen.headers().forEach((name, values) -> {
            if (!CLIENT_OWNED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        template.close();
        camel.close();
        server.close();
    }

    @Benchmark
    public byte[] rawGet() throws Exception {
        return rawSend(rawGet);
    }

    @Benchmark
    public byte[] rawPost() throws Exception {
        return rawSend(rawPost);
    }

    @Benchmark
    public Object cartoGet() {
        return checked(template.request(cartoGet, exchange -> exchange.getMessage().setBody(SQL))).getMessage().getBody();
    }

    @Benchmark
    public Object cartoPost() {
        return checked(template.request(cartoPost, exchange -> exchange.getMessage().setBody(SQL))).getMessage().getBody();
    }

    private byte[] rawSend(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length != FastQueryServer.ANSWER.length) {
            throw new IllegalStateException("Unexpected answer: HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** A benchmark that measured failures would be fast and wrong: every call must have returned the three rows. */
    private static Exchange checked(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new IllegalStateException("carto:query failed", exchange.getException());
        }
        if (!(exchange.getMessage().getBody() instanceof List<?> rows) || rows.size() != 3) {
            throw new IllegalStateException("carto:query did not return the three rows: " + exchange.getMessage().getBody());
        }
        return exchange;
    }
}
