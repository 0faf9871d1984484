package io.github.camelcarto.local;

import java.sql.SQLException;

import io.github.camelcarto.local.engine.MissingParameterException;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.imports.InvalidImportFileException;
import io.github.camelcarto.local.jobs.JobRunner;

/** A failed job's error code and message: the SQLSTATE and the engine's cleaned message for SQL errors. */
final class JobErrors implements JobRunner.ErrorDescriber {

    private final SqlEngine engine;

    JobErrors(SqlEngine engine) {
        this.engine = engine;
    }

    @Override
    public String[] describe(Throwable error) {
        if (error instanceof SQLException sql) {
            return new String[] { sql.getSQLState() == null ? "QUERY_ERROR" : sql.getSQLState(), engine.errorMessage(sql) };
        }
        if (error instanceof MissingParameterException || error instanceof ApiException) {
            return new String[] { "INVALID_QUERY", error.getMessage() };
        }
        if (error instanceof InvalidImportFileException invalid) {
            return new String[] { "INVALID_FILE", invalid.getMessage() };
        }
        return new String[] { "INTERNAL_ERROR", String.valueOf(error) };
    }
}
