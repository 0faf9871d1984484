package io.github.camelcarto.local.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where an import reads from: a {@code file:} URL, or an {@code http(s)} URL on this machine only. The server is for
 * offline work and must not fetch from the network on a caller's behalf.
 */
public final class ImportSource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI uri;

    private ImportSource(URI uri) {
        this.uri = uri;
    }

    /** Checks the URL now, so a bad one is the create request's 400 rather than a failed job. */
    public static ImportSource of(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file" -> {
                return new ImportSource(uri);
            }
            case "http", "https" -> {
                if (!isLoopback(uri.getHost())) {
                    throw new IllegalArgumentException("carto-local imports from file: URLs and from http(s) URLs on "
                                                       + "loopback only, not from " + uri.getHost());
                }
                return new ImportSource(uri);
            }
            default -> throw new IllegalArgumentException("Unsupported URL scheme '" + scheme
                                                          + "': use file: or http(s) on loopback");
        }
    }

    /** The file name part, lower case, to tell the format. */
    String fileName() {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    InputStream open() throws IOException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return Files.newInputStream(Path.of(uri));
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        }
    }

    /** Only "localhost" and loopback IP literals: resolving any other name would already touch the network. */
    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
