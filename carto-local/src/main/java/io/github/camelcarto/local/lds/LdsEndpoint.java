package io.github.camelcarto.local.lds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.v3.V3Auth;

/**
 * CARTO 3's Location Data Services over the {@link Gazetteer} and straight-line geometry: geocode, reverse geocode,
 * batch geocode, isolines and routing. As on CARTO (carto-api.md Appendix B), every answer is HTTP 200 with a
 * top-level array of {@code {"error": null or "message", "value": [...]}} entries: an address that cannot be found
 * is an entry with its error set, not an HTTP error; a malformed request is a 400.
 */
public final class LdsEndpoint {

    /** The most addresses CARTO geocodes in one batch call. */
    static final int BATCH_LIMIT = 10_000;

    private final V3Auth auth;
    private final Gazetteer gazetteer;

    public LdsEndpoint(V3Auth auth, Gazetteer gazetteer) {
        this.auth = auth;
        this.gazetteer = gazetteer;
    }

    /** {@code GET /v3/lds/geocoding/geocode?address=&country=&limit=&options=}. */
    public void geocode(HttpCall call) throws Exception {
        auth.check(call);
        LdsOptions.check(call.query("options"));
        String address = call.query("address");
        if (address == null || address.isBlank()) {
            throw ApiException.badRequest("Missing required parameter 'address'");
        }
        call.respondJson(200, answer(List.of(geocoded(address, call.query("country"), limit(call.query("limit"))))));
    }

    /** {@code GET /v3/lds/geocoding/reverse?lat=&lon=&language=}: the nearest registered address. */
    public void reverse(HttpCall call) throws Exception {
        auth.check(call);
        LdsOptions.check(call.query("options"));
        LonLat position = LonLat.read(call.query("lon"), call.query("lat")).orElseThrow(() -> ApiException.badRequest(
                "Parameters 'lat' and 'lon' are required, in degrees"));
        Optional<Place> nearest = gazetteer.nearest(position);
        ObjectNode entry = nearest.isPresent() ? entry(null, places(List.of(nearest.get())))
                : entry("No address found within " + (int) Gazetteer.REVERSE_RADIUS_METERS + " m of "
                        + position.latitude() + "," + position.longitude(), Json.MAPPER.createArrayNode());
        call.respondJson(200, answer(List.of(entry)));
    }

    /**
     * {@code POST /v3/lds/geocoding/batch {"addresses": [...], "options": {...}}}: one entry per address, in input
     * order. An address is a string or {@code {"address", "country"?, "limit"?}}.
     */
    public void batch(HttpCall call) throws Exception {
        auth.check(call);
        JsonNode body = call.jsonBody();
        LdsOptions.check(body.get("options"));
        JsonNode addresses = body.get("addresses");
        if (addresses == null || !addresses.isArray()) {
            throw ApiException.badRequest("The body must be {\"addresses\": [...]}");
        }
        if (addresses.size() > BATCH_LIMIT) {
            throw ApiException.badRequest("At most " + BATCH_LIMIT + " addresses per batch; got " + addresses.size());
        }
        List<ObjectNode> entries = new ArrayList<>(addresses.size());
        for (JsonNode address : addresses) {
            if (address.isTextual()) {
                entries.add(geocoded(address.textValue(), null, 1));
            } else if (address.path("address").isTextual()) {
                entries.add(geocoded(address.get("address").textValue(), address.path("country").textValue(),
                        limit(address.path("limit").asText(null))));
            } else {
                throw ApiException.badRequest("Each address must be a string or an object with 'address': " + address);
            }
        }
        call.respondJson(200, answer(entries));
    }

    /**
     * {@code GET /v3/lds/isolines?origin=lon,lat&mode=&range=300,600&range_type=time|distance}: one isoline per
     * range, in the order given, each {@code {"range", "geom"}}.
     */
    public void isolines(HttpCall call) throws Exception {
        auth.check(call);
        LdsOptions.check(call.query("options"));
        LonLat origin = LonLat.parse(call.query("origin"), "origin", false);
        TravelMode mode = TravelMode.of(call.query("mode"));
        boolean byTime = rangeIsTime(call.query("range_type"));
        ArrayNode isolines = Json.MAPPER.createArrayNode();
        for (double range : ranges(call.query("range"))) {
            double meters = byTime ? range * mode.metersPerSecond() : range;
            ObjectNode isoline = isolines.addObject();
            if (range == Math.rint(range)) {
                isoline.put("range", (long) range);
            } else {
                isoline.put("range", range);
            }
            isoline.set("geom", LdsGeometry.geoJson(LdsGeometry.isoline(origin, meters)));
        }
        call.respondJson(200, answer(List.of(entry(null, isolines))));
    }

    /**
     * {@code GET /v3/lds/routing?origin=lon,lat&destination=lon,lat&mode=&waypoints=lat,lon;lat,lon}: one route
     * {@code {"distance" (m), "duration" (s), "geom"}}.
     */
    public void routing(HttpCall call) throws Exception {
        auth.check(call);
        LdsOptions.check(call.query("options"));
        List<LonLat> stops = new ArrayList<>();
        stops.add(LonLat.parse(call.query("origin"), "origin", false));
        String waypoints = call.query("waypoints");
        if (waypoints != null && !waypoints.isBlank()) {
            for (String waypoint : waypoints.split("[;|]")) {
                stops.add(LonLat.parse(waypoint, "waypoints", true));
            }
        }
        stops.add(LonLat.parse(call.query("destination"), "destination", false));
        TravelMode mode = TravelMode.of(call.query("mode"));
        double meters = 0;
        for (int i = 1; i < stops.size(); i++) {
            meters += stops.get(i - 1).metersTo(stops.get(i));
        }
        ArrayNode routes = Json.MAPPER.createArrayNode();
        ObjectNode route = routes.addObject();
        route.put("distance", Math.round(meters));
        route.put("duration", Math.round(meters / mode.metersPerSecond()));
        route.set("geom", LdsGeometry.geoJson(LdsGeometry.route(stops)));
        call.respondJson(200, answer(List.of(entry(null, routes))));
    }

    private ObjectNode geocoded(String address, String country, int limit) {
        List<Place> found = gazetteer.geocode(address, country, limit);
        return found.isEmpty()
                ? entry("No results found for address '" + address + "'" + (country == null ? "" : " in " + country),
                        Json.MAPPER.createArrayNode())
                : entry(null, places(found));
    }

    private static ArrayNode places(List<Place> found) {
        ArrayNode value = Json.MAPPER.createArrayNode();
        for (Place place : found) {
            ObjectNode json = value.addObject();
            json.put("latitude", place.latitude());
            json.put("longitude", place.longitude());
            json.put("address", place.address());
            if (place.country() != null) {
                json.put("country", place.country());
            }
        }
        return value;
    }

    private static ObjectNode entry(String error, ArrayNode value) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("error", error);
        entry.set("value", value);
        return entry;
    }

    private static ArrayNode answer(List<ObjectNode> entries) {
        ArrayNode answer = Json.MAPPER.createArrayNode();
        answer.addAll(entries);
        return answer;
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("Parameter 'limit' must be a whole number of at least 1, not '" + text + "'");
    }

    private static boolean rangeIsTime(String rangeType) {
        if (rangeType == null || rangeType.isBlank() || rangeType.equals("time")) {
            return true;
        }
        if (rangeType.equals("distance")) {
            return false;
        }
        throw ApiException.badRequest("Parameter 'range_type' must be time (seconds) or distance (meters), not '"
                                      + rangeType + "'");
    }

    private static List<Double> ranges(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Missing required parameter 'range' (comma-separated seconds or meters)");
        }
        List<Double> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double range = Double.parseDouble(part.strip());
                if (range > 0 && Double.isFinite(range)) {
                    ranges.add(range);
                    continue;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw ApiException.badRequest("Parameter 'range' must be positive numbers separated by commas, not '" + text + "'");
        }
        return ranges;
    }
}
