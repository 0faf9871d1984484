package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * carto-local answers the 39 requests of Appendix A like CARTO's real SQL API v2 server, on each engine at least as
 * often as {@link #required()} says. Each recorded request is a test of its own: a match passes, a mismatch is
 * reported as skipped with its differences (so the build log's "Skipped" count is the number of mismatches), and a
 * last test, named with the count, fails when fewer than the required number match.
 */
abstract class AppendixAReplayContract {

    abstract TestEngine engine();

    /** How many of the 39 recorded answers this engine must give alike. */
    abstract int required();

    @TestFactory
    List<DynamicTest> answersLikeTheRealServer() {
        Optional<String> unavailable = engine().unavailable();
        if (unavailable.isPresent()) {
            return List.of(DynamicTest.dynamicTest("Appendix A replay on " + engine(), () -> Assumptions.abort(unavailable.get())));
        }
        List<AppendixAReplay.Outcome> outcomes;
        // the recorded server: user vizzuality, master key 1234, a public role whose timeout stops pg_sleep(3)
        try (TestServer server = engine().start(config -> config.user("vizzuality").apiKey("1234")
                .publicStatementTimeout(Duration.ofSeconds(1)))) {
            outcomes = new AppendixAReplay(server.carto()).run();
        }
        List<AppendixAReplay.Outcome> setupFailures = outcomes.stream().filter(o -> !o.counted() && !o.matches()).toList();
        List<AppendixAReplay.Outcome> recorded = outcomes.stream().filter(AppendixAReplay.Outcome::counted).toList();
        List<AppendixAReplay.Outcome> mismatches = recorded.stream().filter(o -> !o.matches()).toList();
        int matching = recorded.size() - mismatches.size();
        String report = "Appendix A replay on " + engine() + ": " + matching + " of " + recorded.size()
                        + " answers match the real server" + mismatches.stream()
                                .map(o -> "\n  " + o.id() + " " + o.title() + ":\n    " + String.join("\n    ", o.differences()))
                                .collect(Collectors.joining());
        System.out.println(report);

        List<DynamicTest> tests = new ArrayList<>();
        for (AppendixAReplay.Outcome outcome : recorded) {
            tests.add(DynamicTest.dynamicTest(outcome.id() + " " + outcome.title(), () -> Assumptions.assumeTrue(
                    outcome.matches(), () -> "differs from the real server: " + String.join("; ", outcome.differences()))));
        }
        tests.add(DynamicTest.dynamicTest(matching + " of " + recorded.size() + " match on " + engine() + " (at least "
                                          + required() + " required)", () -> {
            assertTrue(setupFailures.isEmpty(), "replay setup failed: " + setupFailures);
            assertEquals(39, recorded.size(), "Appendix A has 39 recorded requests");
            assertTrue(matching >= required(), report);
        }));
        return tests;
    }
}
