package io.github.camelcarto.local.jobs;

/** Which API created a job, which decides how it is rendered. */
public enum JobKind {
    /** CARTO 3 {@code POST /v3/sql/{connection}/job} with plain SQL. */
    SQL,
    /** CARTO 3 job whose query CALLs a registered workflow. */
    WORKFLOW,
    /** SQL API v2 batch job. */
    V2,
    /** CARTO 3 {@code POST /v3/imports}. */
    IMPORT
}
