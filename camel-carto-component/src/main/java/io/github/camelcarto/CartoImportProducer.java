package io.github.camelcarto;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.ImportApi;
import io.github.camelcarto.client.ImportApiV1;
import io.github.camelcarto.client.ImportFormats;
import io.github.camelcarto.client.JobControl;
import io.github.camelcarto.client.JobOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:import: imports a file by URL into a table with CARTO 3's Imports API and, by default, waits for the import
 * to end without holding a thread. The body is the source URL ({@code String}, {@code URI}, {@code URL}) or a
 * {@code Map} of the request fields; a local file fails at once, before any call, naming the ways to import it.
 * The legacy Import API (multipart upload) is {@link #startLegacy(Exchange, ImportApiV1)}, used with apiVersion=v2.
 */
final class CartoImportProducer extends JobWaitingProducer {

    private static final String GENERIC_FILE = "org.apache.camel.component.file.GenericFile";

    CartoImportProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        if (endpoint.isV2()) {
            return startLegacy(exchange, endpoint.clients().importApiV1());
        }
        Message message = exchange.getMessage();
        Map<String, Object> request = request(message.getBody());
        String destination = (String) request.get("destination");
        ImportApi api = endpoint.clients().importApi();
        String key = ExchangeInputs.idempotencyKey(exchange, endpoint);
        if (key == null) {
            return api.create(request).thenCompose(job -> written(message, job, destination, false));
        }
        // CARTO's Imports API keeps no metadata: the key lives in the state repository only
        Object connection = request.get("connection");
        SubmissionRequest submission = SubmissionRequest.ofImport(key, connection, destination);
        return endpoint.submissions().submit(submission, () -> api.create(request),
                job -> SubmissionRecord.of(job, submission, String.valueOf(connection), destination),
                IdempotentSubmissions.NOT_FINDABLE_IN_CARTO).thenCompose(taken -> takeUp(message, taken,
                        api.jobControl(), job -> written(message, job, taken.record().destination(), true)));
    }

    private CompletableFuture<CartoJob> written(Message message, CartoJob job, String destination, boolean resumable) {
        write(message, job, destination);
        return await(message, job, getEndpoint().clients().importApi().jobControl(), destination, resumable);
    }

    /**
     * The legacy Import API: a local file ({@code File}, {@code Path}, a file component's {@code GenericFile}) is
     * uploaded multipart, a URL is imported by URL. The options are typeGuessing, quotedFieldsGuessing,
     * contentGuessing, createVisualization and collisionStrategy; header CamelCartoTable gives the table CARTO
     * created. Used when the endpoint runs on apiVersion=v2.
     */
    CompletableFuture<?> startLegacy(Exchange exchange, ImportApiV1 api) {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        Message message = exchange.getMessage();
        ImportApiV1.Options options = new ImportApiV1.Options(configuration.getTypeGuessing(),
                configuration.getQuotedFieldsGuessing(), configuration.getContentGuessing(),
                configuration.getCreateVisualization(), configuration.getCollisionStrategy());
        Object body = message.getBody();
        CompletableFuture<CartoJob> created;
        if (isLocalFile(body)) {
            Path file = localPath(message, body);
            checkFormat(file.getFileName().toString());
            created = api.upload(file, options);
        } else {
            String url = url(body instanceof Map<?, ?> map ? map.get("url") : body);
            checkFormat(url);
            created = api.importUrl(url, options);
        }
        return created.thenCompose(job -> {
            write(message, job, ImportApiV1.tableName(job));
            return await(message, job, api.jobControl(), null, false);
        });
    }

    private CompletableFuture<CartoJob> await(Message message, CartoJob job, JobControl control, String destination,
                                              boolean resumable) {
        if (Boolean.FALSE.equals(getEndpoint().getConfiguration().getWaitForCompletion())) {
            return CompletableFuture.completedFuture(job);
        }
        return awaitEnd(message, job, control, outcome -> writeOutcome(message, outcome, destination), resumable);
    }

    private static void writeOutcome(Message message, JobOutcome outcome, String destination) {
        String legacyTable = ImportApiV1.tableName(outcome.job());
        write(message, outcome.job(), legacyTable != null ? legacyTable : destination);
        JobMessages.writeProgress(message, outcome);
    }

    private static void write(Message message, CartoJob job, String table) {
        message.setBody(job.fields());
        message.setHeader(CartoConstants.IMPORT_ID, job.id());
        message.setHeader(CartoConstants.JOB_STATUS, job.status());
        if (table != null) {
            message.setHeader(CartoConstants.TABLE, table);
        }
    }

    /** The create body: the Map body's fields, completed from the options; checked before anything is sent. */
    private Map<String, Object> request(Object body) {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        Map<String, Object> given = new LinkedHashMap<>();
        if (body instanceof Map<?, ?> map) {
            map.forEach((key, value) -> given.put(String.valueOf(key), value));
        } else if (isLocalFile(body)) {
            throw new IllegalArgumentException(localFileAdvice(body));
        } else {
            given.put("url", body);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("connection", given.containsKey("connection") ? given.get("connection") : configuration.getConnection());
        request.put("url", url(given.get("url")));
        request.put("destination", given.containsKey("destination") ? given.get("destination") : configuration.getDestination());
        request.put("overwrite", given.containsKey("overwrite") ? given.get("overwrite") : configuration.isOverwrite());
        request.put("autoguessing", given.containsKey("autoguessing") ? given.get("autoguessing") : configuration.isAutoguessing());
        given.forEach(request::putIfAbsent);
        require(request.get("connection"), "connection", "the CARTO connection that owns the destination table");
        require(request.get("destination"), "destination", "the fully qualified table, e.g. project.dataset.table");
        checkFormat((String) request.get("url"));
        return request;
    }

    private String url(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("carto:import needs the URL of the file to import: send it as the body "
                                               + "(String or URI) or as field url of a Map body");
        }
        if (isLocalFile(value)) {
            throw new IllegalArgumentException(localFileAdvice(value));
        }
        if (!(value instanceof String || value instanceof URI || value instanceof URL)) {
            throw new IllegalArgumentException("carto:import takes the file's URL (String or URI) or a Map of the "
                                               + "request fields, but the body is a " + value.getClass().getName()
                                               + ": CARTO 3 imports by URL only. " + waysOut());
        }
        String url = value.toString().strip();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("carto:import: '" + url + "' is not a valid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("carto:import: '" + url + "' is not an http(s) URL CARTO can download: "
                                               + "CARTO 3 imports from a public (or signed) URL only. " + waysOut());
        }
        return url;
    }

    /** Refuses, before any call, a file whose extension is not a format CARTO imports, unless checkFormat=false. */
    private void checkFormat(String nameOrUrl) {
        if (getEndpoint().getConfiguration().isCheckFormat() && ImportFormats.formatOf(nameOrUrl).isEmpty()) {
            throw new IllegalArgumentException("'" + ImportFormats.fileName(nameOrUrl) + "' does not have the "
                                               + "extension of a format CARTO imports. Supported: "
                                               + ImportFormats.SUPPORTED + ". If the URL serves a supported file "
                                               + "under another name, set checkFormat=false.");
        }
    }

    private static void require(Object value, String option, String hint) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("carto:import needs " + option + " (" + hint + "): set option " + option
                                               + " or field " + option + " of a Map body");
        }
    }

    static boolean isLocalFile(Object body) {
        if (body instanceof File || body instanceof Path) {
            return true;
        }
        for (Class<?> type = body == null ? null : body.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(GENERIC_FILE)) {
                return true;
            }
        }
        return false;
    }

    private static Path localPath(Message message, Object body) {
        if (body instanceof Path path) {
            return path;
        }
        if (body instanceof File file) {
            return file.toPath();
        }
        // a file component's GenericFile, read without depending on camel-file
        for (String accessor : new String[] { "getFile", "getAbsoluteFilePath" }) {
            try {
                Object value = body.getClass().getMethod(accessor).invoke(body);
                if (value instanceof File local) {
                    return local.toPath();
                }
                if (value instanceof Path local) {
                    return local;
                }
                if (value instanceof String local && !local.isBlank()) {
                    return Path.of(local);
                }
            } catch (ReflectiveOperationException | RuntimeException notThere) {
                // try the next way
            }
        }
        File file = message.getBody(File.class);
        if (file == null) {
            throw new IllegalArgumentException("carto:import cannot find the local file behind the body "
                                               + body.getClass().getName() + " to upload");
        }
        return file.toPath();
    }

    private static String localFileAdvice(Object body) {
        return "carto:import on CARTO 3 imports by URL only (POST /v3/imports takes a URL CARTO downloads), but the body "
               + "is a local file (" + body + "). " + waysOut();
    }

    private static String waysOut() {
        return "Ways out: (1) upload the file with the legacy Import API: apiVersion=v2 with an apiKey; (2) load CSV rows "
               + "into an existing table with COPY through carto:copyfrom; (3) put the file in storage that yields a "
               + "public or signed URL (e.g. a presigned S3 or GCS URL) and send that URL to carto:import.";
    }
}
