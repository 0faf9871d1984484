package io.github.camelcarto.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 3's Imports API: {@code POST /v3/imports} loads a file from a public URL into a table of a connection; the
 * import is then a job read with {@code GET /v3/imports/{jobId}} (pending, running, then success, failure or
 * cancelled) and cancelled with {@code POST /v3/imports/{jobId}/cancel}. CARTO runs at most 5 imports per organisation
 * at once and answers the 6th with 429, raised as {@link io.github.camelcarto.client.exception.CartoRateLimitException}.
 */
public final class ImportApi {

    private static final String PATH = "/v3/imports";

    private final CartoHttpTransport transport;

    public ImportApi(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Starts an import.
     *
     * @param request the create body: {@code connection}, {@code url}, {@code destination}, {@code overwrite},
     *                {@code autoguessing} and any further field CARTO accepts
     */
    public CompletableFuture<CartoJob> create(Map<String, Object> request) {
        CartoRequest call = CartoRequest.post(PATH)
                .description("the import of " + request.get("url") + " into " + request.get("destination"))
                .jsonBody(Json.write(request)).build();
        return transport.send(call).thenApply(response -> {
            CartoJob job = toJob(response);
            if (job.id() == null) {
                throw new CartoException("CARTO accepted the import of " + request.get("url") + " but its answer has no "
                                         + "jobId: " + Json.snippet(new String(response.body(), StandardCharsets.UTF_8)));
            }
            return job;
        });
    }

    public CompletableFuture<CartoJob> get(String importId) {
        CartoRequest call = CartoRequest.get(PATH + "/" + CartoRequest.segment(importId, "import id"))
                .description("the status read of import " + importId).build();
        return transport.send(call).thenApply(ImportApi::toJob);
    }

    /** Cancels an import; sending it twice is harmless. */
    public CompletableFuture<CartoJob> cancel(String importId) {
        CartoRequest call = CartoRequest.post(PATH + "/" + CartoRequest.segment(importId, "import id") + "/cancel").idempotent(true)
                .description("the cancel of import " + importId).build();
        return transport.send(call).thenApply(response -> {
            JsonNode json = response.json();
            Map<String, Object> fields = json.isObject() ? Json.toMap(json) : new LinkedHashMap<>();
            fields.putIfAbsent("jobId", importId);
            fields.putIfAbsent("status", "cancelled");
            return CartoJobParser.parse(fields);
        });
    }

    /** Reads and cancels imports, for the {@link JobWaiter}. */
    public JobControl jobControl() {
        return JobControl.of(this::get, this::cancel);
    }

    /** An import CARTO just accepted may come without a status: it is pending. */
    private static CartoJob toJob(CartoResponse response) {
        return CartoJobParser.parseCreated(response.jsonObject("an import object"));
    }
}
