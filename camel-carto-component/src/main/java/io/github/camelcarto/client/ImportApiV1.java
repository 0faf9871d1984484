package io.github.camelcarto.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.Json;

/**
 * The legacy (CARTO 2) Import API, {@code /api/v1/imports}: uploads a local file as multipart (streamed from disk,
 * never held in memory) or imports a URL; the import is then read with {@code GET /api/v1/imports/{item_queue_id}},
 * whose {@code state} goes enqueued, pending, uploading, unpacking, importing, guessing, then complete or failure. The
 * transport must authenticate the way the legacy APIs want (API key); this class only knows the paths and shapes.
 */
public final class ImportApiV1 {

    private static final String PATH = "/api/v1/imports";

    private final CartoHttpTransport transport;

    public ImportApiV1(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /**
     * The import options, each sent as CARTO's snake_case parameter when not null.
     *
     * @param typeGuessing         {@code type_guessing}
     * @param quotedFieldsGuessing {@code quoted_fields_guessing}
     * @param contentGuessing      {@code content_guessing}
     * @param createVisualization  {@code create_vis}
     * @param collisionStrategy    {@code collision_strategy}, e.g. overwrite
     */
    public record Options(Boolean typeGuessing, Boolean quotedFieldsGuessing, Boolean contentGuessing,
                          Boolean createVisualization, String collisionStrategy) {

        public static Options defaults() {
            return new Options(null, null, null, null, null);
        }

        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            put(parameters, "type_guessing", typeGuessing);
            put(parameters, "quoted_fields_guessing", quotedFieldsGuessing);
            put(parameters, "content_guessing", contentGuessing);
            put(parameters, "create_vis", createVisualization);
            put(parameters, "collision_strategy", collisionStrategy);
            return parameters;
        }

        private static void put(Map<String, String> parameters, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                parameters.put(name, value.toString());
            }
        }
    }

    /** Uploads a local file as the multipart part {@code file}. */
    public CompletableFuture<CartoJob> upload(Path file, Options options) {
        String name = file.getFileName().toString();
        String boundary = "camel-carto-" + UUID.randomUUID();
        BodyPublisher content;
        try {
            if (!Files.isRegularFile(file)) {
                throw new FileNotFoundException(file.toString());
            }
            content = BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            return CompletableFuture.failedFuture(new CartoException("Cannot upload " + file + " to CARTO: no such file"));
        }
        String head = "--" + boundary + "\r\n"
                      + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(name) + "\"\r\n"
                      + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8), content,
                BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
        CartoRequest.Builder call = CartoRequest.post(PATH).description("the upload of " + name)
                .body(body, "multipart/form-data; boundary=" + boundary);
        options.parameters().forEach(call::query);
        return transport.send(call.build()).thenApply(response -> created(response, name));
    }

    /** Imports a file CARTO downloads from {@code url}. */
    public CompletableFuture<CartoJob> importUrl(String url, Options options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        CartoRequest.Builder call = CartoRequest.post(PATH).description("the import of " + url)
                .jsonBody(Json.write(body));
        options.parameters().forEach(call::query);
        return transport.send(call.build()).thenApply(response -> created(response, url));
    }

    public CompletableFuture<CartoJob> get(String importId) {
        CartoRequest call = CartoRequest.get(PATH + "/" + CartoRequest.segment(importId, "import id"))
                .description("the status read of import " + importId).build();
        return transport.send(call).thenApply(response -> toJob(response, importId));
    }

    /** Reads imports for the {@link JobWaiter}; the legacy API has no cancel, so a cancel fails and says so. */
    public JobControl jobControl() {
        return JobControl.of(this::get, importId -> CompletableFuture.failedFuture(new CartoException(
                "the legacy Import API has no cancel; import " + importId + " goes on in CARTO")));
    }

    /** The table the import created ({@code table_name}), or null before it is complete. */
    public static String tableName(CartoJob job) {
        return job.fields().get("table_name") instanceof String table && !table.isBlank() ? table : null;
    }

    private static CartoJob created(CartoResponse response, String what) {
        JsonNode json = response.json();
        String id = json.path("item_queue_id").asText(null);
        if (id == null || json.path("success").isBoolean() && !json.path("success").asBoolean()) {
            throw new CartoException("CARTO did not queue the import of " + what + ": "
                                     + Json.snippet(json.toString()));
        }
        Map<String, Object> fields = Json.toMap(json);
        fields.put("id", id);
        fields.putIfAbsent("state", "enqueued");
        return CartoJobParser.parse(fields);
    }

    private static CartoJob toJob(CartoResponse response, String importId) {
        Map<String, Object> fields = response.jsonObject("an import");
        fields.putIfAbsent("id", importId);
        if ("failure".equalsIgnoreCase(String.valueOf(fields.get("state"))) && fields.get("error") == null) {
            String text = errorText(fields);
            if (text != null) {
                fields.put("error", text);
            }
        }
        return CartoJobParser.parse(fields);
    }

    /** {@code get_error_text} {title, what_about} plus {@code error_code}, as one sentence. */
    private static String errorText(Map<String, Object> fields) {
        StringBuilder text = new StringBuilder();
        if (fields.get("get_error_text") instanceof Map<?, ?> error) {
            if (error.get("title") instanceof String title && !title.isBlank()) {
                text.append(title.strip());
            }
            if (error.get("what_about") instanceof String about && !about.isBlank()) {
                text.append(text.length() > 0 ? ": " : "").append(about.strip());
            }
        }
        if (fields.get("error_code") != null) {
            text.append(text.length() > 0 ? " " : "").append("(error_code ").append(fields.get("error_code")).append(')');
        }
        return text.length() > 0 ? text.toString() : null;
    }

    private static String quoted(String name) {
        return name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }
}
