package io.github.camelcarto.local.v3;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.JsonCells;

/**
 * Writes CARTO 3's query answer {@code {"rows":[...],"schema":[...],"meta":{...}}} straight from a result set,
 * geometries as GeoJSON objects, stopping at the configured row cap as CARTO does at 200,000. The answer is written
 * in two parts, rows and schema, then {@code meta}, so that a cached answer can be given again with a meta that
 * says it came from the cache.
 */
final class QueryResultWriter {

    private static final byte[] META_FRESH = metaTail(false);
    private static final byte[] META_FROM_CACHE = metaTail(true);

    private QueryResultWriter() {
    }

    /** Writes {@code {"rows":[...],"schema":[...]}: the answer up to its meta, left open. */
    static void writeRowsAndSchema(OutputStream target, ResultSet rows, int maxRows) throws IOException, SQLException {
        try (JsonGenerator out = Json.MAPPER.getFactory().createGenerator(target)) {
            // closing flushes this part only: the client's stream stays open and the object unclosed for the meta
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
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
        }
    }

    /** Ends the answer that {@link #writeRowsAndSchema} began: {@code ,"meta":{...}}}. */
    static void writeMeta(OutputStream target, boolean cacheHit) throws IOException {
        target.write(cacheHit ? META_FROM_CACHE : META_FRESH);
    }

    private static byte[] metaTail(boolean cacheHit) {
        ObjectNode meta = Json.MAPPER.createObjectNode();
        meta.put("cacheHit", cacheHit);
        meta.put("totalBytesProcessed", "0");
        meta.put("location", "local");
        return (",\"meta\":" + meta + "}").getBytes(StandardCharsets.UTF_8);
    }
}
