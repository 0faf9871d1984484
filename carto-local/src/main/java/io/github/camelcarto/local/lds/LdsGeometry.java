package io.github.camelcarto.local.lds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.camelcarto.local.engine.GeoJson;
import io.github.camelcarto.local.http.Json;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * Isolines and routes drawn simply, with the spatial engine's geometry library (JTS, under H2GIS), in SRID 4326 and
 * written as the same GeoJSON as query answers: an isoline is the circle a mode covers in a straight line, a route
 * the straight legs from origin through the waypoints to the destination.
 */
final class LdsGeometry {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final double METERS_PER_DEGREE = Math.toRadians(LonLat.EARTH_RADIUS_METERS);
    private static final int ISOLINE_POINTS = 64;

    private LdsGeometry() {
    }

    /** A circle of this radius on the ground: an ellipse in degrees, wider away from the equator. */
    static Polygon isoline(LonLat origin, double meters) {
        // near the poles a degree of longitude shrinks to nothing: cap the widening instead of dividing by zero
        double cosLatitude = Math.max(Math.cos(Math.toRadians(origin.latitude())), 0.01);
        GeometricShapeFactory shape = new GeometricShapeFactory(WGS84);
        shape.setCentre(origin.coordinate());
        shape.setWidth(2 * meters / (METERS_PER_DEGREE * cosLatitude));
        shape.setHeight(2 * meters / METERS_PER_DEGREE);
        shape.setNumPoints(ISOLINE_POINTS);
        return shape.createEllipse();
    }

    static LineString route(List<LonLat> stops) {
        return WGS84.createLineString(stops.stream().map(LonLat::coordinate).toArray(Coordinate[]::new));
    }

    static JsonNode geoJson(Geometry geometry) {
        try (TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false)) {
            GeoJson.write(buffer, geometry);
            return Json.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a geometry as GeoJSON", e);
        }
    }
}
