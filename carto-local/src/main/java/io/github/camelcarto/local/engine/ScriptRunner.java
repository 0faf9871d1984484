package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a script statement by statement on one connection, binding parameters with JDBC, and hands the last
 * statement's result (rows, or none for DDL/DML) to the caller while it is still open, so it can be streamed.
 */
public final class ScriptRunner {

    /** Receives the last statement's result set, or null when that statement returned no rows. */
    @FunctionalInterface
    public interface ResultHandler<T> {
        T handle(ResultSet rows, long updateCount) throws SQLException, IOException;
    }

    private ScriptRunner() {
    }

    public static <T> T run(Connection connection, String script, QueryParameters parameters, Execution execution,
                            ResultHandler<T> handler) throws SQLException, IOException {
        List<String> statements = ScriptSplitter.split(script);
        if (statements.isEmpty()) {
            return handler.handle(null, 0);
        }
        for (int i = 0; i < statements.size() - 1; i++) {
            execute(connection, statements.get(i), parameters, execution, (rows, count) -> null);
        }
        return execute(connection, statements.get(statements.size() - 1), parameters, execution, handler);
    }

    private static <T> T execute(Connection connection, String statement, QueryParameters parameters,
                                 Execution execution, ResultHandler<T> handler) throws SQLException, IOException {
        PreparedSql prepared = SqlTranslator.translate(statement, parameters);
        try (PreparedStatement jdbc = connection.prepareStatement(prepared.sql())) {
            for (int i = 0; i < prepared.values().size(); i++) {
                jdbc.setObject(i + 1, prepared.values().get(i));
            }
            execution.begin(jdbc);
            try {
                boolean hasRows = jdbc.execute();
                if (execution.isCancelled()) {
                    throw new SQLException("Statement was canceled", "57014");
                }
                if (hasRows) {
                    try (ResultSet rows = jdbc.getResultSet()) {
                        return handler.handle(rows, -1);
                    }
                }
                return handler.handle(null, jdbc.getUpdateCount());
            } finally {
                execution.end();
            }
        }
    }
}
