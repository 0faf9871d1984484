package io.github.camelcarto.local.v3;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.http.JsonCells;

/**
 * Writes CARTO 3's query answer {@code {"rows":[...],"schema":[...],"meta":{...}}} straight from a result set,
 * geometries as GeoJSON objects, stopping at the configured row cap as CARTO does at 200,000.
 */
final class QueryResultWriter {

    private QueryResultWriter() {
    }

    static void write(JsonGenerator out, ResultSet rows, int maxRows) throws IOException, SQLException {
        List<Column> columns = rows == null ? List.of() : Column.of(rows.getMetaData());
        out.writeStartObject();
        out.writeArrayFieldStart("rows");
        int count = 0;
        while (rows != null && count < maxRows && rows.next()) {
            out.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                out.writeFieldName(columns.get(i).name());
                JsonCells.write(out, CellReader.read(rows, i + 1, columns.get(i)), JsonCells.GeometryStyle.GEOJSON);
            }
            out.writeEndObject();
            count++;
        }
        out.writeEndArray();
        out.writeArrayFieldStart("schema");
        for (Column column : columns) {
            out.writeStartObject();
            out.writeStringField("name", column.name());
            out.writeStringField("type", column.kind().cartoType());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("meta");
        out.writeBooleanField("cacheHit", false);
        out.writeStringField("totalBytesProcessed", "0");
        out.writeStringField("location", "local");
        out.writeEndObject();
        out.writeEndObject();
    }
}
