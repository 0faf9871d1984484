package io.github.camelcarto.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoLdsException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.ErrorMessages;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 3's Location Data Services ({@code /v3/lds}): geocoding, reverse geocoding, batch geocoding, isolines and
 * routing through the organisation's provider (HERE, Google, Mapbox, TomTom, TravelTime). Answers vary by provider,
 * so they are returned as parsed JSON (Maps and Lists). Coordinates are passed as CARTO wants them: {@code origin}
 * and {@code destination} as {@code longitude,latitude}, waypoints as {@code latitude,longitude}; checking them is the
 * caller's job. Every call takes the provider {@code options} that CARTO passes on (the CARTO CLI's {@code --options}).
 * <p>
 * CARTO answers a miss with HTTP 200 and an entry whose {@code error} is set (carto-api.md, Appendix B): a call for
 * one input (geocode, reverse geocode, isolines, routing) then fails with a {@link CartoLdsException} naming it; a
 * batch keeps each address's error on its own entry.
 */
public final class LdsApi {

    /** The most addresses CARTO geocodes in one batch call. */
    public static final int BATCH_LIMIT = 10_000;
    private static final List<String> BATCH_FIELDS = List.of("results", "data", "addresses", "items");

    private final CartoHttpTransport transport;

    public LdsApi(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /** @param options provider options, or null for none (as for every call below) */
    public CompletableFuture<Object> geocode(String address, String country, Integer limit, Map<String, Object> options) {
        return read(get("/v3/lds/geocoding/geocode", options).description("the geocoding of '" + address + "'")
                .query("address", address).query("country", country)
                .query("limit", limit == null ? null : limit.toString()).build(), address);
    }

    public CompletableFuture<Object> reverseGeocode(double lat, double lon, String language, Map<String, Object> options) {
        String coordinates = lat + "," + lon;
        return read(get("/v3/lds/geocoding/reverse", options).description("the reverse geocoding of " + coordinates)
                .query("lat", Double.toString(lat)).query("lon", Double.toString(lon)).query("language", language)
                .build(), coordinates);
    }

    /** @param origin longitude,latitude; range comma-separated; rangeType time or distance */
    public CompletableFuture<Object> isolines(String origin, String mode, String range, String rangeType,
                                              Map<String, Object> options) {
        return read(get("/v3/lds/isolines", options).description("the isolines around " + origin)
                .query("origin", origin).query("mode", mode).query("range", range).query("range_type", rangeType)
                .build(), origin);
    }

    /** @param origin longitude,latitude; destination longitude,latitude; waypoints latitude,longitude;... or null */
    public CompletableFuture<Object> routing(String origin, String destination, String mode, String waypoints,
                                             Map<String, Object> options) {
        return read(get("/v3/lds/routing", options).description("the route from " + origin + " to " + destination)
                .query("origin", origin).query("destination", destination).query("mode", mode)
                .query("waypoints", waypoints).build(), origin + " to " + destination);
    }

    /**
     * Geocodes addresses, {@value #BATCH_LIMIT} per call, one call after the other, and returns one result per
     * address in input order. An address CARTO could not geocode keeps its own entry, with CARTO's {@code error}:
     * it does not fail the others.
     *
     * @param addresses each one the JSON object CARTO expects for an address, e.g. {@code {"address": "..."}}
     */
    public CompletableFuture<List<Map<String, Object>>> batchGeocode(List<Map<String, Object>> addresses,
                                                                     Map<String, Object> options) {
        List<Map<String, Object>> results = new ArrayList<>(addresses.size());
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < addresses.size(); from += BATCH_LIMIT) {
            List<Map<String, Object>> chunk = addresses.subList(from, Math.min(from + BATCH_LIMIT, addresses.size()));
            int first = from;
            chain = chain.thenCompose(done -> batch(chunk, first, options)).thenAccept(results::addAll);
        }
        return chain.thenApply(done -> results);
    }

    private CompletableFuture<List<Map<String, Object>>> batch(List<Map<String, Object>> chunk, int first,
                                                               Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("addresses", chunk);
        if (options != null && !options.isEmpty()) {
            body.put("options", options);
        }
        String what = "the batch geocoding of addresses " + (first + 1) + " to " + (first + chunk.size());
        CartoRequest request = CartoRequest.post("/v3/lds/geocoding/batch").description(what)
                .jsonBody(Json.write(body)).build();
        return transport.send(request).thenApply(response -> {
            JsonNode json = response.json();
            JsonNode array = Json.arrayIn(json, BATCH_FIELDS);
            if (array == null || array.size() != chunk.size()) {
                throw new CartoException("CARTO answered " + what + " with " + (array == null ? "no result list"
                        : array.size() + " results for " + chunk.size() + " addresses") + ", so results cannot be "
                                         + "matched to addresses: " + Json.snippet(json.toString()));
            }
            List<Map<String, Object>> results = new ArrayList<>(array.size());
            for (JsonNode entry : array) {
                if (entry.isObject()) {
                    results.add(Json.toMap(entry));
                } else {
                    Map<String, Object> wrapped = new LinkedHashMap<>();
                    wrapped.put("value", Json.MAPPER.convertValue(entry, Object.class));
                    results.add(wrapped);
                }
            }
            return results;
        });
    }

    /** A GET with the provider options as CARTO's {@code options} parameter, a JSON object. */
    private static CartoRequest.Builder get(String path, Map<String, Object> options) {
        return CartoRequest.get(path).query("options", options == null || options.isEmpty() ? null : Json.writeString(options));
    }

    /** Sends a call for one input and fails it when CARTO's answer is a miss for that input. */
    private CompletableFuture<Object> read(CartoRequest request, String input) {
        return transport.send(request).thenApply(response -> {
            Object answer = parsed(response);
            String miss = missOf(answer);
            if (miss != null) {
                throw new CartoLdsException("CARTO answered " + request.description() + " with an error instead of a "
                                            + "result: " + miss, input, miss);
            }
            return answer;
        });
    }

    /** CARTO's error of the first entry that has one, or null when the answer holds results. */
    private static String missOf(Object answer) {
        if (answer instanceof List<?> entries) {
            for (Object entry : entries) {
                Object error = entry instanceof Map<?, ?> map ? map.get("error") : null;
                if (error != null && !(error instanceof String text && text.isBlank())) {
                    String message = ErrorMessages.extract((Map<?, ?>) entry);
                    return message != null ? message : String.valueOf(error);
                }
            }
        }
        return null;
    }

    private static Object parsed(CartoResponse response) {
        JsonNode json = response.json();
        if (json.isMissingNode()) {
            throw new CartoException("CARTO answered " + response.request().description() + " with an empty body: "
                                     + Json.snippet(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return Json.MAPPER.convertValue(json, Object.class);
    }
}
