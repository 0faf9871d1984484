package io.github.camelcarto.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The format of a file name or URL (the query string and fragment of a URL are ignored).
     *
     * @throws IllegalArgumentException naming the supported formats when the extension is missing or unknown
     */
    public static String require(String nameOrUrl) {
        String name = fileName(nameOrUrl);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String format = FORMATS.get(extension);
        if (format == null) {
            String what = extension.isEmpty() ? "has no file extension" : "has extension ." + extension;
            throw new IllegalArgumentException("'" + name + "' " + what + ", which is not a format CARTO imports. "
                                               + "Supported: " + SUPPORTED + ". If the URL serves a supported file "
                                               + "under another name, set checkFormat=false.");
        }
        return format;
    }

    private static String fileName(String nameOrUrl) {
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
