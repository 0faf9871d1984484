package io.github.camelcarto.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitOptionsTest {

    @Test
    void pollsBackOffUpToTheCeiling() {
        WaitOptions options = new WaitOptions(Duration.ofMillis(2000), Duration.ofMillis(5000), 1.5,
                Duration.ofHours(1), true);
        Duration d = options.pollInterval();
        d = options.nextPollInterval(d);
        assertEquals(3000, d.toMillis());
        d = options.nextPollInterval(d);
        assertEquals(4500, d.toMillis());
        d = options.nextPollInterval(d);
        assertEquals(5000, d.toMillis());
        assertEquals(5000, options.nextPollInterval(d).toMillis());
    }

    @Test
    void aMultiplierOfOneKeepsTheIntervalFixed() {
        WaitOptions options = new WaitOptions(Duration.ofMillis(100), Duration.ofMillis(5000), 1.0,
                Duration.ofHours(1), true);
        assertEquals(100, options.nextPollInterval(Duration.ofMillis(100)).toMillis());
    }

    @Test
    void nonsenseIsRefusedWithTheOptionName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WaitOptions(Duration.ofMillis(100), Duration.ofMillis(50), 1.5, Duration.ofHours(1), true));
        assertTrue(e.getMessage().contains("maxPollInterval"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new WaitOptions(Duration.ofMillis(100), Duration.ofMillis(500), 0.5, Duration.ofHours(1), true));
        assertTrue(e.getMessage().contains("pollBackoffMultiplier"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new WaitOptions(Duration.ZERO, Duration.ofMillis(500), 1.5, Duration.ofHours(1), true));
        assertTrue(e.getMessage().contains("pollInterval"), e.getMessage());
    }
}
