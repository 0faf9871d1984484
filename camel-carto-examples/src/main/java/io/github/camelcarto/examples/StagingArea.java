package io.github.camelcarto.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.camel.Body;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a dropped file a URL CARTO can download, because CARTO 3 imports by URL only. The file is copied into the
 * staging directory, published under a base URL: by default the loopback {@link StagingServer} in this app (enough
 * for carto-local); for real CARTO, {@code staging.baseUrl} names where that directory is published over https.
 * The staged copy is removed when the exchange that staged it completes.
 */
public final class StagingArea {

    private static final Logger LOG = LoggerFactory.getLogger(StagingArea.class);

    private final Path directory;
    private final String baseUrl;

    StagingArea(Path directory, String baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    static StagingArea create(CamelContext context, Settings settings, Path directory) {
        String baseUrl = settings.text("staging.baseUrl");
        if (baseUrl.isEmpty()) {
            StagingServer server = StagingServer.start(directory, settings.integer("staging.port"));
            CloseOnStop.register(context, server);
            baseUrl = server.baseUrl();
            LOG.info("STAGING_BASE_URL is not set: dropped files are served to CARTO from {} (loopback only)", baseUrl);
        }
        return new StagingArea(directory, baseUrl);
    }

    /** Copies the file in as {@code name} and answers its URL; the copy lives as long as the exchange. */
    public String stage(@Body File file, @ExchangeProperty("dropId") String name, Exchange exchange) {
        Path staged = directory.resolve(checkedName(name));
        try {
            Files.copy(file.toPath(), staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage " + file + " as " + staged, e);
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    LOG.warn("Cannot remove staged file {}: {}", staged, e.getMessage());
                }
            }
        });
        return urlOf(name);
    }

    /** The URL of a staged name, its path segment percent-encoded. */
    String urlOf(String name) {
        try {
            return baseUrl + new URI(null, null, checkedName(name), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot make a URL path of file name '" + name + "'", e);
        }
    }

    /** A plain file name: no directories, so nothing outside the staging directory is written or served. */
    static String checkedName(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("Not a plain file name to stage: '" + name + "'");
        }
        return name;
    }
}
