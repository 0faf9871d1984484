package io.github.camelcarto.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Replays the requests recorded in Appendix A ({@code appendix-a/replay.json}) against a carto-local and compares
 * each answer with the real server's. Steps marked {@code counted} are the recorded ones; the others prepare them
 * (seed data, jobs to cancel) and must succeed. A step with {@code await} is repeated until the job reaches that
 * status (at most 20 s), as a client polling the job would; {@code capture} keeps the answer's job_id for later paths.
 */
final class AppendixAReplay {

    /** One recorded request and how carto-local's answer differed (empty: it matched). */
    record Outcome(String id, String title, boolean counted, List<String> differences) {
        boolean matches() {
            return differences.isEmpty();
        }
    }

    private final HttpHelper http;
    private final Map<String, String> captured = new HashMap<>();

    AppendixAReplay(CartoLocal carto) {
        this.http = HttpHelper.of(carto);
    }

    static JsonNode steps() {
        try (InputStream in = AppendixAReplay.class.getResourceAsStream("/appendix-a/replay.json")) {
            return HttpHelper.JSON.readTree(in).get("steps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Outcome> run() {
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode step : steps()) {
            outcomes.add(run(step));
        }
        return outcomes;
    }

    private Outcome run(JsonNode step) {
        HttpHelper.Response response = step.has("await") ? await(step) : HttpHelper.send(request(step.get("request")));
        if (step.has("capture") && response.status() < 300) {
            captured.put(step.get("capture").textValue(), response.json().path("job_id").asText());
        }
        return new Outcome(step.get("id").textValue(), step.path("title").asText(step.get("id").textValue()),
                step.get("counted").booleanValue(), differences(step.get("expect"), response));
    }

    /** Polls a job read until its status is the awaited one, then answers with that read. */
    private HttpHelper.Response await(JsonNode step) {
        String status = step.get("await").textValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpHelper.Response response = HttpHelper.send(request(step.get("request")));
        while (!status.equals(response.json().path("status").asText()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            response = HttpHelper.send(request(step.get("request")));
        }
        return response;
    }

    private HttpRequest request(JsonNode request) {
        String path = request.get("path").textValue();
        for (Map.Entry<String, String> id : captured.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.path("query").fields().forEachRemaining(p -> query.add(p.getKey() + "=" + HttpHelper.encode(p.getValue().textValue())));
        HttpRequest.Builder builder = http.request(path + query);
        request.path("headers").fields().forEachRemaining(h -> builder.header(h.getKey(), h.getValue().textValue()));
        String method = request.get("method").textValue();
        if (request.has("json")) {
            builder.header("Content-Type", "application/json");
            return builder.method(method, HttpRequest.BodyPublishers.ofString(request.get("json").toString())).build();
        }
        if (request.has("form")) {
            StringJoiner form = new StringJoiner("&");
            request.get("form").fields().forEachRemaining(p -> form.add(p.getKey() + "=" + HttpHelper.encode(p.getValue().textValue())));
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            return builder.method(method, HttpRequest.BodyPublishers.ofString(form.toString())).build();
        }
        if (request.has("raw")) {
            return builder.method(method, HttpRequest.BodyPublishers.ofString(request.get("raw").textValue())).build();
        }
        if (request.has("chunked") || request.has("gzip")) {
            byte[] body = request.has("gzip") ? gzip(request.get("gzip").textValue())
                    : request.get("chunked").textValue().getBytes(StandardCharsets.UTF_8);
            if (request.has("gzip")) {
                builder.header("Content-Encoding", "gzip");
            }
            // a publisher of unknown length: the JDK client sends the body chunked, as carto-python does
            return builder.header("Content-Type", "application/octet-stream")
                    .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        }
        return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    private static List<String> differences(JsonNode expect, HttpHelper.Response response) {
        List<String> differences = new ArrayList<>();
        if (expect.get("status").intValue() != response.status()) {
            differences.add("status: expected " + expect.get("status") + ", got " + response.status() + " " + response.body());
            return differences;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            String expected = header.getValue().textValue();
            String actual = response.header(header.getKey());
            boolean prefix = expected.endsWith("*");
            if (actual == null || (prefix ? !actual.startsWith(expected.substring(0, expected.length() - 1)) : !actual.equals(expected))) {
                differences.add("header " + header.getKey() + ": expected " + expected + ", got " + actual);
            }
        }
        if (expect.has("json")) {
            JsonNode actual;
            try {
                actual = HttpHelper.JSON.readTree(response.body());
            } catch (IOException e) {
                differences.add("body: not JSON: " + response.body());
                return differences;
            }
            differences.addAll(JsonShape.differences(expect.get("json"), actual, expect.path("partial").asBoolean()));
        }
        if (expect.has("text") && !expect.get("text").textValue().equals(response.body())) {
            differences.add("body: expected " + HttpHelper.JSON.valueToTree(expect.get("text").textValue())
                            + ", got " + HttpHelper.JSON.valueToTree(response.body()));
        }
        return differences;
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
