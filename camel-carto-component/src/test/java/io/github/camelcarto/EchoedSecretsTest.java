package io.github.camelcarto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proxies, gateways and CARTO itself may echo a request back: the URL with its api_key, the Authorization header,
 * the token in a job's answer. Whatever comes back, the component's own secrets never reach a message or a body the
 * route can read.
 */
class EchoedSecretsTest extends CartoWireMockTestSupport {

    private static final String API_KEY = "key-SECRET-1234-never-print";
    private static final String CLIENT_SECRET = "m2m-SECRET-never-print";
    private static final String ISSUED = "issued-SECRET-token-never-print";
    private static final String V2 = "&apiVersion=v2&apiKey=" + API_KEY + "&apiBaseUrl=";
    private static final String V2_SQL = "/user/u/api/v2/sql";

    @Override
    protected RouteBuilder createRouteBuilder() {
        String v2 = V2 + carto.baseUrl() + "/user/u";
        String m2m = "&accessToken=&clientId=app-1&clientSecret=RAW(" + CLIENT_SECRET + ")&oauthTokenUrl="
                     + carto.baseUrl() + "/oauth/token";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:v2parameter").to("carto:query?maxRetries=0&apiKeyMode=parameter" + v2);
                from("direct:v2basic").to("carto:query?maxRetries=0" + v2);
                from("direct:query").to("carto:query?maxRetries=0&method=get");
                from("direct:job").to("carto:job");
                from("direct:m2m").to("carto:query?maxRetries=0&method=get" + m2m);
            }
        };
    }

    @Test
    void anApiKeyEchoedInAProxysErrorPageIsHidden() {
        carto.stubFor(get(urlPathEqualTo(V2_SQL)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>502 Bad Gateway for " + V2_SQL + "?q=SELECT+1&api_key=" + API_KEY
                          + "</body></html>")));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, failureOf("direct:v2parameter"));

        assertHidden(error, API_KEY);
        assertTrue(error.getMessage().contains("api_key=xxxxxx"), error.getMessage());
    }

    @Test
    void anApiKeyEchoedByAPortalAnsweringWithStatus200IsHidden() {
        carto.stubFor(get(urlPathEqualTo(V2_SQL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>Sign in to the network to reach " + V2_SQL + "?api_key=" + API_KEY + "</html>")));

        assertHidden(failureOf("direct:v2parameter"), API_KEY);
    }

    @Test
    void aBasicAuthorizationEchoedBackIsHidden() {
        String basic = Base64.getEncoder().encodeToString(("u:" + API_KEY).getBytes(StandardCharsets.UTF_8));
        carto.stubFor(get(urlPathEqualTo(V2_SQL)).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":[\"bad request\"],\"request\":{\"Authorization\":\"Basic " + basic + "\"}}")));

        Exception error = failureOf("direct:v2basic");

        assertHidden(error, basic);
        assertHidden(error, API_KEY);
    }

    @Test
    void theAccessTokenEchoedInCartosMessageIsHidden() {
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/query")).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":\"Token " + TOKEN + " has no grant on connection conn\"}")));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, failureOf("direct:query"));

        assertHidden(error, TOKEN);
    }

    @Test
    void theAccessTokenEchoedInASuccessfulAnswerThatCannotBeUsedIsHidden() {
        // the Workflows and SQL job answers may echo the caller's token; this one lacks the job id
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/job")).willReturn(okJson("{\"token\":\"" + TOKEN + "\"}")));

        assertHidden(failureOf("direct:job"), TOKEN);
    }

    @Test
    void anIssuedTokenEchoedBackIsHidden() {
        carto.stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"" + ISSUED + "\",\"expires_in\":86400}")));
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/query")).willReturn(aResponse().withStatus(500)
                .withBody("upstream failed; request had Authorization: Bearer " + ISSUED)));

        assertHidden(failureOf("direct:m2m"), ISSUED);
    }

    @Test
    void theClientSecretEchoedByTheTokenEndpointIsHidden() {
        carto.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(400)
                .withBody("Bad form: grant_type=client_credentials&client_id=app-1&client_secret=" + CLIENT_SECRET)));

        assertHidden(failureOf("direct:m2m"), CLIENT_SECRET);
    }

    private Exception failureOf(String route) {
        Exchange result = template.request(route, e -> e.getMessage().setBody("SELECT 1"));
        return assertInstanceOf(CartoException.class, result.getException());
    }

    /** Fails without printing the text, which would hold the secret. */
    private static void assertHidden(Exception error, String secret) {
        assertFalse(error.getMessage().contains(secret), "the secret is in the message");
        assertFalse(error.toString().contains(secret), "the secret is in toString()");
        if (error instanceof CartoHttpException http) {
            assertFalse(String.valueOf(http.getResponseBody()).contains(secret), "the secret is in the response body");
            assertFalse(String.valueOf(http.getCartoMessage()).contains(secret), "the secret is in CARTO's message");
        }
    }
}
