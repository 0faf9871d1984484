package io.github.camelcarto.local.v3;

import java.sql.SQLException;

import io.github.camelcarto.local.engine.MissingParameterException;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ApiException;

/** Engine errors as the client's 400s, with the engine's message cleaned of its decoration. */
public final class SqlFailures {

    private SqlFailures() {
    }

    public static ApiException badRequest(SqlEngine engine, SQLException error) {
        return ApiException.badRequest(engine.errorMessage(error));
    }

    public static ApiException badRequest(MissingParameterException error) {
        return ApiException.badRequest(error.getMessage());
    }
}
