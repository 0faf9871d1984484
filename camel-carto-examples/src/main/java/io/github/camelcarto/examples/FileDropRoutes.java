package io.github.camelcarto.examples;

import java.util.Map;

import io.github.camelcarto.CartoConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route 1: a CSV or GeoJSON file dropped in the inbox is staged (given a URL), imported into CARTO, run through
 * the site-screening workflow, and reported in a notification. A file that fails at any step moves to
 * {@code inbox/.error} with a {@code .reason.txt} beside it and a failure notification; a file that went through
 * moves to {@code inbox/.done}. Both keep a unique name, so nothing is overwritten. Each file's import and workflow
 * run carry an idempotency key made of the file's name, size and time: a file picked up again (the application
 * stopped before moving it) takes its jobs up where they are instead of running them again.
 */
public final class FileDropRoutes extends RouteBuilder {

    /** Exchange properties the notification is built from. */
    static final String DROP_ID = "dropId";
    static final String FILE = "file";
    static final String STAGE = "stage";
    static final String IMPORT_ID = "importJobId";
    static final String IMPORT_MILLIS = "importMillis";
    static final String IMPORTED_ROWS = "importedRows";
    static final String TABLE = "table";

    @Override
    public void configure() {
        Settings settings = new Settings(getContext());
        Map<String, Object> workflowParameters = Map.of(
                "radius_m", settings.integer("workflow.radiusMeters"),
                "max_competitors", settings.integer("workflow.maxCompetitors"));

        onException(Exception.class)
                // not handled: the exchange stays failed, so the file component moves the file to .error
                .handled(false)
                .log("Could not process ${exchangeProperty.file} at step ${exchangeProperty.stage}: ${exception.message}")
                .setBody(method(Notifications.class, "failureReason"))
                .to("file:{{examples.inboxDir}}/.error?fileName=${exchangeProperty.dropId}.reason.txt")
                .setBody(method(Notifications.class, "fileFailed"))
                .to("direct:notify");

        from("file:{{examples.inboxDir}}?includeExt=csv,geojson,json"
             // a file still being copied in is not picked up until its size stops changing
             + "&readLock=changed&readLockCheckInterval={{drop.readLockCheckInterval}}"
             + "&move=.done/${exchangeProperty.dropId}&moveFailed=.error/${exchangeProperty.dropId}")
                .routeId("file-drop")
                .setProperty(DROP_ID, simple("${date:now:yyyyMMdd-HHmmss-SSS}-${file:onlyname}"))
                .setProperty(FILE, simple("${file:onlyname}"))
                .setProperty(STAGE, constant("staging"))
                // the same for every pickup of this file, different for another file or new content under the name;
                // carto:import and carto:workflow each keep their own submission under it
                .setHeader(CartoConstants.IDEMPOTENCY_KEY,
                        simple("${file:onlyname}-${file:size}-${date:file:yyyyMMddHHmmssSSS}"))
                .log("Picked up ${exchangeProperty.file}")
                // one file at a time: every file is imported into the same table, which the workflow reads.
                // The permit is held until the exchange completes, so the next file waits for this one's workflow.
                .throttle(1)
                .setBody(method(ExampleSetup.STAGING_AREA, "stage"))

                .setProperty(STAGE, constant("import"))
                .to("carto:import?destination={{drop.importTable}}&overwrite=true"
                    + "&stateRepository=#" + ExampleSetup.SUBMISSIONS_STATE)
                .setProperty(TABLE, header(CartoConstants.TABLE))
                .setProperty(IMPORT_ID, header(CartoConstants.IMPORT_ID))
                .setProperty(IMPORT_MILLIS, header(CartoConstants.ELAPSED_MILLIS))
                .setProperty(IMPORTED_ROWS, simple("${body[rowCount]}"))
                .log("Imported ${exchangeProperty.file} into ${exchangeProperty.table}: "
                     + "${exchangeProperty.importedRows} rows, import ${exchangeProperty.importJobId}")

                .setProperty(STAGE, constant("workflow"))
                .setHeader(CartoConstants.QUERY_PARAMETERS, constant(workflowParameters))
                // a CALL passes arguments by position: name the procedure's declaration order
                .to("carto:workflow?procedure={{workflow.procedure}}&parameterOrder=radius_m,max_competitors"
                    + "&fetchOutput=true&stateRepository=#" + ExampleSetup.SUBMISSIONS_STATE)
                .log("Workflow ${header.CamelCartoJobId} ${header.CamelCartoJobStatus}: "
                     + "${header.CamelCartoRowCount} rows in ${header.CamelCartoWorkflowOutputTable}")

                .setProperty(STAGE, constant("notify"))
                .setBody(method(Notifications.class, "fileProcessed"))
                .to("direct:notify");
    }
}
