package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.MainSupport;

/**
 * {@code --demo}: once the routes run, drops the sample file into the inbox, runs the ETL once (rather than waiting
 * for its cron), waits for the file's notification, prints a summary and ends the application. The exit code is 0
 * only when the file went through and the report was written.
 */
final class DemoRun extends MainListenerSupport {

    static final String SAMPLE = "sample/candidate-sites.csv";

    private final PrintStream out;
    private volatile int exitCode = 1;

    DemoRun(PrintStream out) {
        this.out = out;
    }

    int exitCode() {
        return exitCode;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        long started = System.nanoTime();
        try {
            exitCode = run(main.getCamelContext(), started) ? 0 : 1;
        } catch (Exception e) {
            out.println("Demo failed: " + e);
        } finally {
            ((MainSupport) main).completed();
        }
    }

    private boolean run(CamelContext context, long started) throws IOException {
        Settings settings = new Settings(context);
        Duration timeout = settings.duration("demo.timeout");
        Path inbox = settings.path("examples.inboxDir");
        Path outbox = settings.path("examples.outboxDir");

        NotifyBuilder fileDone = new NotifyBuilder(context).fromRoute("file-drop").whenDone(1).create();
        // a unique name per run, so the demo can be run again in the same working directory
        String fileName = "candidate-sites-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv";
        Path dropped = drop(inbox, fileName);
        out.println("Dropped " + dropped);

        Exchange etl = context.createProducerTemplate().request("direct:etl", exchange -> { });
        if (etl.getException() != null) {
            out.println("The ETL failed: " + etl.getException().getMessage());
            return false;
        }
        Path report = Path.of(etl.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));

        if (!fileDone.matches(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            out.println("No notification for " + fileName + " within " + timeout.toSeconds() + " s (demo.timeout)");
            return false;
        }
        Map<String, Object> notification = NotificationLog.find(outbox, fileName)
                .orElseThrow(() -> new IllegalStateException("The file was processed but no notification names " + fileName));
        boolean ok = "DONE".equals(notification.get("status")) && Files.isRegularFile(report);
        out.println(DemoSummary.format(ok, Duration.ofNanos(System.nanoTime() - started), settings, notification,
                outbox.resolve(NotificationRoutes.NOTIFICATIONS_FILE), report));
        return ok;
    }

    /** Written under a hidden name first (the file route skips dot files), then renamed into place at once. */
    private static Path drop(Path inbox, String fileName) throws IOException {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + fileName);
        try (InputStream sample = DemoRun.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (sample == null) {
                throw new IllegalStateException("Resource " + SAMPLE + " is missing from the application's classpath");
            }
            Files.copy(sample, hidden, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(hidden, inbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }
}
