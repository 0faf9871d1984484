package io.github.camelcarto.local.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * One request and its response: decoded query parameters, a body that is transparently un-gzipped (the JDK already
 * removes chunked transfer encoding), path parameters from the matched route, and JSON or streamed answers.
 */
public final class HttpCall {

    private final HttpExchange exchange;
    private final List<String> pathParameters;
    private final Map<String, String> query;
    private byte[] body;
    private JsonNode jsonBody;
    private Map<String, String> formBody;
    private int status;
    private HeldBackBody heldBack;

    HttpCall(HttpExchange exchange, List<String> pathParameters) {
        this.exchange = exchange;
        this.pathParameters = pathParameters;
        this.query = QueryString.parse(exchange.getRequestURI().getRawQuery());
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The n-th capture group of the route's path pattern (0-based), URL-decoded. */
    public String pathParameter(int index) {
        return pathParameters.get(index);
    }

    /** The path and query string as the client sent them, still encoded: what a CDN keys its cache by. */
    public String rawPathAndQuery() {
        String query = exchange.getRequestURI().getRawQuery();
        return exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
    }

    public String query(String name) {
        return query.get(name);
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * A request parameter from the query string, else from a JSON object body, else from a form body: CARTO's SQL API
     * v2 merges all three.
     */
    public String parameter(String name) throws IOException {
        String value = query.get(name);
        if (value != null) {
            return value;
        }
        JsonNode json = jsonBodyIfAny();
        if (json.isObject() && json.hasNonNull(name)) {
            JsonNode field = json.get(name);
            return field.isTextual() ? field.textValue() : field.toString();
        }
        return formBody().get(name);
    }

    /** The raw request stream, un-gzipped, for bodies too large to hold (COPY FROM). */
    public InputStream bodyStream() throws IOException {
        InputStream raw = exchange.getRequestBody();
        String encoding = header("Content-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip") ? new GZIPInputStream(raw, 65536)
                : raw;
    }

    public byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = bodyStream()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    /** The body as JSON; 400 when it is empty or malformed. */
    public JsonNode jsonBody() throws IOException {
        JsonNode json = jsonBodyIfAny();
        if (json.isMissingNode()) {
            throw ApiException.badRequest("The request body must be JSON");
        }
        return json;
    }

    /** Keeps {@code parsed} as the JSON body, for a caller that parsed it already to check it in its own way. */
    public void useJsonBody(JsonNode parsed) {
        jsonBody = parsed;
    }

    private JsonNode jsonBodyIfAny() throws IOException {
        if (jsonBody == null) {
            String contentType = String.valueOf(header("Content-Type")).toLowerCase(Locale.ROOT);
            byte[] bytes = body();
            boolean looksJson = contentType.contains("json") || (!contentType.contains("form") && startsLikeJson(bytes));
            jsonBody = looksJson && bytes.length > 0 ? Json.parseRequest(new String(bytes, StandardCharsets.UTF_8))
                    : MissingNode.getInstance();
        }
        return jsonBody;
    }

    private Map<String, String> formBody() throws IOException {
        if (formBody == null) {
            String contentType = String.valueOf(header("Content-Type")).toLowerCase(Locale.ROOT);
            formBody = QueryString.parse(contentType.contains("x-www-form-urlencoded")
                    ? new String(body(), StandardCharsets.UTF_8) : null);
        }
        return formBody;
    }

    private static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    public void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    public void respondJson(int status, Object body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        setHeader("Content-Type", "application/json; charset=utf-8");
        this.status = status;
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An answer without a body (a CORS preflight's). */
    public void respondEmpty(int status) throws IOException {
        this.status = status;
        exchange.sendResponseHeaders(status, -1);
    }

    /**
     * Answers 200 with a body the caller writes as a stream and closes: sent with its length when it is small, chunked
     * when it outgrows {@link HeldBackBody#HELD_BYTES}.
     */
    public OutputStream startStreaming(String contentType) {
        setHeader("Content-Type", contentType);
        this.status = 200;
        heldBack = new HeldBackBody(exchange);
        return heldBack;
    }

    /** Answers 200 chunked at once, for a body that may be slow to fill the first kilobytes (COPY TO). */
    public OutputStream startStreamingNow(String contentType) throws IOException {
        setHeader("Content-Type", contentType);
        this.status = 200;
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /**
     * Sends what a streamed answer still holds back when its writer stopped without closing it (an error part way):
     * the client gets the 200 and the body cut short, as it did when streamed answers went out chunked from the start.
     */
    void endStreaming() throws IOException {
        if (heldBack != null) {
            heldBack.close();
        }
    }

    boolean responded() {
        return status != 0;
    }

    int status() {
        return status;
    }
}
