package io.github.camelcarto;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value that becomes a path segment and is exactly {@code .} or {@code ..} would address another resource once a
 * server or proxy normalises the path ({@code DELETE /v3/sql/c/job/.} is a DELETE on the job collection): it is
 * refused before anything is sent, options as early as endpoint creation.
 */
class DotSegmentsTest extends CartoWireMockTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cancel").to("carto:job?operation=cancel");
                from("direct:v2get").to("carto:job?operation=get&apiVersion=v2&apiKey=k&apiBaseUrl=" + carto.baseUrl()
                                        + "/user/u");
            }
        };
    }

    @Test
    void aConnectionOptionThatIsADotSegmentFailsAtEndpointCreation() {
        for (String dots : new String[] { ".", ".." }) {
            Exception e = assertThrows(ResolveEndpointFailedException.class,
                    () -> context.getEndpoint("carto:query?connection=" + dots));
            String message = e.getCause().getMessage();
            assertTrue(message.contains("connection '" + dots + "'") && message.contains("carto:query"), message);
        }
    }

    @Test
    void aJobIdOptionThatIsADotSegmentFailsAtEndpointCreation() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:jobs?jobIds=job-1,..,job-2"));
        assertTrue(e.getCause().getMessage().contains("job id '..'"), e.getCause().getMessage());
    }

    @Test
    void aJobIdHeaderThatIsADotSegmentIsNotSent() {
        Exchange result = template.request("direct:cancel", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, "."));

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(error.getMessage().contains("job id '.'"), error.getMessage());
        carto.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCarto2JobIdThatIsADotSegmentIsNotSent() {
        Exchange result = template.request("direct:v2get", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, ".."));

        assertInstanceOf(IllegalArgumentException.class, result.getException());
        carto.verify(0, anyRequestedFor(anyUrl()));
    }
}
