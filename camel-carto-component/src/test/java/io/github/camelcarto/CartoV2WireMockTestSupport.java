package io.github.camelcarto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Routes against a WireMock CARTO 2 SQL API v2, reached the way a Java client reaches an on-premises install:
 * {@code http://host:port/user/vizzuality}. Answers mirror the real server's (carto-api.md, Appendix A).
 */
abstract class CartoV2WireMockTestSupport extends CamelTestSupport {

    /** Distinctive so a test can prove it never leaks into messages. */
    static final String API_KEY = "key-SECRET-1234-never-print";
    static final String USER = "vizzuality";
    static final String BASE = "/user/" + USER + "/api/v2/sql";
    static final String JOB = BASE + "/job";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));

    @RegisterExtension
    static WireMockExtension carto = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(20))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CartoComponent component = new CartoComponent();
        CartoConfiguration configuration = component.getConfiguration();
        configuration.setApiVersion(CartoApiVersion.v2);
        configuration.setApiBaseUrl(carto.baseUrl() + "/user/" + USER);
        configuration.setApiKey(API_KEY);
        configuration.setPollInterval(10);
        configuration.setMaxPollInterval(40);
        configuration.setRetryInitialDelay(5);
        configuration.setRetryMaxDelay(20);
        configuration.setRequestTimeout(5000);
        context.addComponent("carto", component);
        return context;
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
