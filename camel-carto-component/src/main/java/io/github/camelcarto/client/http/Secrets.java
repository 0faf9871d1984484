package io.github.camelcarto.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Hides secrets in text: as they are, and encoded as they appear in a URL or in a form body. */
final class Secrets {

    /** What a hidden secret is shown as. */
    static final String MASK = "xxxxxx";

    private Secrets() {
    }

    static String hide(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String hidden = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                hidden = hidden.replace(secret, MASK)
                        .replace(CartoRequest.encode(secret), MASK)
                        .replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), MASK);
            }
        }
        return hidden;
    }
}
