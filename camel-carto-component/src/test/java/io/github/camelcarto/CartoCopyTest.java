package io.github.camelcarto;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** carto:copyfrom and carto:copyto (apiVersion=v2) against /api/v2/sql/copyfrom and /copyto. */
class CartoCopyTest extends CartoV2WireMockTestSupport {

    private static final String FROM = BASE + "/copyfrom";
    private static final String TO = BASE + "/copyto";
    private static final String COPY_IN = "COPY copy_demo (id,name,val) FROM STDIN WITH (FORMAT csv, HEADER true)";
    private static final String COPY_OUT = "COPY (SELECT * FROM copy_demo ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER true)";
    private static final String CSV = "id,name,val\n1,alpha,1.5\n2,\"beta, with comma\",2.25\n3,gamma,\n";

    @TempDir
    Path temp;

    /**
     * One worker: a streamed answer read further down the route must not be read on the worker that the rest of the
     * stream needs to arrive (with one worker, that would wait forever).
     */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("carto", CartoComponent.class).setWorkerThreads(1);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:copyfrom").to("carto:copyfrom?sql=" + COPY_IN.replace(" ", "+").replace(",", "%2C"));
                from("direct:copyfromPlain").to("carto:copyfrom?compression=none");
                from("direct:copyto").to("carto:copyto?filename=demo_export.csv");
                from("direct:copytoPlain").to("carto:copyto?compression=none");
                from("direct:copytoNext").to("carto:copyto").process(e -> {
                    e.setProperty("bodySeenNext", e.getMessage().getBody());
                    e.getMessage().setBody(read(e.getMessage().getBody()));
                });
            }
        };
    }

    private static void stubCopyFrom(int rows) {
        carto.stubFor(post(urlPathEqualTo(FROM)).willReturn(okJson("{\"time\":0.051,\"total_rows\":" + rows + "}")
                .withHeader("Carto-Rate-Limit-Limit", "3").withHeader("Carto-Rate-Limit-Remaining", "2")
                .withHeader("Carto-Rate-Limit-Reset", "31")));
    }

    /** The body CARTO received, un-gzipped when it was sent gzipped (whether or not WireMock decoded it). */
    private static String receivedBody(LoggedRequest request) throws Exception {
        byte[] body = request.getBody();
        if (body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            return gunzip(body);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static LoggedRequest onlyRequest(String path) {
        List<LoggedRequest> requests = carto.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, requests.size());
        return requests.get(0);
    }

    @Test
    void copyFromGzipsAStringChunkedAndReportsTheRows() throws Exception {
        stubCopyFrom(3);

        Exchange result = template.request("direct:copyfrom", e -> e.getMessage().setBody(CSV));

        assertNull(result.getException());
        assertEquals(3L, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        assertEquals(0.051, result.getMessage().getHeader(CartoConstants.QUERY_TIME));
        assertEquals(2L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        assertEquals(3, result.getMessage().getBody(Map.class).get("total_rows"));
        LoggedRequest request = onlyRequest(FROM);
        assertEquals(COPY_IN, request.queryParameter("q").firstValue());
        assertEquals("gzip", request.getHeader("Content-Encoding"));
        assertEquals("chunked", request.getHeader("Transfer-Encoding"));
        assertTrue(!request.containsHeader("Content-Length"));
        assertEquals(BASIC, request.getHeader("Authorization"));
        assertEquals(CSV, receivedBody(request));
        long sent = result.getMessage().getHeader(CartoConstants.BYTES_SENT, Long.class);
        assertTrue(sent > 0 && sent != CSV.length(), "gzipped size " + sent);
    }

    @Test
    void gzipShrinksLargeRepetitiveData() throws Exception {
        stubCopyFrom(20_000);
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",store number ").append(i % 97).append('\n');
        }

        Exchange result = template.request("direct:copyfrom", e -> e.getMessage().setBody(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));

        assertNull(result.getException());
        long sent = result.getMessage().getHeader(CartoConstants.BYTES_SENT, Long.class);
        assertTrue(sent < csv.length() / 3, sent + " of " + csv.length());
        assertEquals(csv.toString(), receivedBody(onlyRequest(FROM)));
    }

    @Test
    void copyFromWithoutCompressionStreamsAnInputStreamAsIs() throws Exception {
        stubCopyFrom(3);

        Exchange result = template.request("direct:copyfromPlain", e -> {
            e.getMessage().setHeader(CartoConstants.SQL, COPY_IN);
            e.getMessage().setBody(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        });

        assertNull(result.getException());
        LoggedRequest request = onlyRequest(FROM);
        assertTrue(!request.containsHeader("Content-Encoding"));
        assertEquals("chunked", request.getHeader("Transfer-Encoding"));
        assertEquals(CSV, request.getBodyAsString());
        assertEquals((long) CSV.length(), result.getMessage().getHeader(CartoConstants.BYTES_SENT));
    }

    @Test
    void copyFromReadsFilesAndPaths() throws Exception {
        stubCopyFrom(3);
        Path csv = temp.resolve("stores.csv");
        Files.writeString(csv, CSV);

        assertNull(template.request("direct:copyfrom", e -> e.getMessage().setBody(csv.toFile())).getException());
        assertNull(template.request("direct:copyfrom", e -> e.getMessage().setBody(csv)).getException());

        List<LoggedRequest> requests = carto.findAll(postRequestedFor(urlPathEqualTo(FROM)));
        assertEquals(2, requests.size());
        for (LoggedRequest request : requests) {
            assertEquals(CSV, receivedBody(request));
        }
    }

    @Test
    void aStatementThatIsNotCopyFromStdinIsRefusedBeforeUploading() {
        for (String bad : List.of("SELECT 1", COPY_OUT, "COPY t FROM '/etc/passwd'")) {
            Exchange result = template.request("direct:copyfromPlain", e -> {
                e.getMessage().setHeader(CartoConstants.SQL, bad);
                e.getMessage().setBody(CSV);
            });
            IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, result.getException());
            assertTrue(error.getMessage().contains("FROM STDIN"), error.getMessage());
        }
        Exchange noSql = template.request("direct:copyfromPlain", e -> e.getMessage().setBody(CSV));
        assertInstanceOf(IllegalArgumentException.class, noSql.getException());
        carto.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aLeadingCommentDoesNotHideTheCopy() {
        stubCopyFrom(3);
        Exchange result = template.request("direct:copyfromPlain", e -> {
            e.getMessage().setHeader(CartoConstants.SQL, "-- nightly load\n" + COPY_IN.toLowerCase());
            e.getMessage().setBody(CSV);
        });
        assertNull(result.getException());
    }

    @Test
    void badDataRaisesPostgresMessage() {
        carto.stubFor(post(urlPathEqualTo(FROM)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"invalid input syntax for type integer: \\\"x\\\"\"]}")));

        Exchange result = template.request("direct:copyfrom", e -> e.getMessage().setBody("id,name,val\nx,a,1\n"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(400, error.getStatusCode());
        assertEquals("invalid input syntax for type integer: \"x\"", error.getCartoMessage());
    }

    @Test
    void aRateLimitedStreamIsNotResentButAFileIs() throws Exception {
        String limited = "{\"error\":[\"You are over platform's limits. Please contact us to know more details\"],"
                         + "\"context\":\"limit\",\"detail\":\"rate-limit\"}";
        answerInTurn(carto, post(urlPathEqualTo(FROM)),
                aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withHeader("Carto-Rate-Limit-Remaining", "0").withBody(limited),
                okJson("{\"time\":0.01,\"total_rows\":3}"));

        Exchange stream = template.request("direct:copyfrom",
                e -> e.getMessage().setBody(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8))));
        assertInstanceOf(CartoRateLimitException.class, stream.getException());
        assertEquals(0L, stream.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        carto.verify(1, postRequestedFor(urlPathEqualTo(FROM)));

        carto.resetScenarios();
        Path csv = temp.resolve("retry.csv");
        Files.writeString(csv, CSV);
        Exchange file = template.request("direct:copyfrom", e -> e.getMessage().setBody(csv));
        assertNull(file.getException());
        assertEquals(3L, file.getMessage().getHeader(CartoConstants.ROW_COUNT));
        carto.verify(3, postRequestedFor(urlPathEqualTo(FROM)));
    }

    @Test
    void copyToStreamsAndDecodesGzip() throws Exception {
        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withHeader("Content-Disposition", "attachment; filename=demo_export.csv")
                .withHeader("Content-Encoding", "gzip")
                .withHeader("Carto-Rate-Limit-Remaining", "0")
                .withBody(gzip(CSV))));

        Exchange result = template.request("direct:copyto", e -> e.getMessage().setBody(COPY_OUT));

        assertNull(result.getException());
        Object body = result.getMessage().getBody();
        assertInstanceOf(InputStream.class, body);
        assertEquals(CSV, read(body));
        assertEquals("demo_export.csv", result.getMessage().getHeader(CartoConstants.FILE_NAME));
        assertEquals(0L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        carto.verify(getRequestedFor(urlPathEqualTo(TO)).withQueryParam("q", equalTo(COPY_OUT))
                .withQueryParam("filename", equalTo("demo_export.csv"))
                .withHeader("Accept-Encoding", equalTo("gzip"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void streamCachingDoesNotCopyTheStreamBeforeTheNextProcessor() {
        assertTrue(context.isStreamCaching(), "Camel's default, which this test is about");
        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(200).withBody(CSV)));

        Exchange result = template.request("direct:copytoNext", e -> e.getMessage().setBody(COPY_OUT));

        assertNull(result.getException());
        Object seen = result.getProperty("bodySeenNext");
        assertInstanceOf(InputStream.class, seen);
        assertFalse(seen instanceof org.apache.camel.StreamCache, seen.getClass().getName());
        assertEquals(CSV, result.getMessage().getBody(String.class));
    }

    @Test
    @Timeout(60)
    void aLargeStreamedAnswerIsReadFurtherDownTheRoute() {
        String csv = "id,name\n" + "1,a row long enough to need many reads of the stream\n".repeat(100_000);
        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(200).withBody(csv)));

        Exchange result = template.request("direct:copytoNext", e -> e.getMessage().setBody(COPY_OUT));

        assertNull(result.getException());
        assertEquals(csv, result.getMessage().getBody(String.class));
    }

    @Test
    void copyToOfAnUncompressedAnswerWithoutNegotiation() throws Exception {
        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(CSV)));
        Exchange result = template.request("direct:copytoPlain", e -> e.getMessage().setBody(COPY_OUT));
        assertEquals(CSV, read(result.getMessage().getBody()));
        carto.verify(getRequestedFor(urlPathEqualTo(TO)).withoutHeader("Accept-Encoding"));
    }

    @Test
    void aLongCopyToIsPosted() throws Exception {
        carto.stubFor(post(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(200).withBody(CSV)));
        String sql = "COPY (SELECT * FROM t WHERE name IN ('" + "y".repeat(8000) + "')) TO STDOUT WITH (FORMAT csv)";

        Exchange result = template.request("direct:copyto", e -> e.getMessage().setBody(sql));

        assertEquals(CSV, read(result.getMessage().getBody()));
        carto.verify(postRequestedFor(urlPathEqualTo(TO))
                .withRequestBody(equalToJson("{\"q\":\"" + sql + "\",\"filename\":\"demo_export.csv\"}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(TO)));
    }

    @Test
    void copyToRefusesOtherStatementsAndReportsCartosErrors() {
        Exchange select = template.request("direct:copyto", e -> e.getMessage().setBody("select 1"));
        assertTrue(assertInstanceOf(IllegalArgumentException.class, select.getException()).getMessage()
                .contains("TO STDOUT"));
        carto.verify(0, anyRequestedFor(anyUrl()));

        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"relation \\\"nope\\\" does not exist\"]}")));
        Exchange missing = template.request("direct:copyto",
                e -> e.getMessage().setBody("COPY nope TO STDOUT"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, missing.getException());
        assertEquals("relation \"nope\" does not exist", error.getCartoMessage());
    }

    @Test
    void aGzippedErrorBodyIsStillReadable() {
        carto.stubFor(get(urlPathEqualTo(TO)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
                .withBody(gzip("{\"error\":[\"relation \\\"nope\\\" does not exist\"]}"))));
        Exchange missing = template.request("direct:copyto", e -> e.getMessage().setBody("COPY nope TO STDOUT"));
        assertEquals("relation \"nope\" does not exist",
                assertInstanceOf(CartoHttpException.class, missing.getException()).getCartoMessage());
    }

    @Test
    void copyEndpointsNeedApiVersionV2() {
        ResolveEndpointFailedException error = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:copyfrom?apiVersion=v3&accessToken=t&connection=c"));
        assertTrue(error.getCause().getMessage().contains("apiVersion=v2"), error.getCause().getMessage());
    }
}
