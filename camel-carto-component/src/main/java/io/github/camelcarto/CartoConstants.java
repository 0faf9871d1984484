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
    @Metadata(label = "producer",
              description = "carto:job, carto:workflow, carto:import: the idempotency key of this submission, e.g. "
                            + "the message id of a queue that redelivers. An exchange whose key was submitted before "
                            + "does not submit again: it resumes waiting for that job, or completes with its end. "
                            + "Overrides option idempotencyKey.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelCartoIdempotencyKey";
    @Metadata(label = "producer",
              description = "With an idempotency key: true when the job had been submitted before under that key and "
                            + "this exchange took it up again, false when this exchange submitted it.",
              javaType = "Boolean")
    public static final String RESUMED = "CamelCartoResumed";
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

    @Metadata(label = "producer", description = "carto:import: the import's job id.", javaType = "String")
    public static final String IMPORT_ID = "CamelCartoImportId";
    @Metadata(label = "producer", description = "carto:import: the table the import wrote (its destination, or the "
                                                + "table the legacy Import API created).",
              javaType = "String")
    public static final String TABLE = "CamelCartoTable";
    @Metadata(label = "consumer", description = "carto:jobs: the status last delivered for this job before this event, "
                                                + "or null the first time the job is seen.",
              javaType = "io.github.camelcarto.client.CartoJobStatus")
    public static final String JOB_PREVIOUS_STATUS = "CamelCartoJobPreviousStatus";
    @Metadata(label = "consumer", description = "carto:jobs: the connection the job runs on, when known.",
              javaType = "String")
    public static final String CONNECTION = "CamelCartoConnection";
    @Metadata(label = "producer", description = "carto:lds: the operation; overrides the ldsOperation option.",
              javaType = "String")
    public static final String LDS_OPERATION = "CamelCartoLdsOperation";
    @Metadata(label = "producer", description = "carto:lds geocode: the address; overrides the address option.",
              javaType = "String")
    public static final String LDS_ADDRESS = "CamelCartoLdsAddress";
    @Metadata(label = "producer", description = "carto:lds: ISO alpha-2 country; overrides the country option.",
              javaType = "String")
    public static final String LDS_COUNTRY = "CamelCartoLdsCountry";
    @Metadata(label = "producer", description = "carto:lds geocode: most results; overrides the limit option.",
              javaType = "Integer")
    public static final String LDS_LIMIT = "CamelCartoLdsLimit";
    @Metadata(label = "producer", description = "carto:lds reverseGeocode: latitude; overrides the lat option.",
              javaType = "Double")
    public static final String LDS_LAT = "CamelCartoLdsLat";
    @Metadata(label = "producer", description = "carto:lds reverseGeocode: longitude; overrides the lon option.",
              javaType = "Double")
    public static final String LDS_LON = "CamelCartoLdsLon";
    @Metadata(label = "producer", description = "carto:lds reverseGeocode: language; overrides the language option.",
              javaType = "String")
    public static final String LDS_LANGUAGE = "CamelCartoLdsLanguage";
    @Metadata(label = "producer", description = "carto:lds isolines and routing: the origin as \"lon,lat\" or a List "
                                                + "[lon, lat]; overrides the origin option.",
              javaType = "Object")
    public static final String LDS_ORIGIN = "CamelCartoLdsOrigin";
    @Metadata(label = "producer", description = "carto:lds routing: the destination as \"lon,lat\" or a List "
                                                + "[lon, lat]; overrides the ldsDestination option.",
              javaType = "Object")
    public static final String LDS_DESTINATION = "CamelCartoLdsDestination";
    @Metadata(label = "producer", description = "carto:lds isolines and routing: travel mode; overrides the mode option.",
              javaType = "String")
    public static final String LDS_MODE = "CamelCartoLdsMode";
    @Metadata(label = "producer", description = "carto:lds isolines: ranges as \"300,600\" or a List; overrides the "
                                                + "range option.",
              javaType = "Object")
    public static final String LDS_RANGE = "CamelCartoLdsRange";
    @Metadata(label = "producer", description = "carto:lds isolines: time or distance; overrides the rangeType option.",
              javaType = "String")
    public static final String LDS_RANGE_TYPE = "CamelCartoLdsRangeType";
    @Metadata(label = "producer", description = "carto:lds routing: waypoints as \"lat,lon;lat,lon\" or a List of "
                                                + "\"lat,lon\"; overrides the waypoints option.",
              javaType = "Object")
    public static final String LDS_WAYPOINTS = "CamelCartoLdsWaypoints";
    @Metadata(label = "producer", description = "carto:lds: the provider options sent as CARTO's options parameter, "
                                                + "a Map or a JSON object; overrides the options option.",
              javaType = "Object")
    public static final String LDS_OPTIONS = "CamelCartoLdsOptions";
    @Metadata(label = "producer", description = "carto:lds batchGeocode: how many entries carry an error.",
              javaType = "int")
    public static final String LDS_FAILED_COUNT = "CamelCartoLdsFailedCount";
    // CARTO 2 (SQL API v2)
    @Metadata(label = "producer", description = "apiVersion=v2: Carto-Rate-Limit-Limit of the last answer, the "
                                                + "requests allowed in the rate-limit window.",
              javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = "CamelCartoRateLimitLimit";
    @Metadata(label = "producer", description = "apiVersion=v2: Carto-Rate-Limit-Remaining of the last answer, the "
                                                + "requests left in the window.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelCartoRateLimitRemaining";
    @Metadata(label = "producer", description = "apiVersion=v2: Carto-Rate-Limit-Reset of the last answer, seconds "
                                                + "until the limit is fully reset.",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelCartoRateLimitReset";
    @Metadata(label = "producer", description = "apiVersion=v2, carto:query format=json: the result's columns by name, "
                                                + "each a Map with type and pgtype.",
              javaType = "java.util.Map")
    public static final String FIELDS = "CamelCartoFields";
    @Metadata(label = "producer", description = "apiVersion=v2: CARTO's elapsed time for the query or COPY, in "
                                                + "seconds.",
              javaType = "Double")
    public static final String QUERY_TIME = "CamelCartoQueryTime";
    @Metadata(label = "producer", description = "apiVersion=v2: the file name CARTO gave a streamed answer "
                                                + "(Content-Disposition), e.g. to set CamelFileName from.",
              javaType = "String")
    public static final String FILE_NAME = "CamelCartoFileName";
    @Metadata(label = "producer", description = "apiVersion=v2, format=json: PostgreSQL notices raised by the query.",
              javaType = "java.util.List")
    public static final String NOTICES = "CamelCartoNotices";
    @Metadata(label = "producer", description = "apiVersion=v2, format=json: PostgreSQL warnings raised by the query.",
              javaType = "java.util.List")
    public static final String WARNINGS = "CamelCartoWarnings";
    @Metadata(label = "producer", description = "apiVersion=v2, carto:job cancel: true when the job had already "
                                                + "ended, so there was nothing to cancel.",
              javaType = "Boolean")
    public static final String JOB_ALREADY_DONE = "CamelCartoJobAlreadyDone";
    @Metadata(label = "producer", description = "apiVersion=v2, carto:copyfrom: bytes sent to CARTO (after "
                                                + "compression).",
              javaType = "Long")
    public static final String BYTES_SENT = "CamelCartoBytesSent";

    private CartoConstants() {
    }
}
