package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.engine.GeoJson;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code format=geojson}: a FeatureCollection whose geometry is {@code the_geom} (the real server's fixed geometry
 * column; here the first geometry column stands in when there is none) written as {@code ST_AsGeoJSON(the_geom, dp)},
 * and whose properties are the other columns but {@code the_geom_webmercator}, valued as in the JSON answer.
 */
final class V2GeoJsonAnswer extends V2Answer {

    private JsonGenerator out;

    V2GeoJsonAnswer(HttpCall call, Connection connection, V2Query query) {
        super(call, connection, query);
    }

    @Override
    public void rows(ResultSet rows, String statement, boolean last) throws SQLException, IOException {
        List<V2Field> fields = fields(rows, statement);
        int geometryColumn = geometryColumn(fields);
        while (nextOnPage(rows)) {
            start();
            out.writeStartObject();
            out.writeStringField("type", "Feature");
            out.writeFieldName("geometry");
            Object geometry = geometryColumn < 0 ? null : V2Values.read(rows, geometryColumn + 1, fields.get(geometryColumn));
            if (geometry instanceof Geometry g) {
                GeoJson.writeAsPostgis(out, g, query.decimals());
            } else {
                out.writeNull();
            }
            out.writeObjectFieldStart("properties");
            for (int i = 0; i < fields.size(); i++) {
                V2Field field = fields.get(i);
                if (i != geometryColumn && !field.name().equals("the_geom_webmercator")
                    && !query.skipfields().contains(field.name())) {
                    out.writeFieldName(field.name());
                    V2Values.writeJson(out, V2Values.read(rows, i + 1, field), field);
                }
            }
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    @Override
    public void updated(long count, boolean last) {
        // statements without rows add no features
    }

    void finish() throws IOException {
        start();
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    private void start() throws IOException {
        if (out == null) {
            call.setHeader("Content-Disposition", "attachment; filename=" + query.filename() + ".geojson");
            out = Json.MAPPER.getFactory().createGenerator(call.startStreaming("application/json; charset=utf-8"));
            out.writeStartObject();
            out.writeStringField("type", "FeatureCollection");
            out.writeArrayFieldStart("features");
        }
    }

    private static int geometryColumn(List<V2Field> fields) {
        int first = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals("the_geom")) {
                return i;
            }
            if (first < 0 && fields.get(i).column().kind() == ColumnKind.GEOMETRY) {
                first = i;
            }
        }
        return first;
    }
}
