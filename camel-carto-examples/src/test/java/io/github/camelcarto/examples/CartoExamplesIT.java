package io.github.camelcarto.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.local.CartoLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example application as it runs (Camel Main, its own routes and configuration) against its in-process
 * carto-local: a dropped file through import, workflow and notification; a bad file to .error; the scheduled ETL;
 * the job monitor. Each test waits on a condition (NotifyBuilder, or the webhook's queue), never on a clock.
 */
class CartoExamplesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String IMPORT_TABLE = "carto-demo.examples.candidate_sites";

    private static Path workDir;
    private static WebhookReceiver webhook;
    private static Main main;
    private static Thread mainThread;
    private static CamelContext context;
    private static CartoLocal cartoLocal;

    @BeforeAll
    static void startApplication() throws Exception {
        workDir = Path.of("target", "it-work", "app-" + System.currentTimeMillis()).toAbsolutePath();
        webhook = new WebhookReceiver();
        main = CartoExamplesApp.newMain();
        // whatever the environment says: never a real CARTO host, never a published staging bucket
        main.addOverrideProperty("carto.apiBaseUrl", "");
        main.addOverrideProperty("staging.baseUrl", "");
        main.addOverrideProperty("examples.workDir", workDir.toString());
        main.addOverrideProperty("notify.webhookUrl", webhook.url());
        main.addOverrideProperty("monitor.delay", "500");
        main.addOverrideProperty("etl.cron", "0/2 * * * * ?");

        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport support) {
                started.countDown();
            }
        });
        mainThread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                failure.set(e);
                started.countDown();
            }
        }, "examples-main");
        mainThread.start();
        assertTrue(started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the application did not start");
        if (failure.get() != null) {
            throw failure.get();
        }
        context = main.getCamelContext();
        cartoLocal = context.getRegistry().lookupByNameAndType(CartoTarget.CARTO_LOCAL, CartoLocal.class);
        assertNotNull(cartoLocal, "the default profile starts carto-local in-process");
    }

    @AfterAll
    static void stopApplication() throws InterruptedException {
        if (main != null) {
            main.completed();
            mainThread.join(TIMEOUT.toMillis());
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void droppedFileIsImportedRunThroughTheWorkflowAndNotified() throws Exception {
        String fileName = "sites-" + System.nanoTime() + ".csv";
        Map<String, Object> notification = dropSampleAndAwaitItsNotification(fileName);
        assertEquals("file-processed", notification.get("event"));
        assertEquals("DONE", notification.get("status"));
        assertEquals("DONE", notification.get("workflowStatus"));
        assertEquals(IMPORT_TABLE, notification.get("table"));
        assertEquals(7, notification.get("importedRows"));
        assertEquals(4, notification.get("rowCount"));
        String importJobId = (String) notification.get("importJobId");
        String workflowJobId = (String) notification.get("workflowJobId");
        assertFalse(importJobId == null || importJobId.isBlank(), "import job id");
        assertFalse(workflowJobId == null || workflowJobId.isBlank(), "workflow job id");
        assertNotEquals(importJobId, workflowJobId);
        String outputTable = (String) notification.get("outputTable");
        assertTrue(outputTable.startsWith("carto-demo.workflows_temp.wfproc_site_screening_out_"), outputTable);
        Map<?, ?> timings = (Map<?, ?>) notification.get("timings");
        for (String timing : List.of("importMillis", "workflowMillis", "totalMillis")) {
            assertTrue(((Number) timings.get(timing)).longValue() >= 0, timing + " in " + timings);
        }

        // the import: every row of the file, with a point built from lon/lat
        assertEquals(List.of(
                        "Alameda|Sevilla|-5.999|37.39", "Campanar|Valencia|-0.393|39.482", "Eixample|Barcelona|2.162|41.392",
                        "Madrid Rio|Madrid|-3.72|40.398", "Poblenou|Barcelona|2.199|41.403",
                        "Puerta del Sol corner|Madrid|-3.703|40.4165", "Ruzafa market|Valencia|-0.3745|39.463"),
                rows("SELECT site, city, ST_X(geom), ST_Y(geom) FROM \"" + IMPORT_TABLE + "\" ORDER BY site"));
        // the workflow: the sites with at most one store within 1500 m
        assertEquals(List.of("Alameda|Sevilla|1", "Campanar|Valencia|0", "Madrid Rio|Madrid|0", "Poblenou|Barcelona|0"),
                rows("SELECT site, city, competitors FROM \"" + outputTable + "\" ORDER BY site"));

        String dropId = (String) notification.get("dropId");
        assertTrue(Files.isRegularFile(inbox().resolve(".done").resolve(dropId)), "the file is moved to .done");
        assertFalse(Files.exists(inbox().resolve(fileName)));
        assertFalse(Files.exists(workDir.resolve("staging").resolve(dropId)), "the staged copy is removed");

        Map<String, Object> posted = webhook.await(body -> dropId.equals(body.get("dropId")), TIMEOUT);
        assertEquals(notification, posted);
    }

    /** The file component picks a file up again when the application stopped before moving it: nothing runs twice. */
    @Test
    void aFilePickedUpAgainTakesItsJobsUpInsteadOfRunningThemAgain() throws Exception {
        String fileName = "again-" + System.nanoTime() + ".csv";
        Map<String, Object> processed = dropSampleAndAwaitItsNotification(fileName);

        // the same file, with its time, back in the inbox: as after a crash between the workflow and the move
        Path hidden = inbox().resolve("." + fileName);
        Files.copy(inbox().resolve(".done").resolve((String) processed.get("dropId")), hidden,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(hidden, inbox().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);

        // waits for the second pickup's own notification (the route's end can come before it is written)
        Map<String, Object> reprocessed = webhook.await(body -> fileName.equals(body.get("file"))
                                                              && !processed.get("dropId").equals(body.get("dropId")),
                TIMEOUT);
        assertEquals("DONE", reprocessed.get("workflowStatus"));
        assertEquals(processed.get("importJobId"), reprocessed.get("importJobId"), "the import was taken up");
        assertEquals(processed.get("workflowJobId"), reprocessed.get("workflowJobId"), "the workflow run was taken up");
        assertEquals(processed.get("outputTable"), reprocessed.get("outputTable"));
        assertEquals(processed.get("rowCount"), reprocessed.get("rowCount"));
    }

    @Test
    void badFileEndsInErrorWithItsReasonAndAFailureNotification() throws Exception {
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("file-drop").whenFailed(1).create();
        String fileName = "broken-" + System.nanoTime() + ".geojson";
        String content = "{\"type\": \"FeatureCollection\", \"features\": [";
        drop(fileName, content);
        assertTrue(failed.matches(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the bad file did not fail");

        Map<String, Object> notification = NotificationLog.find(outbox(), fileName).orElseThrow();
        assertEquals("file-failed", notification.get("event"));
        assertEquals("FAILED", notification.get("status"));
        assertEquals("import", notification.get("stage"));
        assertNotNull(notification.get("importJobId"));
        assertEquals(notification.get("importJobId"), notification.get("failedJobId"));
        assertTrue(((String) notification.get("error")).startsWith("CartoJobFailedException"), notification.toString());
        assertNotNull(notification.get("cartoMessage"));

        String dropId = (String) notification.get("dropId");
        Path errorDir = inbox().resolve(".error");
        assertEquals(content, Files.readString(errorDir.resolve(dropId)), "the file is kept, unchanged, in .error");
        String reason = Files.readString(errorDir.resolve(dropId + ".reason.txt"));
        assertTrue(reason.contains("failed at: import"), reason);
        assertTrue(reason.contains("CARTO message: " + notification.get("cartoMessage")), reason);
        assertEquals(".error/" + dropId, notification.get("movedTo"));

        assertEquals(notification, webhook.await(body -> dropId.equals(body.get("dropId")), TIMEOUT));
    }

    @Test
    void scheduledEtlRefreshesTheSummaryAndWritesTheReport() throws Exception {
        NotifyBuilder ran = new NotifyBuilder(context).fromRoute("etl-schedule").whenCompleted(1).create();
        assertTrue(ran.matches(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the cron did not fire the ETL");

        Path report = outbox().resolve("report-" + java.time.LocalDate.now() + ".csv");
        List<String> lines = Files.readAllLines(report);
        assertEquals("city,stores,total_revenue,avg_revenue,refreshed_at", lines.get(0));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("Madrid,4,635150.5,158787.63,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("Sevilla,1,76000.0,76000.0,"), lines.get(4));
        assertEquals(List.of("Barcelona|3", "Madrid|4", "Sevilla|1", "Valencia|2"),
                rows("SELECT city, stores FROM \"carto-demo.examples.city_summary\" ORDER BY city"));
    }

    @Test
    void jobMonitorNotifiesAFailedJob() throws Exception {
        NotifyBuilder failedJobSeen = new NotifyBuilder(context).fromRoute("job-monitor")
                .filter(exchange -> "FAILED".equals(String.valueOf(exchange.getMessage().getHeader(CartoConstants.JOB_STATUS))))
                .whenDone(1).create();
        Exchange submitted = context.createProducerTemplate()
                .request("carto:job", exchange -> exchange.getMessage().setBody("SELECT * FROM no_such_table"));
        assertEquals(null, submitted.getException());
        String jobId = submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
        assertTrue(failedJobSeen.matches(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the monitor saw no failed job");

        Map<String, Object> notification = NotificationLog.read(outbox()).stream()
                .filter(line -> jobId.equals(line.get("jobId"))).findFirst().orElseThrow();
        assertEquals("job-failed", notification.get("event"));
        assertEquals("FAILED", notification.get("status"));
        assertEquals("carto_dw", notification.get("connection"));
        assertTrue(String.valueOf(notification.get("error")).toLowerCase().contains("no_such_table"), notification.toString());
        assertEquals(notification, webhook.await(body -> jobId.equals(body.get("jobId")), TIMEOUT));
    }

    /** Drops the demo's sample file under this name and returns the notification the route wrote once done. */
    private static Map<String, Object> dropSampleAndAwaitItsNotification(String fileName) throws IOException {
        NotifyBuilder processed = new NotifyBuilder(context).fromRoute("file-drop").whenDone(1).create();
        drop(fileName, DemoData.resource(DemoRun.SAMPLE));
        assertTrue(processed.matches(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the dropped file was not processed");
        return NotificationLog.find(outbox(), fileName).orElseThrow();
    }

    /** Written under a hidden name, then renamed: the route never sees half a file. */
    private static void drop(String fileName, String content) throws IOException {
        Path hidden = inbox().resolve("." + fileName);
        Files.writeString(hidden, content, StandardCharsets.UTF_8);
        Files.move(hidden, inbox().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = cartoLocal.openConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static Path inbox() {
        return workDir.resolve("inbox");
    }

    private static Path outbox() {
        return workDir.resolve("outbox");
    }
}
