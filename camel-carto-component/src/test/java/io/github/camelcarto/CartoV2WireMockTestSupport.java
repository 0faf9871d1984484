package io.github.camelcarto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * Routes against a WireMock CARTO 2 SQL API v2, reached the way a Java client reaches an on-premises install:
 * {@code http://host:port/user/vizzuality}, with an API key. Answers mirror the real server's, as CARTO's published
 * API documentation and client code show them.
 */
abstract class CartoV2WireMockTestSupport extends CartoWireMockTestSupport {

    /** Distinctive so a test can prove it never leaks into messages. */
    static final String API_KEY = "key-SECRET-1234-never-print";
    static final String USER = "vizzuality";
    static final String BASE = "/user/" + USER + "/api/v2/sql";
    static final String JOB = BASE + "/job";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));

    @Override
    void connect(CartoConfiguration configuration) {
        configuration.setApiVersion(CartoApiVersion.v2);
        configuration.setApiBaseUrl(carto.baseUrl() + "/user/" + USER);
        configuration.setApiKey(API_KEY);
    }

    static byte[] gzip(String text) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String read(Object body) throws IOException {
        try (InputStream in = (InputStream) body) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
