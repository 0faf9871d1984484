package io.github.camelcarto;

import org.apache.camel.spi.Metadata;

/** Message headers read and written by the carto component. */
public final class CartoConstants {

    @Metadata(label = "producer", description = "The SQL to run; overrides the sql option and the body.",
              javaType = "String")
    public static final String SQL = "CamelCartoSql";
    @Metadata(label = "producer",
              description = "Query parameters: a Map for named @name parameters (BigQuery), a List for positional "
                            + "$1 (PostgreSQL, Redshift) or :1 (Snowflake) parameters. Overrides the queryParameters "
                            + "option. For carto:workflow, the procedure's parameters.",
              javaType = "Object")
    public static final String QUERY_PARAMETERS = "CamelCartoQueryParameters";
    @Metadata(label = "producer", description = "The carto:job operation (submit, get, cancel, list); overrides the "
                                                + "operation option.",
              javaType = "String")
    public static final String OPERATION = "CamelCartoOperation";
    @Metadata(description = "The job's id: read by get and cancel, written by every job operation.",
              javaType = "String")
    public static final String JOB_ID = "CamelCartoJobId";
    @Metadata(label = "producer", description = "The job's normalised status: PENDING, RUNNING, DONE, FAILED, "
                                                + "CANCELLED or UNKNOWN.",
              javaType = "io.github.camelcarto.client.CartoJobStatus")
    public static final String JOB_STATUS = "CamelCartoJobStatus";
    @Metadata(label = "producer", description = "A Map sent as the job's metadata on submit.",
              javaType = "java.util.Map")
    public static final String JOB_METADATA = "CamelCartoJobMetadata";
    @Metadata(label = "producer", description = "How many status reads waiting for the job took.",
              javaType = "int")
    public static final String POLL_COUNT = "CamelCartoPollCount";
    @Metadata(label = "producer", description = "How long waiting for the job took, in milliseconds.",
              javaType = "long")
    public static final String ELAPSED_MILLIS = "CamelCartoElapsedMillis";
    @Metadata(label = "producer", description = "How many rows the query returned.", javaType = "int")
    public static final String ROW_COUNT = "CamelCartoRowCount";
    @Metadata(label = "producer", description = "The result's columns: a List of Maps with name and type.",
              javaType = "java.util.List")
    public static final String SCHEMA = "CamelCartoSchema";
    @Metadata(label = "producer", description = "CARTO's meta object of a query result (cacheHit, "
                                                + "totalBytesProcessed, location...).",
              javaType = "java.util.Map")
    public static final String QUERY_META = "CamelCartoQueryMeta";
    @Metadata(label = "producer", description = "The workflow's output table (jobMetadata.workflowOutputTableName).",
              javaType = "String")
    public static final String WORKFLOW_OUTPUT_TABLE = "CamelCartoWorkflowOutputTable";

    private CartoConstants() {
    }
}
