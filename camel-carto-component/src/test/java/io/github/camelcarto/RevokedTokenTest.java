package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.camelcarto.client.exception.CartoHttpException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CARTO answers 401 to an M2M token it revoked or rotated before its announced expiry: the token is dropped, one new
 * token serves every call that was refused, and each of them is sent once more; a second 401 is final.
 */
class RevokedTokenTest extends CartoWireMockTestSupport {

    private static final String QUERY = "/v3/sql/conn/query";
    private static final String JOB = "/v3/sql/conn/job";
    private static final String TOKEN_PATH = "/oauth/token";
    private static final String UNAUTHORIZED = "{\"error\":\"Unauthorized\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        String m2m = "accessToken=&clientId=app-1&clientSecret=m2m-secret-value&oauthTokenUrl=" + carto.baseUrl() + TOKEN_PATH;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:query").to("carto:query?method=get&" + m2m);
                from("direct:submit").to("carto:job?" + m2m);
                from("direct:static").to("carto:query?method=get");
            }
        };
    }

    @Test
    void oneNewTokenServesEveryRefusedCallAndEachIsSentOnceMore() throws Exception {
        // the first token comes late, so that every call is in flight with it when CARTO refuses it
        answerInTurn(carto, post(urlPathEqualTo(TOKEN_PATH)), token("revoked").withFixedDelay(300), token("fresh"));
        refuse(get(urlPathEqualTo(QUERY)), "revoked");
        carto.stubFor(get(urlPathEqualTo(QUERY)).withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(okJson("{\"rows\":[{\"n\":1}]}")));

        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(template.asyncSend("direct:query", e -> e.getMessage().setBody("SELECT 1")));
        }
        for (CompletableFuture<Exchange> call : calls) {
            assertNull(call.get().getException());
        }

        carto.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        carto.verify(8, getRequestedFor(urlPathEqualTo(QUERY)).withHeader("Authorization", equalTo("Bearer fresh")));
    }

    @Test
    void aJobSubmitRefusedWithARevokedTokenIsSentOnceMoreBecauseCartoDidNotRunIt() {
        answerInTurn(carto, post(urlPathEqualTo(TOKEN_PATH)), token("revoked"), token("fresh"));
        refuse(post(urlPathEqualTo(JOB)), "revoked");
        carto.stubFor(post(urlPathEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(okJson("{\"externalId\":\"job-1\"}")));

        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(result.getException());
        assertEquals("job-1", result.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(2, postRequestedFor(urlPathEqualTo(JOB)));
    }

    @Test
    void aSecond401WithANewTokenIsFinal() {
        answerInTurn(carto, post(urlPathEqualTo(TOKEN_PATH)), token("first"), token("second"), token("third"));
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(401, error.getStatusCode());
        assertTrue(error.getMessage().contains("issued just now"), error.getMessage());
        carto.verify(2, getRequestedFor(urlPathEqualTo(QUERY)));
        carto.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void aStaticTokenIsNotSentAgainAfterA401() {
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));

        Exchange result = template.request("direct:static", e -> e.getMessage().setBody("SELECT 1"));

        assertEquals(401, assertInstanceOf(CartoHttpException.class, result.getException()).getStatusCode());
        carto.verify(1, getRequestedFor(urlPathEqualTo(QUERY)));
    }

    private static ResponseDefinitionBuilder token(String value) {
        return okJson("{\"access_token\":\"" + value + "\",\"expires_in\":86400}");
    }

    private static void refuse(MappingBuilder call, String token) {
        carto.stubFor(call.withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
    }
}
