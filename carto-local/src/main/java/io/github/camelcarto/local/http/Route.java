package io.github.camelcarto.local.http;

import java.util.regex.Pattern;

/**
 * A method and path pattern (capture groups become path parameters), the API family that shapes its errors, and the
 * rate-limit group it counts against (null: not limited, not subject to fault injection).
 */
public record Route(String method, Pattern path, ErrorStyle style, String group, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        void handle(HttpCall call) throws Exception;
    }

    public static Route of(String method, String pathRegex, ErrorStyle style, String group, Handler handler) {
        return new Route(method, Pattern.compile(pathRegex), style, group, handler);
    }
}
