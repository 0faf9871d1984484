package io.github.camelcarto.local.v2;

import java.math.BigDecimal;

/**
 * Floating-point numbers as the real server prints them: in JSON as JavaScript does ({@code 5}, {@code 1.5},
 * {@code 1e+21}), in CSV as PostgreSQL does ({@code 5}, {@code 1e+15}, {@code 1e-05}). Both use the shortest digits
 * that read back as the same double; only where they switch to exponents differs.
 */
final class NumberText {

    private NumberText() {
    }

    /** JavaScript's {@code Number.prototype.toString}: plain from 1e-6 up to 1e21, exponent form outside. */
    static String javascript(double value) {
        return format(value, -6, 21, 1);
    }

    /** PostgreSQL's float8 output: plain from 1e-4 up to 1e15, exponent form (at least two digits) outside. */
    static String postgres(double value) {
        return format(value, -4, 15, 2);
    }

    private static String format(double value, int minExponent, int maxExponent, int exponentDigits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent >= minExponent && exponent < maxExponent) {
            return decimal.toPlainString();
        }
        String digits = decimal.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exponentText = String.valueOf(Math.abs(exponent));
        while (exponentText.length() < exponentDigits) {
            exponentText = "0" + exponentText;
        }
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
    }
}
