package io.github.camelcarto.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CartoSamplesTest {

    @Test
    void everySampleFileIsListedWithItsSourceAndEveryListedOneIsJson() throws Exception {
        Path folder = Path.of(CartoSamples.class.getResource("index.json").toURI()).getParent();
        Set<String> files;
        try (Stream<Path> paths = Files.walk(folder)) {
            files = paths.filter(path -> path.toString().endsWith(".json") && !path.endsWith("index.json"))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/').replaceAll("\\.json$", ""))
                    .collect(Collectors.toSet());
        }

        assertEquals(files, CartoSamples.all().stream().map(CartoSample::name).collect(Collectors.toSet()));
        for (CartoSample sample : CartoSamples.all()) {
            assertFalse(sample.source().isBlank(), sample.name());
            assertTrue(sample.endpoint().contains("/v3"), sample.name());
            assertTrue(sample.shapeDifferences(sample.body()).isEmpty(), sample.name());
        }
    }

    @Test
    void bodyIsTheJsonTextAStubAnswers() {
        String body = CartoSamples.body("v3/job-created");

        assertTrue(body.contains("\"externalId\""));
        assertFalse(body.contains("\"jobId\""));
        assertEquals(200, CartoSamples.get("v3/job-created").status());
    }

    @Test
    void unknownNameSaysWhichExist() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CartoSamples.get("v3/nope"));

        assertTrue(error.getMessage().contains("v3/job-created"), error.getMessage());
    }

    @Test
    void bodyWithReplacesValuesByPointerAndRefusesNewFields() {
        CartoSample created = CartoSamples.get("v3/job-created");
        CartoSample batch = CartoSamples.get("v3/lds-batch-geocode");

        String changed = created.bodyWith(Map.of("/externalId", "job_1", "/metadata", Map.of("origin", "test")));
        String changedEntry = batch.bodyWith(Map.of("/1/error", "Address not found"));

        assertTrue(changed.contains("\"externalId\":\"job_1\"") && changed.contains("\"origin\":\"test\""), changed);
        assertTrue(changedEntry.contains("\"error\":\"Address not found\""), changedEntry);
        assertThrows(IllegalArgumentException.class, () -> created.bodyWith(Map.of("/jobId", "x")));
    }

    @Test
    void shapeDifferencesNameMissingExtraAndRetypedFields() {
        CartoSample created = CartoSamples.get("v3/job-created");

        List<String> differences = created.shapeDifferences("""
                {"externalId": "job_1", "jobId": "1", "accountId": "a", "userId": "u", "connectionId": 7,
                 "metadata": {"anything": [1]}}""");

        assertEquals(List.of("/connectionId: string expected, number found", "/createdAt: missing",
                "/jobId: not in CARTO's answer"), differences.stream().sorted().toList());
    }

    @Test
    void openSamplesAllowExtraFieldsButCheckEveryArrayEntry() {
        CartoSample batch = CartoSamples.get("v3/lds-batch-geocode");

        List<String> extraFields = batch.shapeDifferences("""
                [{"error": null, "value": [{"latitude": 1, "longitude": 2, "address": "x"}]},
                 {"error": "miss", "value": []}, {"error": "miss", "value": []}]""");
        List<String> wrongEntry = batch.shapeDifferences("""
                [{"error": null, "value": [{"latitude": 1, "longitude": 2}]}, {"error": null, "value": []}]""");

        assertEquals(List.of(), extraFields);
        assertEquals(List.of("/1/error: string expected, null found"), wrongEntry);
    }
}
