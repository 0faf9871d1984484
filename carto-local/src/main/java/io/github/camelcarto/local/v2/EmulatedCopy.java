package io.github.camelcarto.local.v2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.engine.NativeCopy;
import io.github.camelcarto.local.engine.SqlDialect;
import io.github.camelcarto.local.engine.SqlTranslator;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.JsonCells;
import io.github.camelcarto.local.imports.CsvReader;
import org.locationtech.jts.geom.Geometry;

/**
 * COPY for an engine without one (H2): FROM STDIN as batched inserts in one transaction, TO STDOUT by writing a
 * query's rows in COPY's text or CSV format. Geometries travel as PostGIS does, hex EWKB; WKT and EWKT (with their
 * SRID) are accepted on the way in.
 */
final class EmulatedCopy {

    private static final int BATCH = 1000;

    private EmulatedCopy() {
    }

    static long copyIn(Connection connection, CopyStatement copy, InputStream data) throws SQLException, IOException {
        String table = copy.table();
        List<String> names = copy.columns().isEmpty() ? tableColumns(connection, table) : copy.columns();
        List<ColumnKind> kinds = columnKinds(connection, table, names);
        List<String> placeholders = new ArrayList<>(kinds.size());
        for (ColumnKind kind : kinds) {
            // H2 reads text bound to a JSON column as a JSON string; COPY means the JSON document it spells
            placeholders.add(kind == ColumnKind.OBJECT ? "? FORMAT JSON" : "?");
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", placeholders) + ")";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert);
             BufferedReader body = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 65536)) {
            RecordSource records = copy.csv() ? new CsvRecords(new CsvReader(body, copy.delimiter()), copy.nullText())
                    : new TextRecords(body, copy.delimiter(), copy.nullText());
            if (copy.header()) {
                records.next();
            }
            int pending = 0;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() != names.size()) {
                    throw new SQLException((record.size() > names.size() ? "extra data after last expected column"
                            : "missing data for column " + names.get(record.size())), "22P04");
                }
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    statement.setObject(i + 1, value != null && kinds.get(i) == ColumnKind.GEOMETRY
                            ? CellReader.geometry(value) : value);
                }
                statement.addBatch();
                count++;
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
            connection.commit();
            return count;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static void copyOut(Connection connection, CopyStatement copy, SqlDialect dialect, NativeCopy.OutputSupplier output)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(dialect.rewrite(copy.selectSql()))) {
            List<Column> columns = Column.of(rows.getMetaData());
            try (Writer out = new OutputStreamWriter(output.open(), StandardCharsets.UTF_8)) {
                writeRows(out, copy, columns, rows);
            }
        }
    }

    private static void writeRows(Writer out, CopyStatement copy, List<Column> columns, ResultSet rows)
            throws IOException, SQLException {
        if (copy.csv()) {
            CsvWriter csv = new CsvWriter(out, copy.delimiter(), "\n");
            if (copy.header()) {
                csv.writeRecord(columns.stream().map(Column::name).toList());
            }
            while (rows.next()) {
                List<Object> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    values.add(copyText(CellReader.read(rows, i + 1, columns.get(i))));
                }
                csv.writeRecord(values);
            }
            return;
        }
        while (rows.next()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(copy.delimiter());
                }
                Object value = copyText(CellReader.read(rows, i + 1, columns.get(i)));
                out.write(value == null ? copy.nullText() : TextRecords.escape(value.toString(), copy.delimiter()));
            }
            out.write('\n');
        }
    }

    /** A cell as COPY writes it: geometries as hex EWKB, floats as PostgreSQL prints them, JSON and arrays as JSON. */
    private static Object copyText(Object value) throws IOException {
        if (value instanceof Geometry geometry) {
            return JsonCells.hexEwkb(geometry);
        }
        if (value instanceof Double || value instanceof Float) {
            return NumberText.postgres(((Number) value).doubleValue());
        }
        if (value instanceof List<?> || value instanceof JsonNode) {
            return Json.MAPPER.writeValueAsString(value);
        }
        return value;
    }

    private static List<String> tableColumns(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return Column.of(rows.getMetaData()).stream().map(c -> SqlTranslator.quoteIdentifier(c.name())).toList();
        }
    }

    private static List<ColumnKind> columnKinds(Connection connection, String table, List<String> names)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + String.join(", ", names) + " FROM " + table + " WHERE 1 = 0")) {
            return Column.of(rows.getMetaData()).stream().map(Column::kind).toList();
        }
    }

    /** One COPY input record after another. */
    interface RecordSource {
        List<String> next() throws IOException;
    }

    /** CSV records; a field equal to the NULL string (unquoted empty by default) is null. */
    private record CsvRecords(CsvReader reader, String nullText) implements RecordSource {
        @Override
        public List<String> next() throws IOException {
            List<String> record = reader.next();
            if (record != null && !nullText.isEmpty()) {
                record.replaceAll(value -> nullText.equals(value) ? null : value);
            }
            return record;
        }
    }
}
