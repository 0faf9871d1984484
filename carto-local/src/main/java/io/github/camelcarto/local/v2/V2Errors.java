package io.github.camelcarto.local.v2;

import java.sql.SQLException;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.ShapedApiException;

/**
 * SQL errors as the real server answers them: 400 with PostgreSQL's message, 403 when the message says
 * "permission denied", and 429 with {@code context: limit, detail: datasource} when the statement timeout hit.
 */
final class V2Errors {

    static final String TIMEOUT = "You are over platform's limits: SQL query timeout error. Refactor your query before "
                                  + "running again or contact CARTO support for more details.";

    private V2Errors() {
    }

    static ApiException of(SqlEngine engine, SQLException error, Execution execution) {
        if (execution.isTimedOut()) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.putArray("error").add(TIMEOUT);
            body.put("context", "limit");
            body.put("detail", "datasource");
            return new ShapedApiException(429, body, Map.of());
        }
        return of(engine.errorMessage(error));
    }

    /** The text of the error that {@link #of(SqlEngine, SQLException, Execution)} answers with. */
    static String messageOf(SqlEngine engine, SQLException error, Execution execution) {
        return execution.isTimedOut() ? TIMEOUT : engine.errorMessage(error);
    }

    static ApiException of(String message) {
        return new ApiException(message.contains("permission denied") ? 403 : 400, message);
    }
}
