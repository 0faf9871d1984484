package io.github.camelcarto.local.v2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.Notice;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.SqlRole;
import io.github.camelcarto.local.http.HttpCall;

/**
 * {@code GET|POST /api/v2/sql}: runs {@code q} as the key's role, under the role's statement timeout, and answers in
 * {@code format} json (default), geojson or csv. The {@code client} parameter is echoed as {@code Carto-Client}.
 */
public final class V2SqlEndpoint {

    private final SqlEngine engine;
    private final V2Auth auth;
    private final StatementTimeouts timeouts;

    public V2SqlEndpoint(SqlEngine engine, V2Auth auth, StatementTimeouts timeouts) {
        this.engine = engine;
        this.auth = auth;
        this.timeouts = timeouts;
    }

    public void handle(HttpCall call) throws Exception {
        SqlRole role = auth.check(call, call.pathParameter(0));
        V2Query query = V2Query.read(call);
        call.setHeader("Carto-User", auth.user());
        if (call.parameter("client") != null) {
            call.setHeader("Carto-Client", call.parameter("client"));
        }
        long start = System.nanoTime();
        Execution execution = new Execution();
        try (Connection connection = engine.open(role);
             StatementTimeouts.Timer timer = timeouts.start(role, execution)) {
            switch (query.format()) {
                case "csv" -> {
                    V2CsvAnswer answer = new V2CsvAnswer(call, connection, query);
                    ScriptRunner.runEach(connection, engine.dialect(), query.sql(), execution, answer);
                    answer.finish();
                }
                case "geojson" -> {
                    V2GeoJsonAnswer answer = new V2GeoJsonAnswer(call, connection, query);
                    ScriptRunner.runEach(connection, engine.dialect(), query.sql(), execution, answer);
                    answer.finish();
                }
                default -> json(call, connection, query, execution, start);
            }
        } catch (SQLException e) {
            throw V2Errors.of(engine, e, execution);
        }
    }

    private void json(HttpCall call, Connection connection, V2Query query, Execution execution, long start)
            throws Exception {
        V2JsonAnswer answer = new V2JsonAnswer(call, connection, query, start);
        List<Notice> notices;
        try {
            notices = ScriptRunner.runEach(connection, engine.dialect(), query.sql(), execution, answer);
        } catch (SQLException e) {
            if (answer.failAfterStreaming(V2Errors.messageOf(engine, e, execution))) {
                return;
            }
            throw e;
        }
        answer.finish(notices);
    }
}
