package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/** PostgreSQL's COPY through PgJDBC's CopyManager: the server parses the statement, the options and the data. */
final class PostgisCopy implements NativeCopy {

    private static final int BUFFER = 65536;

    @Override
    public long copyIn(Connection connection, String sql, InputStream data) throws SQLException, IOException {
        return manager(connection).copyIn(sql, data, BUFFER);
    }

    @Override
    public void copyOut(Connection connection, String sql, OutputSupplier output) throws SQLException, IOException {
        CopyOut copy = manager(connection).copyOut(sql);
        try (OutputStream out = output.open()) {
            for (byte[] chunk = copy.readFromCopy(); chunk != null; chunk = copy.readFromCopy()) {
                out.write(chunk);
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static CopyManager manager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
