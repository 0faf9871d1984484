package io.github.camelcarto.local.limits;

/** At most {@code requests} per window of {@code periodSeconds}; written {@code 10/60} on the command line. */
public record RateLimit(int requests, int periodSeconds) {

    public RateLimit {
        if (requests < 1 || periodSeconds < 1) {
            throw new IllegalArgumentException("A rate limit needs at least 1 request per at least 1 second");
        }
    }

    public static RateLimit parse(String text) {
        String[] parts = text.split("/");
        try {
            return new RateLimit(Integer.parseInt(parts[0].strip()), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A rate limit is written REQUESTS/SECONDS, e.g. 10/60: " + text);
        }
    }
}
