package io.github.camelcarto;

import io.github.camelcarto.client.v2.V2BaseUrl;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** apiVersion=v2 endpoint options: what is required, what is refused, and the user taken from the base URL. */
class CartoV2EndpointConfigurationTest extends CamelTestSupport {

    private static final String KEY = "key-SECRET-1234-never-print";

    private String failure(String uri) {
        ResolveEndpointFailedException error = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri));
        String message = error.getCause().getMessage();
        assertFalse(message.contains(KEY), message);
        assertFalse(error.getMessage().contains(KEY), error.getMessage());
        return message;
    }

    @Test
    void v2NeedsAnApiKeyNotAnAccessToken() {
        assertTrue(failure("carto:query?apiVersion=v2&apiBaseUrl=https://alice.carto.com").contains("apiKey"));
        CartoEndpoint endpoint = context.getEndpoint("carto:query?apiVersion=v2&apiBaseUrl=https://alice.carto.com"
                                                     + "&apiKey=" + KEY, CartoEndpoint.class);
        assertEquals(CartoApiVersion.v2, endpoint.getConfiguration().getApiVersion());
        assertNull(endpoint.getConfiguration().getAccessToken());
        assertFalse(endpoint.toString().contains(KEY), endpoint.toString());
    }

    @Test
    void v3StillNeedsAnAccessToken() {
        assertTrue(failure("carto:query?connection=c").contains("accessToken"));
    }

    @Test
    void v2NeedsTheUsersBaseUrl() {
        assertTrue(failure("carto:query?apiVersion=v2&apiKey=" + KEY).contains("https://{user}.carto.com"));
        assertTrue(failure("carto:query?apiVersion=v2&apiKey=" + KEY + "&apiBaseUrl=http://127.0.0.1:8080")
                .contains("apiKeyMode=parameter"));
        // the parameter form needs no user in the URL
        context.getEndpoint("carto:query?apiVersion=v2&apiKeyMode=parameter&apiKey=" + KEY
                            + "&apiBaseUrl=http://127.0.0.1:8080");
    }

    @Test
    void theUserComesFromThePathOrTheHost() {
        assertEquals("alice", V2BaseUrl.userOf("https://alice.carto.com"));
        assertEquals("bob", V2BaseUrl.userOf("https://carto.example.org/user/bob"));
        assertEquals("bob", V2BaseUrl.userOf("http://localhost:8080/user/bob/"));
        assertEquals("team-a", V2BaseUrl.userOf("https://team-a.carto.com/user/team-a"));
        assertNull(V2BaseUrl.userOf("http://localhost:8080"));
        assertNull(V2BaseUrl.userOf("http://10.0.0.1:8080"));
    }

    @Test
    void v2RefusesWhatCarto2DoesNotHave() {
        String base = "carto:%s?apiVersion=v2&apiKey=" + KEY + "&apiBaseUrl=https://alice.carto.com";
        assertTrue(failure(String.format(base, "workflow") + "&procedure=p").contains("carto:job"));
        assertTrue(failure(String.format(base, "job") + "&operation=list").contains("cannot list jobs"));
        assertTrue(failure(String.format(base, "query") + "&format=xlsx").contains("geojson"));
        assertTrue(failure("carto:copyto?accessToken=t&connection=c").contains("apiVersion=v2"));
        assertTrue(failure(String.format(base, "lds") + "&ldsOperation=geocode").contains("does not exist with apiVersion=v2"));
        assertTrue(failure(String.format(base, "jobs")).contains("needs option jobIds"));
    }

    @Test
    void v2OptionsBind() {
        CartoEndpoint endpoint = context.getEndpoint("carto:query?apiVersion=v2&apiKey=" + KEY
                                                     + "&apiBaseUrl=https://alice.carto.com&format=GeoJSON&filename=out"
                                                     + "&skipfields=the_geom_webmercator&dp=3&compression=none",
                CartoEndpoint.class);
        assertEquals("geojson", endpoint.options().v2QueryOptions().format());
        assertEquals("out", endpoint.options().v2QueryOptions().filename());
        assertEquals("the_geom_webmercator", endpoint.options().v2QueryOptions().skipfields());
        assertEquals(3, endpoint.options().v2QueryOptions().dp());
        assertFalse(endpoint.options().v2QueryOptions().gzip());
    }
}
