package io.github.camelcarto.client.v2;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class V2BaseUrlTest {

    @Test
    void aPastedApiPathAndTrailingSlashesAreDropped() {
        assertEquals("https://alice.carto.com", V2BaseUrl.of(" https://alice.carto.com/ "));
        assertEquals("https://alice.carto.com", V2BaseUrl.of("https://alice.carto.com/api/v2/sql/"));
        assertEquals("https://host/user/bob", V2BaseUrl.of("https://host/user/bob/api/v2"));
        assertEquals("https://host/user/bob/api/v2/sqlx", V2BaseUrl.of("https://host/user/bob/api/v2/sqlx"));
    }
}
