package io.github.camelcarto.local.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void javascriptSpelling() {
        assertEquals("5", NumberText.javascript(5.0));
        assertEquals("1.5", NumberText.javascript(1.5));
        assertEquals("-0.001", NumberText.javascript(-0.001));
        assertEquals("100000000000000000000", NumberText.javascript(1e20));
        assertEquals("1e+21", NumberText.javascript(1e21));
        assertEquals("1.5e-7", NumberText.javascript(1.5e-7));
    }

    @Test
    void postgresSpelling() {
        assertEquals("5", NumberText.postgres(5.0));
        assertEquals("0.0001", NumberText.postgres(1e-4));
        assertEquals("1e-05", NumberText.postgres(1e-5));
        assertEquals("100000000000000", NumberText.postgres(1e14));
        assertEquals("1.25e+15", NumberText.postgres(1.25e15));
        assertEquals("NaN", NumberText.postgres(Double.NaN));
    }
}
