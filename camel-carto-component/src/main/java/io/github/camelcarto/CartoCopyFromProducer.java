package io.github.camelcarto;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.v2.CopySource;
import io.github.camelcarto.client.v2.V2CopyResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * carto:copyfrom (apiVersion=v2): streams the body (InputStream, File, Path, GenericFile from a file: consumer,
 * byte[] or String) into the {@code COPY ... FROM STDIN} of header CamelCartoSql or option sql, chunked and gzipped
 * on the fly. The statement is checked before anything is read. The HTTP client reads the body as it sends; the
 * exchange waits for CARTO's answer without holding a thread.
 */
final class CartoCopyFromProducer extends CartoAsyncProducer {

    CartoCopyFromProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        Message message = exchange.getMessage();
        String sql = message.getHeader(CartoConstants.SQL, String.class);
        if (sql == null || sql.isBlank()) {
            sql = endpoint.options().sql();
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("carto:copyfrom needs the COPY statement in header " + CartoConstants.SQL
                                               + " or option sql (the body is the data), e.g. COPY t (a, b) FROM STDIN "
                                               + "WITH (FORMAT csv, HEADER true)");
        }
        CopySource source = sourceOf(message);
        boolean gzip = endpoint.getConfiguration().getCompression() != CartoCompression.none;
        return V2Messages.withRateLimitsOnFailure(message,
                endpoint.clients().copyApi().copyFrom(sql, source, gzip).thenAccept(result -> write(message, result)));
    }

    private static CopySource sourceOf(Message message) {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> file && file.getFile() instanceof File local) {
            return CopySource.of(local.toPath());
        }
        if (body instanceof File file) {
            return CopySource.of(file.toPath());
        }
        if (body instanceof Path path) {
            return CopySource.of(path);
        }
        if (body instanceof byte[] bytes) {
            return CopySource.of(bytes);
        }
        if (body instanceof String text) {
            return CopySource.of(text.getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof InputStream stream) {
            return CopySource.of(stream);
        }
        if (body == null) {
            throw new IllegalArgumentException("carto:copyfrom has no data: the body is null (send an InputStream, "
                                               + "File, Path, byte[] or String)");
        }
        InputStream converted = message.getBody(InputStream.class);
        if (converted == null) {
            throw new IllegalArgumentException("carto:copyfrom cannot read a " + body.getClass().getName()
                                               + " body as data: send an InputStream, File, Path, byte[] or String");
        }
        return CopySource.of(converted);
    }

    private static void write(Message message, V2CopyResult result) {
        message.setBody(result.fields());
        message.setHeader(CartoConstants.ROW_COUNT, result.totalRows());
        V2Messages.set(message, CartoConstants.QUERY_TIME, result.time());
        message.setHeader(CartoConstants.BYTES_SENT, result.bytesSent());
        V2Messages.rateLimits(message, result.rateLimits());
    }
}
