package io.github.camelcarto.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Prepares what the routes refer to before Camel configures them: the working directories, CARTO (real, or an
 * in-process carto-local), the staging area that gives dropped files a URL, the job monitor's state file, and the
 * file of the file drop's idempotency keys.
 */
final class ExampleSetup extends MainListenerSupport {

    static final String STAGING_AREA = "stagingArea";
    static final String JOB_MONITOR_STATE = "jobMonitorState";
    static final String SUBMISSIONS_STATE = "submissionsState";

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        Settings settings = new Settings(context);
        Path dataDir = directory(settings.path("examples.dataDir"));
        Path stagingDir = directory(settings.path("examples.stagingDir"));

        CartoTarget.connect(context, settings, dataDir);
        context.getRegistry().bind(STAGING_AREA, StagingArea.create(context, settings, stagingDir));
        // a file, so that a restart neither repeats job events nor misses the end of a job that ran meanwhile
        bindStateFile(context, JOB_MONITOR_STATE, new File(dataDir.toFile(), "carto-jobs.state"));
        // the idempotency keys of the file drop's imports and workflow runs, so that a file picked up again after a
        // restart takes its jobs up instead of running them again
        bindStateFile(context, SUBMISSIONS_STATE, new File(dataDir.toFile(), "carto-submissions.state"));
    }

    /** Binds a state repository kept in the given file under the given name, and stops it when Camel stops. */
    private static void bindStateFile(CamelContext context, String name, File file) {
        FileStateRepository repository = FileStateRepository.fileStateRepository(file);
        context.getRegistry().bind(name, repository);
        CloseOnStop.register(context, repository::stop);
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create directory " + path.toAbsolutePath(), e);
        }
    }
}
