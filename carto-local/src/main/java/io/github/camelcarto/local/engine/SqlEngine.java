package io.github.camelcarto.local.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The spatial SQL database behind the server. Each caller opens its own connection and closes it; statements are
 * written in the engine's dialect after {@link SqlTranslator} has rewritten CARTO's quoting and placeholders.
 */
public interface SqlEngine extends AutoCloseable {

    /** A short name for logs and the README: "h2gis" or "postgresql". */
    String name();

    Connection open() throws SQLException;

    /** The engine's error text without the engine's decoration (statement echo, error codes). */
    default String errorMessage(SQLException error) {
        return error.getMessage();
    }

    @Override
    void close();
}
