package io.github.camelcarto.local.v2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.SqlTranslator;
import io.github.camelcarto.local.engine.QueryParameters;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.JsonCells;
import io.github.camelcarto.local.imports.CsvReader;
import org.locationtech.jts.geom.Geometry;

/**
 * SQL API v2 COPY: {@code POST /sql/copyfrom} streams the (optionally gzipped, usually chunked) body into a table
 * with batched inserts in one transaction; {@code GET|POST /sql/copyto} streams a query's rows out. Geometries travel
 * as PostGIS does, hex EWKB (WKT is accepted on the way in).
 */
public final class CopyEndpoint {

    private static final int BATCH = 1000;

    private final SqlEngine engine;
    private final V2Auth auth;

    public CopyEndpoint(SqlEngine engine, V2Auth auth) {
        this.engine = engine;
        this.auth = auth;
    }

    public void copyFrom(HttpCall call) throws Exception {
        auth.checkWithoutReadingBody(call, call.pathParameter(0));
        CopyStatement copy = CopyStatement.parseFrom(call.query("q"));
        long start = System.nanoTime();
        long rows;
        try (Connection connection = engine.open()) {
            rows = insertAll(connection, copy, call);
        } catch (SQLException e) {
            throw ApiException.badRequest(engine.errorMessage(e));
        }
        call.respondJson(200, Map.of("time", (System.nanoTime() - start) / 1e9, "total_rows", rows));
    }

    public void copyTo(HttpCall call) throws Exception {
        auth.check(call, call.pathParameter(0));
        CopyStatement copy = CopyStatement.parseTo(call.parameter("q"));
        String filename = call.parameter("filename") == null ? "carto-sql-copyto.dmp" : call.parameter("filename");
        String sql = SqlTranslator.translate(copy.selectSql(), QueryParameters.NONE).sql();
        try (Connection connection = engine.open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<Column> columns = Column.of(rows.getMetaData());
            call.setHeader("Content-Disposition", "attachment; filename=" + filename);
            try (OutputStream stream = call.startStreaming("application/octet-stream");
                 Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                writeRows(out, copy, columns, rows);
            }
        } catch (SQLException e) {
            throw ApiException.badRequest(engine.errorMessage(e));
        }
    }

    private long insertAll(Connection connection, CopyStatement copy, HttpCall call) throws SQLException, IOException {
        String table = SqlTranslator.translate(copy.table(), QueryParameters.NONE).sql();
        List<String> names = copy.columns().isEmpty() ? tableColumns(connection, table) : copy.columns();
        List<ColumnKind> kinds = columnKinds(connection, table, names);
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert);
             BufferedReader body = new BufferedReader(new InputStreamReader(call.bodyStream(), StandardCharsets.UTF_8), 65536)) {
            RecordSource records = copy.csv() ? new CsvRecords(new CsvReader(body, copy.delimiter()), copy.nullText())
                    : new TextRecords(body, copy.delimiter(), copy.nullText());
            if (copy.header()) {
                records.next();
            }
            int pending = 0;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() != names.size()) {
                    throw new SQLException("extra or missing data: row " + (count + 1) + " has " + record.size()
                                           + " values for " + names.size() + " columns");
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

    private static void writeRows(Writer out, CopyStatement copy, List<Column> columns, ResultSet rows)
            throws IOException, SQLException {
        if (copy.csv()) {
            CsvWriter csv = new CsvWriter(out, copy.delimiter());
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

    /** A cell as COPY writes it: geometries as hex EWKB, JSON and arrays as JSON text. */
    private static Object copyText(Object value) throws IOException {
        if (value instanceof Geometry geometry) {
            return JsonCells.hexEwkb(geometry);
        }
        if (value instanceof List<?> || value instanceof com.fasterxml.jackson.databind.JsonNode) {
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
