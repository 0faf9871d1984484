package io.github.camelcarto.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.main.Main;

/**
 * The camel-carto examples as one Camel Main application: a file drop imported into CARTO and run through a
 * workflow, a scheduled ETL report, and a job monitor. Without configuration it runs against an in-process
 * carto-local; {@code --demo} runs the whole pipeline once and exits.
 */
public final class CartoExamplesApp {

    static final String USAGE = """
            Usage: java -jar camel-carto-examples.jar [--demo]
              (no option)  run the routes until stopped (Ctrl+C)
              --demo       drop the sample file, run the ETL once, print a summary and exit (0 = all went well)
              --help       this text
            Configuration: application.properties keys as -Dkey=value, or CARTO_API_BASE_URL, CARTO_API_TOKEN,
            CARTO_CONNECTION, STAGING_BASE_URL and NOTIFY_WEBHOOK_URL in the environment (see README.md).""";

    private CartoExamplesApp() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(args, System.out, System.err);
        } catch (Exception e) {
            // System.exit also ends carto-local's threads when the start failed half way
            System.err.println("camel-carto-examples failed: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        List<String> options = Arrays.asList(args);
        if (options.contains("--help") || options.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        List<String> unknown = options.stream().filter(option -> !option.equals("--demo")).toList();
        if (!unknown.isEmpty()) {
            err.println("Unknown option(s) " + unknown + "\n" + USAGE);
            return 2;
        }
        Main main = newMain();
        if (options.contains("--demo")) {
            DemoRun demo = new DemoRun(out);
            main.addMainListener(demo);
            main.run();
            return demo.exitCode();
        }
        main.run();
        return main.getExitCode();
    }

    /** The application without its run mode: tests start and stop it themselves. */
    public static Main newMain() {
        Main main = new Main();
        main.addMainListener(new ExampleSetup());
        main.configure().addRoutesBuilder(new FileDropRoutes());
        main.configure().addRoutesBuilder(new ScheduledEtlRoutes());
        main.configure().addRoutesBuilder(new JobMonitorRoutes());
        main.configure().addRoutesBuilder(new NotificationRoutes());
        return main;
    }
}
