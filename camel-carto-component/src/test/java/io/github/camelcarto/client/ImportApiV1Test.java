package io.github.camelcarto.client;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.BearerTokenAuth;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.JdkHttpEngine;
import io.github.camelcarto.client.http.RequestLimiter;
import io.github.camelcarto.client.http.RetryPolicy;
import io.github.camelcarto.client.http.TransportSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legacy Import API client against WireMock, without Camel. */
class ImportApiV1Test {

    private static final String IMPORTS = "/api/v1/imports";

    @RegisterExtension
    static WireMockExtension carto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private ScheduledExecutorService scheduler;
    private ImportApiV1 api;
    private JobWaiter waiter;

    @BeforeEach
    void setUp() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        CartoHttpTransport transport = new CartoHttpTransport(new JdkHttpEngine(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()),
                new TransportSettings(carto.baseUrl(), Duration.ofSeconds(5), null, "test"), new BearerTokenAuth("k"),
                RetryPolicy.none(), scheduler, new RequestLimiter(4));
        api = new ImportApiV1(transport);
        waiter = new JobWaiter(scheduler, System::nanoTime);
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
    }

    @Test
    void aFileIsUploadedMultipartWithSnakeCaseOptions() throws Exception {
        Path csv = dir.resolve("stores \"north\".csv");
        String content = "id,name,lat,lon\n1,Alpha,40.4,-3.7\n";
        Files.writeString(csv, content);
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"item_queue_id\":\"q-1\",\"success\":true}")));

        CartoJob job = api.upload(csv, new ImportApiV1.Options(false, true, true, false, "overwrite")).join();

        assertEquals("q-1", job.id());
        assertEquals(CartoJobStatus.PENDING, job.status());
        carto.verify(postRequestedFor(urlPathEqualTo(IMPORTS))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withQueryParam("type_guessing", equalTo("false"))
                .withQueryParam("quoted_fields_guessing", equalTo("true"))
                .withQueryParam("content_guessing", equalTo("true"))
                .withQueryParam("create_vis", equalTo("false"))
                .withQueryParam("collision_strategy", equalTo("overwrite"))
                .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo(content)).build())
                .withRequestBody(containing("filename=\"stores \\\"north\\\".csv\"")));
    }

    @Test
    void unsetOptionsAreNotSentAndAUrlIsImportedAsJson() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"item_queue_id\":\"q-2\",\"success\":true}")));
        CartoJob job = api.importUrl("https://example.com/a.geojson", ImportApiV1.Options.defaults()).join();
        assertEquals("q-2", job.id());
        carto.verify(postRequestedFor(urlPathEqualTo(IMPORTS))
                .withQueryParam("type_guessing", absent())
                .withRequestBody(equalToJson("{\"url\":\"https://example.com/a.geojson\"}")));
    }

    @Test
    void theWaiterFollowsLegacyStatesToCompleteAndTheTableName() {
        stubStates("q-3", "{\"id\":\"q-3\",\"state\":\"enqueued\"}", "{\"id\":\"q-3\",\"state\":\"unpacking\"}",
                "{\"id\":\"q-3\",\"state\":\"importing\"}",
                "{\"id\":\"q-3\",\"state\":\"complete\",\"success\":true,\"table_name\":\"stores_north\"}");
        CartoJob created = CartoJobParser.parse(java.util.Map.of("id", "q-3", "state", "enqueued"));

        JobOutcome outcome = waiter.await(created, api.jobControl(), fast(), this).join();

        assertTrue(outcome.succeeded());
        assertEquals(4, outcome.polls());
        assertEquals("stores_north", ImportApiV1.tableName(outcome.job()));
    }

    @Test
    void aFailureCarriesCartosErrorText() {
        stubStates("q-4", "{\"id\":\"q-4\",\"state\":\"failure\",\"error_code\":1002,\"success\":false,"
                          + "\"get_error_text\":{\"title\":\"Unsupported file type\",\"what_about\":\"Should import "
                          + "a supported format\"}}");
        CartoJob created = CartoJobParser.parse(java.util.Map.of("id", "q-4", "state", "enqueued"));

        JobOutcome outcome = waiter.await(created, api.jobControl(), fast(), this).join();

        assertEquals(CartoJobStatus.FAILED, outcome.job().status());
        assertEquals("Unsupported file type: Should import a supported format (error_code 1002)",
                outcome.failure().getCartoMessage());
        assertNull(ImportApiV1.tableName(outcome.job()));
    }

    @Test
    void aRefusedOrMissingUploadIsAnError() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"success\":false,\"error\":\"quota\"}")));
        CompletionException refused = assertThrows(CompletionException.class,
                () -> api.importUrl("https://example.com/a.csv", ImportApiV1.Options.defaults()).join());
        assertTrue(refused.getCause().getMessage().contains("did not queue"), refused.getCause().getMessage());

        CompletionException missing = assertThrows(CompletionException.class,
                () -> api.upload(dir.resolve("nope.csv"), ImportApiV1.Options.defaults()).join());
        assertTrue(missing.getCause().getMessage().contains("no such file"), missing.getCause().getMessage());

        carto.stubFor(get(urlPathEqualTo(IMPORTS + "/zz")).willReturn(aResponse().withStatus(404)
                .withBody("{\"errors\":\"Not found\"}")));
        CompletionException unknown = assertThrows(CompletionException.class, () -> api.get("zz").join());
        assertEquals(404, assertInstanceOf(CartoHttpException.class, unknown.getCause()).getStatusCode());
        assertEquals(1, carto.findAll(postRequestedFor(urlPathEqualTo(IMPORTS))).size());
    }

    private static WaitOptions fast() {
        return new WaitOptions(Duration.ofMillis(5), Duration.ofMillis(20), 1.5, Duration.ofSeconds(10), false);
    }

    private static void stubStates(String id, String... answers) {
        answerJsonInTurn(carto, get(urlPathEqualTo(IMPORTS + "/" + id)), answers);
    }
}
