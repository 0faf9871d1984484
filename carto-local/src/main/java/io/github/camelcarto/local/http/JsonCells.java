package io.github.camelcarto.local.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.engine.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/** Writes cell values read by {@code CellReader} into JSON; geometries as GeoJSON (v3) or hex EWKB (v2). */
public final class JsonCells {

    public enum GeometryStyle { GEOJSON, HEX_EWKB }

    private JsonCells() {
    }

    public static void write(JsonGenerator out, Object value, GeometryStyle geometryStyle) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Geometry geometry) {
            if (geometryStyle == GeometryStyle.GEOJSON) {
                GeoJson.write(out, geometry);
            } else {
                out.writeString(hexEwkb(geometry));
            }
        } else if (value instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                out.writeNumber(d);
            } else {
                out.writeString(Double.toString(d));
            }
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof JsonNode node) {
            out.writeTree(node);
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                write(out, element, geometryStyle);
            }
            out.writeEndArray();
        } else {
            out.writeString(value.toString());
        }
    }

    /** PostGIS's text form of a geometry: little-endian EWKB in upper-case hex, with the SRID when it has one. */
    public static String hexEwkb(Geometry geometry) {
        boolean withSrid = geometry.getSRID() != 0;
        int dimensions = geometry.getCoordinate() != null && !Double.isNaN(geometry.getCoordinate().getZ()) ? 3 : 2;
        return WKBWriter.toHex(new WKBWriter(dimensions, ByteOrderValues.LITTLE_ENDIAN, withSrid).write(geometry));
    }
}
