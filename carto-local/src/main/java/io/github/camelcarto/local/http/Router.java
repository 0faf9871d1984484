package io.github.camelcarto.local.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Dispatches requests to routes, runs the gates (rate limits, fault injection) for limited routes, turns exceptions
 * into CARTO-shaped errors, answers CORS (headers on every answer, preflights) and logs one line per request. The
 * log carries the path only: query strings may hold an api_key, and the Authorization header is never read here.
 */
public final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger("io.github.camelcarto.local.requests");

    private final List<Route> routes = new ArrayList<>();
    private final List<RequestGate> gates = new ArrayList<>();
    private final System.Logger.Level requestLevel;

    /** @param logRequests log each request at INFO (standalone server) rather than DEBUG (embedded) */
    public Router(boolean logRequests) {
        this.requestLevel = logRequests ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
    }

    public Router add(Route route) {
        routes.add(route);
        return this;
    }

    public Router gate(RequestGate gate) {
        gates.add(gate);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String path = withoutTrailingSlash(exchange.getRequestURI().getRawPath());
        HttpCall call = null;
        ErrorStyle style = path.startsWith("/v3/") ? ErrorStyle.V3 : ErrorStyle.V2;
        Cors.allow(exchange.getResponseHeaders());
        try {
            Route route = null;
            Matcher matcher = null;
            boolean pathMatched = false;
            for (Route candidate : routes) {
                Matcher m = candidate.path().matcher(path);
                if (m.matches()) {
                    pathMatched = true;
                    if (candidate.method().equals(exchange.getRequestMethod())) {
                        route = candidate;
                        matcher = m;
                        break;
                    }
                }
            }
            if (route == null) {
                call = new HttpCall(exchange, List.of());
                if (pathMatched && "OPTIONS".equals(exchange.getRequestMethod())) {
                    // a browser's CORS preflight: no authentication, no rate limit, as CARTO's API answers it
                    call.respondEmpty(200);
                    return;
                }
                throw new ApiException(pathMatched ? 405 : 404, pathMatched ? "Method not allowed"
                        : "Not found: " + exchange.getRequestMethod() + " " + path);
            }
            style = route.style();
            call = new HttpCall(exchange, groups(matcher));
            if (route.group() != null) {
                for (RequestGate gate : gates) {
                    gate.check(route, call);
                }
            }
            route.handler().handle(call);
        } catch (ApiException e) {
            respondError(call, style, e.status(), e.getMessage(), e);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Request " + exchange.getRequestMethod() + " " + path + " failed", e);
            respondError(call, style, 500, "Internal error: " + e, null);
        } finally {
            endStreaming(call);
            exchange.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = call == null ? 500 : call.status();
            LOG.log(requestLevel, "{0} {1} {2} {3}ms", exchange.getRequestMethod(), path, status, millis);
        }
    }

    private static void endStreaming(HttpCall call) {
        try {
            if (call != null) {
                call.endStreaming();
            }
        } catch (IOException clientGone) {
            // nothing more can reach the client; closing the exchange below releases the connection
        }
    }

    private static void respondError(HttpCall call, ErrorStyle style, int status, String message, ApiException error)
            throws IOException {
        if (call == null || call.responded()) {
            // the answer had started (an error while streaming): the body is sent cut short, in the finally block
            return;
        }
        if (error != null) {
            error.headers().forEach(call::setHeader);
        }
        call.respondJson(status, error instanceof ShapedApiException shaped ? shaped.body()
                : style.body(status, message));
    }

    /** CARTO's servers treat {@code /x/} like {@code /x} (carto-python posts Batch jobs to {@code /sql/job/}). */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> groups(Matcher matcher) {
        List<String> values = new ArrayList<>(matcher.groupCount());
        for (int i = 1; i <= matcher.groupCount(); i++) {
            String group = matcher.group(i);
            values.add(group == null ? null : URLDecoder.decode(group.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return values;
    }
}
