package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/** An engine's own COPY (PostgreSQL's), used as is instead of carto-local's emulation. */
public interface NativeCopy {

    /** Runs {@code COPY ... FROM STDIN} with the data; returns the rows copied. */
    long copyIn(Connection connection, String sql, InputStream data) throws SQLException, IOException;

    /**
     * Runs {@code COPY ... TO STDOUT}. The output is opened only once the engine has accepted the statement, so a
     * bad statement fails before anything is written.
     */
    void copyOut(Connection connection, String sql, OutputSupplier output) throws SQLException, IOException;

    @FunctionalInterface
    interface OutputSupplier {
        OutputStream open() throws IOException;
    }
}
