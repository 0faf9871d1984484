package io.github.camelcarto.client.v2;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.AnswerStream;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.ErrorMessages;
import io.github.camelcarto.client.http.Gzip;
import io.github.camelcarto.client.http.Json;

/** Reads the answers SQL API v2's query and COPY calls share: JSON objects that may hold an error, and streams. */
final class V2Answers {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?([^\";]+)\"?");

    private V2Answers() {
    }

    /**
     * The answer as a JSON object. CARTO keeps 200 once it has started streaming rows and appends
     * {@code "error":[...]} when PostgreSQL fails later: such an answer is a failure, whatever came before.
     */
    static JsonNode object(CartoResponse response) {
        JsonNode json = response.json();
        if (!json.isObject()) {
            throw new CartoException("CARTO answered " + response.request().description() + " with something that is "
                                     + "not a JSON object: " + Json.snippet(json.toString()));
        }
        if (json.has("error") && !json.path("error").isNull()) {
            String message = ErrorMessages.extract(Map.of("error", Json.MAPPER.convertValue(json.path("error"), Object.class)));
            message = message != null ? message : json.path("error").toString();
            throw new CartoHttpException("CARTO answered " + response.request().description() + " with HTTP "
                                         + response.statusCode() + " but the database reported an error: " + message
                                         + " (rows received before the error are discarded)",
                    response.statusCode(), message, Json.snippet(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return json;
    }

    /** CARTO's elapsed time in seconds ({@code time}), or null. */
    static Double time(JsonNode json) {
        return json.path("time").isNumber() ? json.path("time").asDouble() : null;
    }

    /** Sends a call whose answer is handed over unread: only its headers are looked at. */
    static CompletableFuture<V2Download> download(CartoHttpTransport transport, CartoRequest request) {
        return transport.send(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            HttpHeaders headers = response.headers();
            return new V2Download(Gzip.decodeIfGzipped(headers, new AnswerStream(response.body())),
                    headers.firstValue("Content-Type").orElse(null), filenameOf(headers), RateLimits.of(headers));
        });
    }

    static String filenameOf(HttpHeaders headers) {
        return headers.firstValue("Content-Disposition").map(value -> {
            Matcher matcher = FILENAME.matcher(value);
            return matcher.find() ? matcher.group(1).strip() : null;
        }).orElse(null);
    }
}
