package io.github.camelcarto;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.ImportApiV1;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.http.BearerTokenAuth;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.JdkHttpEngine;
import io.github.camelcarto.client.http.RequestLimiter;
import io.github.camelcarto.client.http.RetryPolicy;
import io.github.camelcarto.client.http.TransportSettings;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoImportProducerTest extends CartoWireMockTestSupport {

    private static final String IMPORTS = "/v3/imports";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:import").to("carto:import?destination=proj.ds.stores&overwrite=true");
                from("direct:async").to("carto:import?destination=proj.ds.stores&waitForCompletion=false");
                from("direct:short").to("carto:import?destination=proj.ds.stores&waitTimeout=150");
                from("direct:anyName").to("carto:import?destination=proj.ds.stores&checkFormat=false"
                                          + "&waitForCompletion=false");
            }
        };
    }

    @Test
    void aUrlBodyIsImportedAndWaitedForUntilSuccess() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-1\"}")));
        stubPolls("imp-1", "{\"jobId\":\"imp-1\",\"status\":\"pending\"}", "{\"jobId\":\"imp-1\",\"status\":\"running\"}",
                "{\"jobId\":\"imp-1\",\"status\":\"success\"}");

        Exchange result = template.request("direct:import", e -> e.getMessage().setBody("https://example.com/data/stores.geojson"));

        assertNull(result.getException());
        assertEquals("imp-1", result.getMessage().getHeader(CartoConstants.IMPORT_ID));
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("proj.ds.stores", result.getMessage().getHeader(CartoConstants.TABLE));
        assertEquals(3, result.getMessage().getHeader(CartoConstants.POLL_COUNT));
        assertEquals("success", result.getMessage().getBody(Map.class).get("status"));
        carto.verify(1, postRequestedFor(urlPathEqualTo(IMPORTS)).withRequestBody(equalToJson("""
                {"connection":"conn","url":"https://example.com/data/stores.geojson","destination":"proj.ds.stores",
                 "overwrite":true,"autoguessing":true}""")));
    }

    @Test
    void aMapBodyOverridesTheOptionsAndAUriBodyWorks() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-2\",\"status\":\"pending\"}")));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", URI.create("https://example.com/a.csv?sig=abc"));
        fields.put("destination", "other.ds.t");
        fields.put("connection", "bq");
        fields.put("autoguessing", false);
        fields.put("schema", "[{\"name\":\"a\",\"type\":\"string\"}]");

        Exchange result = template.request("direct:async", e -> e.getMessage().setBody(fields));

        assertNull(result.getException());
        assertEquals(CartoJobStatus.PENDING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("other.ds.t", result.getMessage().getHeader(CartoConstants.TABLE));
        carto.verify(postRequestedFor(urlPathEqualTo(IMPORTS)).withRequestBody(equalToJson("""
                {"connection":"bq","url":"https://example.com/a.csv?sig=abc","destination":"other.ds.t",
                 "overwrite":false,"autoguessing":false,"schema":"[{\\"name\\":\\"a\\",\\"type\\":\\"string\\"}]"}""")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(IMPORTS + "/imp-2")));

        result = template.request("direct:async", e -> e.getMessage().setBody(URI.create("https://example.com/b.gpkg")));
        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(IMPORTS))
                .withRequestBody(equalToJson("{\"url\":\"https://example.com/b.gpkg\"}", true, true)));
    }

    @Test
    void aFailedImportRaisesWithCartosErrorText() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-3\"}")));
        stubPolls("imp-3", "{\"jobId\":\"imp-3\",\"status\":\"running\"}",
                "{\"jobId\":\"imp-3\",\"status\":\"failure\",\"error\":\"Could not parse geometry column 'geom'\"}");

        Exchange result = template.request("direct:import", e -> e.getMessage().setBody("https://example.com/x.csv"));

        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals("Could not parse geometry column 'geom'", error.getCartoMessage());
        assertTrue(error.getMessage().contains("imp-3") && error.getMessage().contains("geom"), error.getMessage());
        assertEquals(CartoJobStatus.FAILED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("imp-3", result.getMessage().getHeader(CartoConstants.IMPORT_ID));
    }

    /** Appendix B 'imports': the CLI's JSON is {status, destination, rowsImported, schema, jobId, logs}. */
    @Test
    void aFailedImportWithoutAnErrorFieldSaysTheReasonItsLogsGive() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-5\"}")));
        stubPolls("imp-5", """
                {"status":"failure","destination":"proj.ds.stores","rowsImported":0,"schema":[],"jobId":"imp-5",
                 "logs":["Downloading https://example.com/x.csv","Invalid CSV: line 3 has 4 columns, the header 3"]}""");

        Exchange result = template.request("direct:import", e -> e.getMessage().setBody("https://example.com/x.csv"));

        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals("Invalid CSV: line 3 has 4 columns, the header 3", error.getCartoMessage());
        assertTrue(error.getMessage().contains("Invalid CSV"), error.getMessage());
    }

    @Test
    void aWaitThatRunsOutCancelsTheImport() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-4\"}")));
        carto.stubFor(get(urlPathEqualTo(IMPORTS + "/imp-4")).willReturn(okJson("{\"jobId\":\"imp-4\",\"status\":\"running\"}")));
        carto.stubFor(post(urlPathEqualTo(IMPORTS + "/imp-4/cancel")).willReturn(aResponse().withStatus(204)));

        Exchange result = template.request("direct:short", e -> e.getMessage().setBody("https://example.com/x.kmz"));

        CartoTimeoutException error = assertInstanceOf(CartoTimeoutException.class, result.getException());
        assertTrue(error.isCancelRequested());
        assertTrue(error.getMessage().contains("cancelled in CARTO"), error.getMessage());
        carto.verify(1, postRequestedFor(urlPathEqualTo(IMPORTS + "/imp-4/cancel")));
        carto.verify(1, postRequestedFor(urlPathEqualTo(IMPORTS)));
    }

    @Test
    void theSixthConcurrentImportIsRefusedWithARateLimitException() {
        // CARTO allows 5 imports per organisation at once and answers the 6th with 429
        answerInTurn(carto, post(urlPathEqualTo(IMPORTS)),
                okJson("{\"jobId\":\"imp-1\"}"), okJson("{\"jobId\":\"imp-2\"}"), okJson("{\"jobId\":\"imp-3\"}"),
                okJson("{\"jobId\":\"imp-4\"}"), okJson("{\"jobId\":\"imp-5\"}"),
                aResponse().withStatus(429).withBody("{\"error\":\"Too many concurrent imports: 5 are pending or running\"}"));

        for (int i = 1; i <= 5; i++) {
            Exchange ok = template.request("direct:async", e -> e.getMessage().setBody("https://example.com/f.csv"));
            assertNull(ok.getException());
        }
        Exchange sixth = template.request("direct:async", e -> e.getMessage().setBody("https://example.com/f.csv"));

        CartoRateLimitException error = assertInstanceOf(CartoRateLimitException.class, sixth.getException());
        assertEquals(429, error.getStatusCode());
        assertTrue(error.getMessage().contains("Too many concurrent imports") && error.getMessage().contains("throttle"),
                error.getMessage());
        carto.verify(6, postRequestedFor(urlPathEqualTo(IMPORTS)));
    }

    @Test
    void aLocalFileFailsBeforeAnyCallNamingTheWaysOut() throws Exception {
        Path csv = Path.of("target", "drop", "stores.csv");
        GenericFile<File> dropped = new GenericFile<>();
        dropped.setFile(csv.toFile());
        dropped.setFileName("stores.csv");
        dropped.setAbsoluteFilePath(csv.toAbsolutePath().toString());

        for (Object body : new Object[] { csv.toFile(), csv, dropped }) {
            Exchange result = template.request("direct:import", e -> e.getMessage().setBody(body));
            IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, result.getException());
            String message = error.getMessage();
            assertTrue(message.contains("imports by URL only") && message.contains("apiVersion=v2")
                       && message.contains("carto:copyfrom") && message.contains("signed URL"), message);
        }
        Exchange bytes = template.request("direct:import", e -> e.getMessage().setBody(new byte[] { 1, 2 }));
        assertTrue(bytes.getException().getMessage().contains("imports by URL only"), bytes.getException().getMessage());
        Exchange path = template.request("direct:import", e -> e.getMessage().setBody("/data/drop/stores.csv"));
        assertTrue(path.getException().getMessage().contains("not an http(s) URL"), path.getException().getMessage());
        assertEquals(0, carto.getAllServeEvents().size());
    }

    @Test
    void anUnknownExtensionFailsBeforeUploadListingTheFormats() {
        Exchange result = template.request("direct:import", e -> e.getMessage().setBody("https://example.com/sales.xlsx"));
        String message = result.getException().getMessage();
        assertTrue(message.contains(".xlsx") && message.contains("CSV") && message.contains("GeoJSON")
                   && message.contains("GeoPackage") && message.contains("KMZ") && message.contains("zipped Shapefile")
                   && message.contains("GeoParquet"), message);
        assertEquals(0, carto.getAllServeEvents().size());

        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-9\"}")));
        Exchange unchecked = template.request("direct:anyName", e -> e.getMessage().setBody("https://example.com/export?id=7"));
        assertNull(unchecked.getException());
        assertEquals("imp-9", unchecked.getMessage().getHeader(CartoConstants.IMPORT_ID));
    }

    @Test
    void aMissingDestinationOrUrlFailsWithoutACall() {
        Exchange noDestination = template.request("carto:import", e -> e.getMessage().setBody("https://example.com/a.csv"));
        assertTrue(noDestination.getException().getMessage().contains("needs destination"),
                noDestination.getException().getMessage());
        Exchange noUrl = template.request("direct:import", e -> e.getMessage().setBody(Map.of("destination", "a.b.c")));
        assertTrue(noUrl.getException().getMessage().contains("needs the URL"), noUrl.getException().getMessage());
        assertEquals(0, carto.getAllServeEvents().size());
    }

    @Test
    void theLegacyBranchUploadsADroppedFileAndNamesTheCreatedTable() throws Exception {
        Path csv = Files.createDirectories(Path.of("target", "legacy-drop")).resolve("shops.csv");
        Files.writeString(csv, "id,name\n1,a\n");
        GenericFile<File> dropped = new GenericFile<>();
        dropped.setFile(csv.toFile());
        dropped.setFileName("shops.csv");
        carto.stubFor(post(urlPathEqualTo("/api/v1/imports")).willReturn(okJson("{\"item_queue_id\":\"q-7\",\"success\":true}")));
        carto.stubFor(get(urlPathEqualTo("/api/v1/imports/q-7")).willReturn(okJson(
                "{\"id\":\"q-7\",\"state\":\"complete\",\"table_name\":\"shops_1\"}")));
        CartoEndpoint endpoint = context.getEndpoint("carto:import?typeGuessing=false&collisionStrategy=overwrite",
                CartoEndpoint.class);
        CartoImportProducer producer = (CartoImportProducer) endpoint.createProducer();
        producer.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            ImportApiV1 legacy = new ImportApiV1(new CartoHttpTransport(new JdkHttpEngine(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()),
                    new TransportSettings(carto.baseUrl(), Duration.ofSeconds(5), null, "test"), new BearerTokenAuth("k"),
                    RetryPolicy.none(), scheduler, new RequestLimiter(2)));
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(dropped);

            producer.startLegacy(exchange, legacy).join();

            assertEquals("q-7", exchange.getMessage().getHeader(CartoConstants.IMPORT_ID));
            assertEquals(CartoJobStatus.DONE, exchange.getMessage().getHeader(CartoConstants.JOB_STATUS));
            assertEquals("shops_1", exchange.getMessage().getHeader(CartoConstants.TABLE));
            carto.verify(postRequestedFor(urlPathEqualTo("/api/v1/imports"))
                    .withQueryParam("type_guessing", equalTo("false"))
                    .withQueryParam("collision_strategy", equalTo("overwrite"))
                    .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo("id,name\n1,a\n")).build()));

            Exchange unknown = new DefaultExchange(context);
            unknown.getMessage().setBody(Path.of("target", "notes.docx"));
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> producer.startLegacy(unknown, legacy));
            assertTrue(error.getMessage().contains(".docx") && error.getMessage().contains("GeoPackage"), error.getMessage());
            carto.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/imports")));
        } finally {
            producer.stop();
            scheduler.shutdownNow();
        }
    }

    private static void stubPolls(String importId, String... answers) {
        answerJsonInTurn(carto, get(urlPathEqualTo(IMPORTS + "/" + importId)), answers);
    }
}
