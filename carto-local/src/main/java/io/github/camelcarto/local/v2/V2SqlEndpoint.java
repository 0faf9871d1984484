package io.github.camelcarto.local.v2;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.MissingParameterException;
import io.github.camelcarto.local.engine.QueryParameters;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;

/** {@code GET|POST /api/v2/sql} with {@code format} json (default), csv or geojson. */
public final class V2SqlEndpoint {

    private final SqlEngine engine;
    private final V2Auth auth;

    public V2SqlEndpoint(SqlEngine engine, V2Auth auth) {
        this.engine = engine;
        this.auth = auth;
    }

    public void handle(HttpCall call) throws Exception {
        auth.check(call, call.pathParameter(0));
        String sql = call.parameter("q");
        if (sql == null || sql.isBlank()) {
            throw ApiException.badRequest("You must indicate a sql query");
        }
        String format = String.valueOf(call.parameter("format") == null ? "json" : call.parameter("format"))
                .toLowerCase(Locale.ROOT);
        String filename = call.parameter("filename") == null ? "cartodb-query" : call.parameter("filename");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("geojson")) {
            throw ApiException.badRequest("Invalid format: " + format + " (carto-local supports json, csv, geojson)");
        }
        long start = System.nanoTime();
        call.setHeader("Carto-User", auth.user());
        try (Connection connection = engine.open()) {
            ScriptRunner.run(connection, sql, QueryParameters.NONE, new Execution(), (rows, count) -> {
                switch (format) {
                    case "csv" -> {
                        call.setHeader("Content-Disposition", "attachment; filename=" + filename + ".csv");
                        try (OutputStream out = call.startStreaming("text/csv; charset=utf-8; header=present")) {
                            V2Formats.csv(out, rows);
                        }
                    }
                    case "geojson" -> {
                        call.setHeader("Content-Disposition", "attachment; filename=" + filename + ".geojson");
                        call.streamJson(out -> V2Formats.geoJson(out, rows));
                    }
                    default -> {
                        call.setHeader("Content-Disposition", "inline; filename=" + filename + ".json");
                        call.streamJson(out -> V2Formats.json(out, rows, start));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw ApiException.badRequest(engine.errorMessage(e));
        } catch (MissingParameterException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
