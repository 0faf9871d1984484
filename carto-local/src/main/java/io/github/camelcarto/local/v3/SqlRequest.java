package io.github.camelcarto.local.v3;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.engine.QueryParameters;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;

/**
 * The SQL and parameters of a CARTO 3 request: from the query string on GET ({@code queryParameters} JSON-encoded),
 * from a JSON body on POST. The SQL field is {@code q} on /query and {@code query} on /job.
 */
record SqlRequest(String sql, QueryParameters parameters, JsonNode body) {

    static SqlRequest read(HttpCall call, String sqlField) throws IOException {
        String sql;
        JsonNode parametersJson;
        JsonNode body = null;
        if ("GET".equals(call.method())) {
            sql = call.query(sqlField);
            String encoded = call.query("queryParameters");
            parametersJson = encoded == null || encoded.isBlank() ? null : Json.parseRequest(encoded);
        } else {
            body = call.jsonBody();
            if (!body.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            JsonNode field = body.get(sqlField);
            sql = field != null && field.isTextual() ? field.textValue() : null;
            parametersJson = body.get("queryParameters");
        }
        if (sql == null || sql.isBlank()) {
            throw ApiException.badRequest("Missing required parameter '" + sqlField + "' with the SQL to run");
        }
        try {
            return new SqlRequest(sql, QueryParameters.of(parametersJson), body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
