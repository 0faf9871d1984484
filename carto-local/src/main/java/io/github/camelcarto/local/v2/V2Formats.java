package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.engine.GeoJson;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.JsonCells;
import org.locationtech.jts.geom.Geometry;

/** The SQL API v2 output formats, written straight from a result set: json, csv and geojson. */
final class V2Formats {

    private V2Formats() {
    }

    /** {@code {"rows":[...],"time":s,"fields":{...},"total_rows":n}}, geometries as hex EWKB like PostGIS. */
    static void json(JsonGenerator out, ResultSet rows, long startNanos) throws IOException, SQLException {
        List<Column> columns = rows == null ? List.of() : Column.of(rows.getMetaData());
        out.writeStartObject();
        out.writeArrayFieldStart("rows");
        long count = 0;
        while (rows != null && rows.next()) {
            out.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                out.writeFieldName(columns.get(i).name());
                JsonCells.write(out, CellReader.read(rows, i + 1, columns.get(i)), JsonCells.GeometryStyle.HEX_EWKB);
            }
            out.writeEndObject();
            count++;
        }
        out.writeEndArray();
        out.writeNumberField("time", (System.nanoTime() - startNanos) / 1e9);
        out.writeObjectFieldStart("fields");
        for (Column column : columns) {
            out.writeObjectFieldStart(column.name());
            out.writeStringField("type", column.kind().v2Type());
            if (column.kind() == ColumnKind.GEOMETRY) {
                out.writeNumberField("dims", 2);
                out.writeNumberField("srid", -1);
            } else {
                out.writeStringField("pgtype", column.pgType());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeNumberField("total_rows", count);
        out.writeEndObject();
    }

    /** A FeatureCollection: the_geom (else the first geometry column) as geometry, the rest as properties. */
    static void geoJson(JsonGenerator out, ResultSet rows) throws IOException, SQLException {
        List<Column> columns = rows == null ? List.of() : Column.of(rows.getMetaData());
        int geometryColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == ColumnKind.GEOMETRY && (geometryColumn < 0 || columns.get(i).name().equals("the_geom"))) {
                geometryColumn = i;
            }
        }
        out.writeStartObject();
        out.writeStringField("type", "FeatureCollection");
        out.writeArrayFieldStart("features");
        while (rows != null && rows.next()) {
            out.writeStartObject();
            out.writeStringField("type", "Feature");
            out.writeFieldName("geometry");
            Object geometry = geometryColumn < 0 ? null : CellReader.read(rows, geometryColumn + 1, columns.get(geometryColumn));
            if (geometry instanceof Geometry g) {
                GeoJson.write(out, g);
            } else {
                out.writeNull();
            }
            out.writeObjectFieldStart("properties");
            for (int i = 0; i < columns.size(); i++) {
                if (i != geometryColumn) {
                    out.writeFieldName(columns.get(i).name());
                    JsonCells.write(out, CellReader.read(rows, i + 1, columns.get(i)), JsonCells.GeometryStyle.GEOJSON);
                }
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** CSV with a header line; geometries as WKT, JSON values as their text. */
    static void csv(OutputStream stream, ResultSet rows) throws IOException, SQLException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        List<Column> columns = rows == null ? List.of() : Column.of(rows.getMetaData());
        CsvWriter csv = new CsvWriter(out, ',');
        csv.writeRecord(columns.stream().map(Column::name).map(name -> (Object) name).toList());
        while (rows != null && rows.next()) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Object value = CellReader.read(rows, i + 1, columns.get(i));
                values[i] = value instanceof Geometry g ? g.toText()
                        : value instanceof List<?> || value instanceof com.fasterxml.jackson.databind.JsonNode
                        ? Json.MAPPER.writeValueAsString(value) : value;
            }
            csv.writeRecord(List.of(values));
        }
        out.flush();
    }
}
