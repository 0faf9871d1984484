package io.github.camelcarto.testing;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * A request that WireMock answers differently each time it is made, as CARTO answers a job's status while it runs:
 * <pre>
 * answerInTurn(carto, get(urlPathEqualTo(path)), okJson(pending), okJson(running), okJson(done));
 * </pre>
 * answers {@code pending}, then {@code running}, then {@code done}, and keeps answering {@code done}. Each call has a
 * WireMock scenario of its own; {@code resetScenarios()} starts every chain again from its first answer.
 */
public final class SuccessiveAnswers {

    private static final AtomicInteger CHAINS = new AtomicInteger();

    private SuccessiveAnswers() {
    }

    /** Stubs {@code request} to give {@code answers} one after the other, then to keep giving the last one. */
    public static void answerInTurn(Stubbing server, MappingBuilder request, ResponseDefinitionBuilder... answers) {
        if (answers.length == 0) {
            throw new IllegalArgumentException("give at least one answer");
        }
        String scenario = "successive answers " + CHAINS.incrementAndGet();
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "answer " + (i + 2);
            // a MappingBuilder keeps its id between stubFor calls: a fresh id makes each answer a stub of its own
            server.stubFor(request.withId(UUID.randomUUID()).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    /** {@link #answerInTurn} with 200 answers carrying these JSON bodies. */
    public static void answerJsonInTurn(Stubbing server, MappingBuilder request, String... jsonBodies) {
        answerInTurn(server, request,
                Arrays.stream(jsonBodies).map(WireMock::okJson).toArray(ResponseDefinitionBuilder[]::new));
    }
}
