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
 * in-process carto-local), the staging area that gives dropped files a URL, and the job monitor's state file.
 */
final class ExampleSetup extends MainListenerSupport {

    static final String STAGING_AREA = "stagingArea";
    static final String JOB_MONITOR_STATE = "jobMonitorState";

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        Settings settings = new Settings(context);
        Path dataDir = directory(settings.path("examples.dataDir"));
        Path stagingDir = directory(settings.path("examples.stagingDir"));

        CartoTarget.connect(context, settings, dataDir);
        context.getRegistry().bind(STAGING_AREA, StagingArea.create(context, settings, stagingDir));
        // a file, so that a restart neither repeats job events nor misses the end of a job that ran meanwhile
        FileStateRepository jobMonitorState = FileStateRepository.fileStateRepository(
                new File(dataDir.toFile(), "carto-jobs.state"));
        context.getRegistry().bind(JOB_MONITOR_STATE, jobMonitorState);
        CloseOnStop.register(context, jobMonitorState::stop);
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create directory " + path.toAbsolutePath(), e);
        }
    }
}
