package io.github.camelcarto.local.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.SqlTranslator;

/** Creates the destination table of an import and fills it with batched inserts, in one transaction. */
final class TableWriter {

    private static final int BATCH = 1000;

    private TableWriter() {
    }

    static void write(Connection connection, String table, ImportedTable data, boolean overwrite, Execution execution)
            throws SQLException {
        String quoted = SqlTranslator.quoteIdentifier(table);
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < data.columns().size(); i++) {
            String column = SqlTranslator.quoteIdentifier(data.columns().get(i));
            definitions.add(column + " " + data.types().get(i).sqlType());
            names.add(column);
            values.add(data.types().get(i).insertExpression());
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            if (!overwrite && exists(connection, table)) {
                throw new SQLException("Table " + table + " already exists: import with overwrite=true to replace it");
            }
            ddl.execute("DROP TABLE IF EXISTS " + quoted);
            ddl.execute("CREATE TABLE " + quoted + " (" + String.join(", ", definitions) + ")");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quoted + " ("
                    + String.join(", ", names) + ") VALUES (" + String.join(", ", values) + ")")) {
                int pending = 0;
                for (Object[] row : data.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        executeBatch(insert, execution);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    executeBatch(insert, execution);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void executeBatch(PreparedStatement insert, Execution execution) throws SQLException {
        execution.begin(insert);
        try {
            insert.executeBatch();
        } finally {
            execution.end();
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
