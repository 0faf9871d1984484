package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;

/**
 * The parameters of {@code /api/v2/sql}, read as the real server reads them (query string merged with the body):
 * {@code q}, {@code format}, {@code filename}, {@code skipfields}, {@code rows_per_page} and {@code page} (offset =
 * page &times; rows_per_page), {@code dp} (GeoJSON decimals, default 6).
 */
record V2Query(String sql, String format, String filename, Set<String> skipfields, RowWindow window, int decimals) {

    static final Set<String> FORMATS = Set.of("json", "geojson", "csv");

    static V2Query read(HttpCall call) throws IOException {
        String sql = call.parameter("q");
        if (sql == null) {
            throw ApiException.badRequest("You must indicate a sql query");
        }
        String format = call.parameter("format") == null || call.parameter("format").isEmpty() ? "json"
                : call.parameter("format").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw ApiException.badRequest("Invalid format: " + format + " (carto-local writes json, geojson and csv)");
        }
        String filename = call.parameter("filename") == null || call.parameter("filename").isEmpty() ? "cartodb-query"
                : call.parameter("filename").replaceAll("[^\\w.\\- ]", "_");
        Set<String> skipfields = call.parameter("skipfields") == null ? Set.of()
                : Arrays.stream(call.parameter("skipfields").split(",")).collect(Collectors.toUnmodifiableSet());
        Long limit = integer(call.parameter("rows_per_page"));
        Long page = integer(call.parameter("page"));
        long offset = page == null || limit == null ? 0 : page * limit;
        Long decimals = integer(call.parameter("dp"));
        return new V2Query(sql, format, filename, skipfields, new RowWindow(offset, limit),
                decimals == null ? 6 : (int) Math.max(0, Math.min(15, decimals)));
    }

    /** JavaScript's parseInt: leading digits count, anything else is no number. */
    private static Long integer(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("^\\s*(-?\\d+)").matcher(text);
        return digits.find() ? Long.parseLong(digits.group(1)) : null;
    }
}
