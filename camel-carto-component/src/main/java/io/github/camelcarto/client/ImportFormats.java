package io.github.camelcarto.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file formats CARTO imports, recognised by extension, so that a file CARTO cannot read is refused before it is
 * sent (an import that fails minutes later in CARTO is the costlier mistake).
 */
public final class ImportFormats {

    /** Extension → format, in the order the formats are listed to users. */
    private static final Map<String, String> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("csv", "CSV");
        FORMATS.put("geojson", "GeoJSON");
        FORMATS.put("json", "GeoJSON");
        FORMATS.put("gpkg", "GeoPackage");
        FORMATS.put("kml", "KML");
        FORMATS.put("kmz", "KMZ");
        FORMATS.put("tab", "TAB (MapInfo)");
        FORMATS.put("zip", "zipped Shapefile");
        FORMATS.put("parquet", "GeoParquet");
        FORMATS.put("geoparquet", "GeoParquet");
    }

    public static final String SUPPORTED = "CSV (.csv), GeoJSON (.geojson, .json), GeoPackage (.gpkg), KML (.kml), "
                                           + "KMZ (.kmz), TAB (.tab), zipped Shapefile (.zip), GeoParquet (.parquet, "
                                           + ".geoparquet)";

    private ImportFormats() {
    }

    /** The format of a file name or URL by its extension (a URL's query string and fragment are ignored). */
    public static Optional<String> formatOf(String nameOrUrl) {
        String name = fileName(nameOrUrl);
        int dot = name.lastIndexOf('.');
        return Optional.ofNullable(dot < 0 ? null : FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The last segment of a path or URL: {@code stores.csv} of {@code https://host/data/stores.csv?sig=x}. */
    public static String fileName(String nameOrUrl) {
        String path = nameOrUrl;
        try {
            URI uri = URI.create(nameOrUrl);
            if (uri.getScheme() != null && uri.getRawPath() != null) {
                path = uri.getPath();
            }
        } catch (IllegalArgumentException notAUri) {
            // a plain file name
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
