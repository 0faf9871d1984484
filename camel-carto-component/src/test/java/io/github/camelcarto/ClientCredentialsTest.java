package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** M2M OAuth: tokens are fetched once, shared, renewed near expiry, and a refusal is a clear error. */
class ClientCredentialsTest extends CartoWireMockTestSupport {

    private static final String SECRET = "m2m-SECRET-never-print";
    private static final String QUERY = "/v3/sql/conn/query";

    @Override
    protected RouteBuilder createRouteBuilder() {
        String m2m = "&accessToken=&clientId=app-1&clientSecret=RAW(" + SECRET + ")&oauthTokenUrl=" + carto.baseUrl()
                     + "/oauth/token";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("carto:query?method=get" + m2m);
                from("direct:b").to("carto:query?method=auto" + m2m);
            }
        };
    }

    @Test
    void oneTokenServesEveryEndpointUntilItNearsExpiry() throws Exception {
        carto.stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"m2m-token-1\",\"expires_in\":86400,\"token_type\":\"Bearer\"}")));
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson(CartoAnswers.queryAnswer(List.of(), List.of()))));

        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(template.asyncSend(i % 2 == 0 ? "direct:a" : "direct:b", e -> e.getMessage().setBody("SELECT 1")));
        }
        for (CompletableFuture<Exchange> call : calls) {
            assertNull(call.get().getException());
        }

        carto.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=app-1"))
                .withRequestBody(containing("audience=carto-cloud-native-api")));
        carto.verify(10, getRequestedFor(urlPathEqualTo(QUERY)).withHeader("Authorization", equalTo("Bearer m2m-token-1")));
    }

    @Test
    void aTokenCloseToExpiryIsRenewed() {
        carto.stubFor(post(urlPathEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"short-lived\",\"expires_in\":30}")));
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson(CartoAnswers.queryAnswer(List.of(), List.of()))));
        template.request("direct:a", e -> e.getMessage().setBody("SELECT 1"));
        template.request("direct:a", e -> e.getMessage().setBody("SELECT 1"));
        // 30 s is inside the renewal margin: every call needs a fresh token
        carto.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void aRefusalNamesTheClientNotTheSecretAndIsNotCached() {
        carto.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}")));
        Exchange result = template.request("direct:a", e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("client app-1") && error.getMessage().contains("Unauthorized"),
                error.getMessage());
        assertFalse(error.getMessage().contains(SECRET));
        carto.verify(0, getRequestedFor(urlPathEqualTo(QUERY)));

        template.request("direct:a", e -> e.getMessage().setBody("SELECT 1"));
        carto.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void theSecretIsMaskedInThePrintedUri() {
        assertTrue(context.getEndpoints().stream().noneMatch(endpoint -> endpoint.toString().contains(SECRET)));
    }
}
