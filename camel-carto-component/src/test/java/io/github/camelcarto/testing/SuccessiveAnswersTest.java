package io.github.camelcarto.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SuccessiveAnswersTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersInTurnThenKeepsGivingTheLastAnswer() throws Exception {
        answerJsonInTurn(server, get(urlPathEqualTo("/job")), "\"pending\"", "\"running\"", "\"done\"");

        assertEquals(List.of("\"pending\"", "\"running\"", "\"done\"", "\"done\"", "\"done\""), bodies("/job", 5));
    }

    @Test
    void eachUrlKeepsItsOwnTurn() throws Exception {
        answerInTurn(server, get(urlPathEqualTo("/a")), aResponse().withStatus(503), aResponse().withBody("a"));
        answerInTurn(server, get(urlPathEqualTo("/b")), aResponse().withBody("b1"), aResponse().withBody("b2"));

        assertEquals(List.of("b1"), bodies("/b", 1));
        assertEquals(List.of("", "a"), bodies("/a", 2));
        assertEquals(List.of("b2", "b2"), bodies("/b", 2));
    }

    @Test
    void resettingScenariosStartsTheTurnAgain() throws Exception {
        answerJsonInTurn(server, get(urlPathEqualTo("/again")), "1", "2");
        assertEquals(List.of("1", "2"), bodies("/again", 2));

        server.resetScenarios();

        assertEquals(List.of("1", "2"), bodies("/again", 2));
    }

    @Test
    void aTurnNeedsAnAnswer() {
        assertThrows(IllegalArgumentException.class, () -> answerInTurn(server, get(urlPathEqualTo("/none"))));
    }

    private List<String> bodies(String path, int times) throws IOException, InterruptedException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build();
            bodies.add(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        }
        return bodies;
    }
}
