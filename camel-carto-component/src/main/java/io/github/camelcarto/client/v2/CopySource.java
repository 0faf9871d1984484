package io.github.camelcarto.client.v2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The data of a COPY ... FROM STDIN. A file or bytes can be opened again, so a call that CARTO refused (429 with
 * Retry-After) is re-sent; a stream can be read only once, so its upload is never retried.
 */
public final class CopySource {

    private final Supplier<InputStream> opener;
    private final boolean replayable;
    private final String description;

    private CopySource(Supplier<InputStream> opener, boolean replayable, String description) {
        this.opener = opener;
        this.replayable = replayable;
        this.description = description;
    }

    /** A stream read once, in chunks, as the upload goes; closed when the upload ends. */
    public static CopySource of(InputStream stream) {
        Objects.requireNonNull(stream, "stream");
        AtomicBoolean opened = new AtomicBoolean();
        return new CopySource(() -> {
            if (!opened.compareAndSet(false, true)) {
                throw new UncheckedIOException(new IOException("the COPY data is a stream that was already sent once "
                                                               + "and cannot be sent again"));
            }
            return stream;
        }, false, "a stream");
    }

    /** A file, opened (again) for each attempt. */
    public static CopySource of(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new IllegalArgumentException("The COPY data file " + file + " does not exist or cannot be read");
        }
        return new CopySource(() -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the COPY data file " + file, e);
            }
        }, true, "file " + file);
    }

    public static CopySource of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new CopySource(() -> new ByteArrayInputStream(bytes), true, bytes.length + " bytes");
    }

    public InputStream open() {
        return opener.get();
    }

    public boolean replayable() {
        return replayable;
    }

    @Override
    public String toString() {
        return description;
    }
}
