package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as a GeoJSON geometry object: as is (RFC 7946 shape, the SRID not written), or as PostGIS's
 * {@code ST_AsGeoJSON(geom, maxdecimaldigits)} writes it (rounded coordinates, a {@code crs} member for SRIDs other
 * than 4326).
 */
public final class GeoJson {

    /** Full doubles (-1) or at most this many decimals. */
    private final int decimals;

    private GeoJson(int decimals) {
        this.decimals = decimals;
    }

    public static void write(JsonGenerator out, Geometry geometry) throws IOException {
        new GeoJson(-1).geometry(out, geometry, false);
    }

    /** {@code ST_AsGeoJSON(geom, decimals)} of PostGIS 3: short CRS name unless the SRID is 0 or 4326. */
    public static void writeAsPostgis(JsonGenerator out, Geometry geometry, int decimals) throws IOException {
        new GeoJson(decimals).geometry(out, geometry, geometry.getSRID() != 0 && geometry.getSRID() != 4326);
    }

    private void geometry(JsonGenerator out, Geometry geometry, boolean withCrs) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", geometry.getGeometryType());
        if (withCrs) {
            out.writeObjectFieldStart("crs");
            out.writeStringField("type", "name");
            out.writeObjectFieldStart("properties");
            out.writeStringField("name", "EPSG:" + geometry.getSRID());
            out.writeEndObject();
            out.writeEndObject();
        }
        if (geometry instanceof GeometryCollection && !(geometry instanceof MultiPoint)
            && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            out.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                geometry(out, geometry.getGeometryN(i), false);
            }
            out.writeEndArray();
        } else {
            out.writeFieldName("coordinates");
            coordinates(out, geometry);
        }
        out.writeEndObject();
    }

    private void coordinates(JsonGenerator out, Geometry geometry) throws IOException {
        if (geometry instanceof Point point) {
            if (point.isEmpty()) {
                out.writeStartArray();
                out.writeEndArray();
            } else {
                position(out, point.getCoordinate());
            }
        } else if (geometry instanceof LineString line) {
            positions(out, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            out.writeStartArray();
            if (!polygon.isEmpty()) {
                positions(out, polygon.getExteriorRing().getCoordinates());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    positions(out, polygon.getInteriorRingN(i).getCoordinates());
                }
            }
            out.writeEndArray();
        } else {
            out.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                coordinates(out, geometry.getGeometryN(i));
            }
            out.writeEndArray();
        }
    }

    private void positions(JsonGenerator out, Coordinate[] coordinates) throws IOException {
        out.writeStartArray();
        for (Coordinate coordinate : coordinates) {
            position(out, coordinate);
        }
        out.writeEndArray();
    }

    private void position(JsonGenerator out, Coordinate coordinate) throws IOException {
        out.writeStartArray();
        ordinate(out, coordinate.getX());
        ordinate(out, coordinate.getY());
        if (!Double.isNaN(coordinate.getZ())) {
            ordinate(out, coordinate.getZ());
        }
        out.writeEndArray();
    }

    private void ordinate(JsonGenerator out, double value) throws IOException {
        if (decimals < 0) {
            out.writeNumber(value);
        } else {
            out.writeNumber(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString());
        }
    }
}
