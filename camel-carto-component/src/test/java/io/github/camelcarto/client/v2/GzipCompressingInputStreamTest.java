package io.github.camelcarto.client.v2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GzipCompressingInputStreamTest {

    @Test
    void roundTripsDataLargerThanItsChunksReadInOddSizes() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(42).nextBytes(data);
        for (int i = 0; i < data.length; i += 3) {
            data[i] = 'a'; // some redundancy
        }
        byte[] compressed;
        try (InputStream gz = new GzipCompressingInputStream(new ByteArrayInputStream(data))) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[777];
            int n;
            while ((n = gz.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
            assertEquals(-1, gz.read());
            compressed = out.toByteArray();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void anEmptySourceIsAValidEmptyGzip() throws IOException {
        byte[] compressed = new GzipCompressingInputStream(new ByteArrayInputStream(new byte[0])).readAllBytes();
        assertTrue(compressed.length > 0);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertEquals(0, in.readAllBytes().length);
        }
    }

    @Test
    void closingClosesTheSource() throws IOException {
        boolean[] closed = new boolean[1];
        InputStream source = new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new GzipCompressingInputStream(source).close();
        assertTrue(closed[0]);
    }
}
