package io.github.camelcarto.local.engine;

import java.io.IOException;

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

/** Writes a JTS geometry as a GeoJSON geometry object (RFC 7946 shape; the SRID is not written). */
public final class GeoJson {

    private GeoJson() {
    }

    public static void write(JsonGenerator out, Geometry geometry) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection && !(geometry instanceof MultiPoint)
            && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            out.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                write(out, geometry.getGeometryN(i));
            }
            out.writeEndArray();
        } else {
            out.writeFieldName("coordinates");
            coordinates(out, geometry);
        }
        out.writeEndObject();
    }

    private static void coordinates(JsonGenerator out, Geometry geometry) throws IOException {
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

    private static void positions(JsonGenerator out, Coordinate[] coordinates) throws IOException {
        out.writeStartArray();
        for (Coordinate coordinate : coordinates) {
            position(out, coordinate);
        }
        out.writeEndArray();
    }

    private static void position(JsonGenerator out, Coordinate coordinate) throws IOException {
        out.writeStartArray();
        out.writeNumber(coordinate.getX());
        out.writeNumber(coordinate.getY());
        if (!Double.isNaN(coordinate.getZ())) {
            out.writeNumber(coordinate.getZ());
        }
        out.writeEndArray();
    }
}
