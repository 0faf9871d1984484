package io.github.camelcarto.local.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.SqlEngine;

/** Reads a CSV or GeoJSON source (told apart by file name, else by its first character) into a table. */
public final class Importer {

    private final SqlEngine engine;

    public Importer(SqlEngine engine) {
        this.engine = engine;
    }

    /** @return the number of rows imported */
    public int run(ImportSource source, String destination, boolean overwrite, boolean autoguessing,
                   Execution execution) throws IOException, SQLException {
        ImportedTable table;
        try (InputStream in = new BufferedInputStream(source.open())) {
            table = isGeoJson(source, in) ? GeoJsonImport.read(in)
                    : CsvImport.read(new InputStreamReader(in, StandardCharsets.UTF_8), autoguessing);
        }
        try (Connection connection = engine.open()) {
            TableWriter.write(connection, destination, table, overwrite, execution);
        }
        return table.rows().size();
    }

    private static boolean isGeoJson(ImportSource source, InputStream in) throws IOException {
        String name = source.fileName();
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        in.mark(64);
        int c;
        do {
            c = in.read();
        } while (c != -1 && Character.isWhitespace(c));
        in.reset();
        return c == '{';
    }
}
