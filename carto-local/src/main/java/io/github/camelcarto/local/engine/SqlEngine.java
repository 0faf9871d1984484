package io.github.camelcarto.local.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The spatial SQL database behind the server. Each caller opens its own connection and closes it; statements are
 * written in the engine's dialect after {@link SqlTranslator} (CARTO 3) or {@link SqlDialect} (SQL API v2) has
 * rewritten them.
 */
public interface SqlEngine extends AutoCloseable {

    /** A short name for logs and the README: "h2gis" or "postgis". */
    String name();

    /** A connection as the engine's own login, the master role. */
    Connection open() throws SQLException;

    /** A connection that runs as the role, so the database itself enforces what the role may do. */
    Connection open(SqlRole role) throws SQLException;

    /** How PostgreSQL SQL is made runnable on this engine. */
    SqlDialect dialect();

    /** The engine's own COPY, if it has one. */
    Optional<NativeCopy> nativeCopy();

    /** The error text as PostgreSQL words it, without the engine's decoration (statement echo, codes, "ERROR:"). */
    String errorMessage(SQLException error);

    @Override
    void close();
}
