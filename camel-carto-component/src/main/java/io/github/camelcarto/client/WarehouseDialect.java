package io.github.camelcarto.client;

import java.util.regex.Pattern;

/**
 * The SQL dialect of the warehouse behind a CARTO connection, as far as running a Workflow needs it: how a CALL names
 * the workflow's procedure (and a query its output table), and how it passes the parameters. CARTO's SQL API binds
 * named {@code @name} parameters on BigQuery, positional {@code :1} on Snowflake and {@code $1} on PostgreSQL and
 * Redshift (carto-api.md 1.4); CARTO's "Executing workflows via API" page shows BigQuery's CALL only.
 */
public enum WarehouseDialect {
    /** BigQuery and the CARTO Data Warehouse: {@code CALL `project.dataset.procedure`(@a, @b)}, values by name. */
    bigquery(null),
    /** Snowflake: {@code CALL DATABASE.SCHEMA.PROCEDURE(:1, :2)}, values by position. */
    snowflake(":"),
    /** PostgreSQL: {@code CALL schema.procedure($1, $2)}, values by position. */
    postgresql("$"),
    /** Redshift: as PostgreSQL. */
    redshift("$");

    /** BigQuery names unquoted: project ids may hold hyphens; dots separate project, dataset and name. */
    private static final Pattern BIGQUERY_PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern BIGQUERY_QUOTED = Pattern.compile(
            "(`[^`;]+`|\"[^\";]+\")(\\.(`[^`;]+`|\"[^\";]+\"|[A-Za-z0-9_]+))*");
    /** Standard SQL names: dot-separated identifiers, each plain or in double quotes. */
    private static final String PART = "([A-Za-z_][A-Za-z0-9_$]*|\"[^\";]+\")";
    private static final Pattern SQL_NAME = Pattern.compile(PART + "(\\." + PART + ")*");

    /** The placeholder prefix of positional parameters; null for named ones. */
    private final String positionalPrefix;

    WarehouseDialect(String positionalPrefix) {
        this.positionalPrefix = positionalPrefix;
    }

    /** Whether parameters are bound by name ({@code @name}) rather than by position. */
    public boolean namedParameters() {
        return positionalPrefix == null;
    }

    /** The placeholder of a parameter: {@code @name}, or the prefix and its 1-based position. */
    String placeholder(int position, String name) {
        return namedParameters() ? "@" + name : positionalPrefix + position;
    }

    /**
     * A procedure or table name as this dialect takes it: on BigQuery backtick-quoted unless already quoted; on the
     * others as given, whose parts are plain identifiers or double-quoted (as the workflow's API dialog shows them).
     *
     * @throws IllegalArgumentException for a name that could carry more SQL than a name
     */
    public String quote(String name) {
        String trimmed = name.strip();
        if (this == bigquery) {
            if (BIGQUERY_QUOTED.matcher(trimmed).matches()) {
                return trimmed;
            }
            if (BIGQUERY_PLAIN.matcher(trimmed).matches()) {
                return "`" + trimmed + "`";
            }
            throw new IllegalArgumentException("'" + name + "' is not a valid procedure or table name: use the fully "
                                               + "qualified name CARTO shows, e.g. project.workflows_temp.wfproc_abc");
        }
        if (SQL_NAME.matcher(trimmed).matches()) {
            return trimmed;
        }
        throw new IllegalArgumentException("'" + name + "' is not a valid " + this + " procedure or table name: give "
                                           + "it as the workflow's API dialog shows it, dot-separated identifiers, "
                                           + "each plain (DATABASE.SCHEMA.WFPROC_ABC) or in double quotes "
                                           + "(\"carto-db\".SCHEMA.\"wfproc_abc\"); backticks are BigQuery's");
    }
}
