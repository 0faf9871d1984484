package io.github.camelcarto;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a {@code carto:} endpoint does: the part of the URI after {@code carto:}. */
public enum CartoEndpointKind {
    /** Synchronous SQL through {@code /v3/sql/{connection}/query}. */
    QUERY,
    /** SQL jobs through {@code /v3/sql/{connection}/job}: submit, get, cancel, list, and wait for completion. */
    JOB,
    /** Runs a CARTO Workflow enabled for API access (its stored procedure) as a job. */
    WORKFLOW,
    /** Imports a file by URL into a table through {@code /v3/imports} and waits for the import. */
    IMPORT,
    /** Consumes job events: polls the jobs listing (or a list of ids) and emits status changes. */
    JOBS,
    /** Location Data Services: geocoding, reverse geocoding, batch geocoding, isolines, routing. */
    LDS,
    /** apiVersion=v2: streams data into {@code COPY ... FROM STDIN} ({@code /api/v2/sql/copyfrom}). */
    COPYFROM,
    /** apiVersion=v2: streams the output of {@code COPY ... TO STDOUT} ({@code /api/v2/sql/copyto}). */
    COPYTO;

    public String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the connection comes with each message, or is not needed, rather than from the connection option. */
    boolean connectionFromMessage() {
        return this == IMPORT || this == LDS;
    }

    /** Whether the endpoint submits work that CARTO runs as a job (so that it takes an idempotency key). */
    boolean submitsJobs() {
        return this == JOB || this == WORKFLOW || this == IMPORT;
    }

    public static CartoEndpointKind fromUri(String value) {
        for (CartoEndpointKind kind : values()) {
            if (kind.uriName().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown carto endpoint kind '" + value + "': use one of "
                                           + Arrays.stream(values()).map(k -> "carto:" + k.uriName())
                                                   .collect(Collectors.joining(", ")));
    }
}
