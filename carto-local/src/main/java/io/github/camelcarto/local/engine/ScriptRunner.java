package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a script statement by statement on one connection. {@link #run} binds CARTO 3 parameters with JDBC and hands
 * the last statement's result (rows, or none for DDL/DML) to the caller while it is still open, so it can be
 * streamed; {@link #runEach} runs PostgreSQL SQL as the SQL API v2 does, every statement's result handed on, with the
 * notices the statements raised.
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

    /**
     * Runs PostgreSQL SQL without parameters: each statement rewritten for the engine (H2 also gets its DO blocks
     * interpreted), each result handed to {@code results}. Returns the notices and warnings raised, in order.
     */
    public static List<Notice> runEach(Connection connection, SqlDialect dialect, String script, Execution execution,
                                       StatementResults results) throws SQLException, IOException {
        List<String> statements = ScriptSplitter.split(script);
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            boolean last = i == statements.size() - 1;
            String statement = statements.get(i);
            if (dialect.interpretsDoBlocks() && DoBlock.isDoBlock(statement)) {
                DoBlock.parse(statement).run(sql -> executeEach(connection, dialect, sql, execution, notices, null, false),
                        expression -> scalar(connection, dialect, expression), notices);
                results.updated(0, last);
            } else {
                executeEach(connection, dialect, statement, execution, notices, results, last);
            }
        }
        return notices;
    }

    private static void executeEach(Connection connection, SqlDialect dialect, String statement, Execution execution,
                                    List<Notice> notices, StatementResults results, boolean last)
            throws SQLException, IOException {
        try (PreparedStatement jdbc = connection.prepareStatement(dialect.rewrite(statement))) {
            execution.begin(jdbc);
            try {
                boolean hasRows = jdbc.execute();
                if (execution.isCancelled()) {
                    throw new SQLException("Statement was canceled", "57014");
                }
                if (results != null && hasRows) {
                    try (ResultSet rows = jdbc.getResultSet()) {
                        results.rows(rows, statement, last);
                    }
                } else if (results != null) {
                    results.updated(Math.max(0, jdbc.getUpdateCount()), last);
                }
                Notice.collect(jdbc.getWarnings(), notices);
            } finally {
                execution.end();
            }
        }
    }

    /** The text of one expression's value, as RAISE prints it (NULL for null). */
    private static String scalar(Connection connection, SqlDialect dialect, String expression) throws SQLException {
        try (PreparedStatement jdbc = connection.prepareStatement(dialect.rewrite("SELECT " + expression));
             ResultSet rows = jdbc.executeQuery()) {
            return rows.next() && rows.getObject(1) != null ? rows.getObject(1).toString() : "<NULL>";
        }
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
