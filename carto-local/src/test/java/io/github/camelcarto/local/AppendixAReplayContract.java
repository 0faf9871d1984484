package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * carto-local answers the 39 requests of Appendix A like CARTO's real SQL API v2 server, on each engine at least as
 * often as {@link #required()} says. The count and every mismatch are printed, so a run shows where each engine
 * still differs.
 */
abstract class AppendixAReplayContract {

    abstract TestEngine engine();

    /** How many of the 39 recorded answers this engine must give alike. */
    abstract int required();

    @Test
    void answersLikeTheRealServer() {
        List<AppendixAReplay.Outcome> outcomes;
        // the recorded server: user vizzuality, master key 1234, a public role whose timeout stops pg_sleep(3)
        try (TestServer server = engine().start(config -> config.user("vizzuality").apiKey("1234")
                .publicStatementTimeout(Duration.ofSeconds(1)))) {
            outcomes = new AppendixAReplay(server.carto()).run();
        }
        List<AppendixAReplay.Outcome> setupFailures = outcomes.stream().filter(o -> !o.counted() && !o.matches()).toList();
        List<AppendixAReplay.Outcome> recorded = outcomes.stream().filter(AppendixAReplay.Outcome::counted).toList();
        List<AppendixAReplay.Outcome> mismatches = recorded.stream().filter(o -> !o.matches()).toList();
        String report = "Appendix A replay on " + engine() + ": " + (recorded.size() - mismatches.size()) + " of "
                        + recorded.size() + " answers match the real server" + mismatches.stream()
                                .map(o -> "\n  " + o.id() + " " + o.title() + ":\n    " + String.join("\n    ", o.differences()))
                                .collect(Collectors.joining());
        System.out.println(report);

        assertTrue(setupFailures.isEmpty(), "replay setup failed: " + setupFailures);
        assertEquals(39, recorded.size(), "Appendix A has 39 recorded requests");
        assertTrue(recorded.size() - mismatches.size() >= required(), report);
    }
}
