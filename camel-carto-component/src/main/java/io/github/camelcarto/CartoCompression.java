package io.github.camelcarto;

/** Whether streamed SQL API v2 transfers are gzip-compressed. */
public enum CartoCompression {
    /** copyfrom uploads are gzipped on the fly; copyto and exports ask for gzip and decode it transparently. */
    gzip,
    /** Plain bytes both ways. */
    none
}
