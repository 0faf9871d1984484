package io.github.camelcarto.client.v2;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.camelcarto.client.QueryMethod;

/**
 * How a SQL API v2 query is asked for.
 *
 * @param format     the output format: {@code json} (parsed rows) or one of the streamed formats
 * @param filename   the file name CARTO puts in Content-Disposition, or null
 * @param skipfields columns to leave out, comma-separated, or null
 * @param dp         decimal places of coordinates in geometry formats, or null for CARTO's 6
 * @param method     get, post, or auto (GET while the URL stays under 7,000 characters)
 * @param gzip       whether to ask CARTO to gzip a streamed answer (decoded transparently)
 */
public record V2QueryOptions(String format, String filename, String skipfields, Integer dp, QueryMethod method,
                             boolean gzip) {

    /** The formats CARTO's SQL API v2 produces; every one but json is streamed. */
    public static final String FORMATS = "json,geojson,topojson,csv,svg,kml,shp,gpkg,spatialite";

    public V2QueryOptions {
        format = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(FORMATS.split(",")).contains(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not a SQL API v2 format: use one of "
                                               + Arrays.stream(FORMATS.split(",")).collect(Collectors.joining(", ")));
        }
        if (dp != null && dp < 0) {
            throw new IllegalArgumentException("dp (decimal places) must be 0 or more, was " + dp);
        }
        method = method == null ? QueryMethod.auto : method;
    }

    public static V2QueryOptions json() {
        return new V2QueryOptions("json", null, null, null, QueryMethod.auto, true);
    }

    public boolean isJson() {
        return "json".equals(format);
    }
}
