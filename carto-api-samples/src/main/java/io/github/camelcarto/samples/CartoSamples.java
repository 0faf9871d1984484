package io.github.camelcarto.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * CARTO's answers as CARTO's own client code and docs show them, one JSON resource each, listed with where its shape
 * comes from in {@code index.json} next to this class. For a stub:
 * <pre>
 * stubFor(post("/v3/sql/carto_dw/job").willReturn(okJson(CartoSamples.body("v3/job-created"))));
 * </pre>
 * and for a server's test: {@code CartoSamples.get("v3/job-created").shapeDifferences(answer)} is empty.
 */
public final class CartoSamples {

    static final ObjectMapper JSON = new ObjectMapper();

    private CartoSamples() {
    }

    /** The sample called {@code name} (e.g. {@code v3/job-created}); an unknown name is a mistake in the caller. */
    public static CartoSample get(String name) {
        CartoSample sample = Index.SAMPLES.get(name);
        if (sample == null) {
            throw new IllegalArgumentException("No CARTO sample '" + name + "'; there are " + Index.SAMPLES.keySet());
        }
        return sample;
    }

    /** The sample's JSON text, as a stub answers it. */
    public static String body(String name) {
        return get(name).body();
    }

    /** Every sample, in the index's order. */
    public static List<CartoSample> all() {
        return List.copyOf(Index.SAMPLES.values());
    }

    /** Read once, on first use: the samples are small and never change at run time. */
    private static final class Index {

        static final Map<String, CartoSample> SAMPLES = load();

        private static Map<String, CartoSample> load() {
            Map<String, CartoSample> samples = new LinkedHashMap<>();
            for (JsonNode entry : parse(read("index.json")).get("samples")) {
                String name = entry.get("name").textValue();
                samples.put(name, new CartoSample(name, entry.get("endpoint").textValue(), entry.get("status").intValue(),
                        entry.get("exact").booleanValue(), entry.get("source").textValue(), read(name + ".json")));
            }
            return samples;
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String read(String resource) {
        try (InputStream in = CartoSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CARTO sample resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read CARTO sample resource " + resource, e);
        }
    }
}
