package io.github.camelcarto;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLHandshakeException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A self-hosted CARTO on HTTPS whose certificate is trusted only by Camel's global SSL context parameters (the test
 * keystores in src/test/resources/tls: a self-signed localhost certificate, and a trust store holding just it), and
 * an HttpClient bean of some other library in the registry, which the component must leave alone.
 */
class CartoTlsTest extends CamelTestSupport {

    private static final String PASSWORD = "changeit";
    private static final String ROWS = "{\"rows\":[{\"one\":1}],\"schema\":[{\"name\":\"one\",\"type\":\"number\"}]}";

    @RegisterExtension
    static WireMockExtension carto = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort()
                    .keystorePath(resource("tls/server.p12")).keystoreType("PKCS12")
                    .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setSSLContextParameters(trustingOnly("tls/trust.p12"));
        // trusts only the JDK's default CAs: had the component taken it, no HTTPS call here could succeed
        context.getRegistry().bind("someLibrarysHttpClient", HttpClient.newHttpClient());
        context.addComponent("carto", component(true));
        context.addComponent("cartoWithoutGlobalTls", component(false));
        return context;
    }

    @Test
    void theGlobalSslContextParametersTrustTheSelfHostedCarto() {
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson(ROWS)));

        Exchange done = template.request("carto:query", e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNull(done.getException());
        assertEquals(List.of(Map.of("one", 1)), done.getMessage().getBody(List.class));
        carto.verify(1, postRequestedFor(urlPathEqualTo("/v3/sql/conn/query")));
    }

    @Test
    void withoutUseGlobalSslContextParametersTheCertificateIsRefused() {
        Exchange done = template.request("cartoWithoutGlobalTls:query?maxRetries=0",
                e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNotNull(done.getException());
        assertTrue(causes(done.getException()).stream().anyMatch(SSLHandshakeException.class::isInstance),
                () -> causes(done.getException()).toString());
        carto.verify(0, postRequestedFor(urlPathEqualTo("/v3/sql/conn/query")));
    }

    @Test
    void anHttpClientBeanIsUsedOnlyWhenNamed() {
        CartoEndpoint unnamed = context.getEndpoint("carto:query", CartoEndpoint.class);
        CartoEndpoint named = context.getEndpoint("carto:query?httpClient=#someLibrarysHttpClient", CartoEndpoint.class);

        assertNull(context.getComponent("carto", CartoComponent.class).getConfiguration().getHttpClient());
        assertNull(unnamed.getConfiguration().getHttpClient());
        assertSame(context.getRegistry().lookupByName("someLibrarysHttpClient"), named.getConfiguration().getHttpClient());
    }

    @Test
    void anEndpointsOwnSslContextParametersWinOverTheGlobalOnes() {
        SSLContextParameters own = trustingOnly("tls/trust.p12");
        context.getRegistry().bind("ownTls", own);

        CartoEndpoint endpoint = context.getEndpoint("carto:query?sslContextParameters=#ownTls", CartoEndpoint.class);
        CartoEndpoint global = context.getEndpoint("carto:query", CartoEndpoint.class);

        assertSame(own, endpoint.getConfiguration().getSslContextParameters());
        assertSame(context.getSSLContextParameters(), global.getConfiguration().getSslContextParameters());
    }

    private static CartoComponent component(boolean useGlobalSslContextParameters) {
        CartoComponent component = new CartoComponent();
        component.setUseGlobalSslContextParameters(useGlobalSslContextParameters);
        CartoConfiguration configuration = component.getConfiguration();
        configuration.setApiBaseUrl(carto.getRuntimeInfo().getHttpsBaseUrl());
        configuration.setAccessToken("tls-test-token");
        configuration.setConnection("conn");
        return component;
    }

    private static SSLContextParameters trustingOnly(String trustStore) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:" + trustStore);
        store.setType("PKCS12");
        store.setPassword(PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private static String resource(String name) {
        try {
            return Path.of(CartoTlsTest.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
