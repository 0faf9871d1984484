package io.github.camelcarto.local.v2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import io.github.camelcarto.local.engine.NativeCopy;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.SqlRole;
import io.github.camelcarto.local.http.HttpCall;

/**
 * SQL API v2 COPY: {@code POST /sql/copyfrom} streams the (optionally gzipped, usually chunked) body into a table,
 * {@code GET|POST /sql/copyto} streams rows out. Both run as the key's role. PostgreSQL runs the COPY itself; on H2
 * {@link EmulatedCopy} does, with batched inserts in one transaction.
 */
public final class CopyEndpoint {

    private final SqlEngine engine;
    private final V2Auth auth;

    public CopyEndpoint(SqlEngine engine, V2Auth auth) {
        this.engine = engine;
        this.auth = auth;
    }

    public void copyFrom(HttpCall call) throws Exception {
        SqlRole role = auth.checkWithoutReadingBody(call, call.pathParameter(0));
        String sql = CopyStatement.requireCopy(call.query("q"));
        long start = System.nanoTime();
        long rows;
        try (Connection connection = engine.open(role)) {
            Optional<NativeCopy> copy = engine.nativeCopy();
            rows = copy.isPresent() ? copy.get().copyIn(connection, sql, call.bodyStream())
                    : EmulatedCopy.copyIn(connection, CopyStatement.parseFrom(sql), call.bodyStream());
        } catch (SQLException e) {
            throw V2Errors.of(engine.errorMessage(e));
        }
        call.respondJson(200, Map.of("time", (System.nanoTime() - start) / 1e9, "total_rows", rows));
    }

    public void copyTo(HttpCall call) throws Exception {
        SqlRole role = auth.check(call, call.pathParameter(0));
        String sql = CopyStatement.requireCopy(call.parameter("q"));
        String filename = call.parameter("filename") == null ? "carto-sql-copyto.dmp" : call.parameter("filename");
        NativeCopy.OutputSupplier output = () -> {
            call.setHeader("Content-Disposition", "attachment; filename=" + filename);
            return call.startStreamingNow("application/octet-stream");
        };
        try (Connection connection = engine.open(role)) {
            Optional<NativeCopy> copy = engine.nativeCopy();
            if (copy.isPresent()) {
                copy.get().copyOut(connection, sql, output);
            } else {
                EmulatedCopy.copyOut(connection, CopyStatement.parseTo(sql), engine.dialect(), output);
            }
        } catch (SQLException e) {
            throw V2Errors.of(engine.errorMessage(e));
        }
    }
}
