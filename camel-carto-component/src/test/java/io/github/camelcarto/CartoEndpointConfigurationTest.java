package io.github.camelcarto;

import io.github.camelcarto.client.QueryMethod;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Endpoint creation: options, inheritance, placeholders, and mistakes caught before any call. */
class CartoEndpointConfigurationTest extends CamelTestSupport {

    private static final String TOKEN = "tok-SECRET-4711-never-print";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.put("carto.token", TOKEN);
        properties.put("carto.connection", "from_placeholder");
        context.getPropertiesComponent().setInitialProperties(properties);
        return context;
    }

    @Test
    void componentOptionsAreInheritedAndEndpointsOverrideThem() {
        CartoComponent component = context.getComponent("carto", CartoComponent.class);
        component.getConfiguration().setAccessToken(TOKEN);
        component.getConfiguration().setConnection("shared");
        component.getConfiguration().setPollInterval(1234);

        CartoEndpoint inherited = context.getEndpoint("carto:query", CartoEndpoint.class);
        assertEquals("shared", inherited.getConfiguration().getConnection());
        assertEquals(1234, inherited.getConfiguration().getPollInterval());
        assertEquals(CartoConfiguration.DEFAULT_API_BASE_URL, inherited.getConfiguration().getApiBaseUrl());

        CartoEndpoint overriding = context.getEndpoint("carto:job?connection=other&pollInterval=5s&waitTimeout=2m"
                                                       + "&waitForCompletion=true&method=post",
                CartoEndpoint.class);
        assertEquals("other", overriding.getConfiguration().getConnection());
        assertEquals(5000, overriding.getConfiguration().getPollInterval());
        assertEquals(120_000, overriding.getConfiguration().getWaitTimeout());
        assertEquals(QueryMethod.post, overriding.getConfiguration().getMethod());
        // the upper-case names the enum had before still read
        assertEquals(QueryMethod.get, context.getEndpoint("carto:query?method=GET", CartoEndpoint.class)
                .getConfiguration().getMethod());
        // the component's own configuration is untouched by the endpoint's overrides
        assertEquals("shared", component.getConfiguration().getConnection());
    }

    @Test
    void placeholdersResolveAndTheTokenIsMaskedWhenPrinted() {
        CartoEndpoint endpoint = context.getEndpoint(
                "carto:query?accessToken={{carto.token}}&connection={{carto.connection}}", CartoEndpoint.class);
        assertEquals(TOKEN, endpoint.getConfiguration().getAccessToken());
        assertEquals("from_placeholder", endpoint.getConfiguration().getConnection());

        CartoEndpoint literal = context.getEndpoint("carto:query?connection=c&accessToken=" + TOKEN,
                CartoEndpoint.class);
        assertFalse(literal.toString().contains(TOKEN), literal.toString());
    }

    @Test
    void aMissingTokenFailsAtCreationNamingTheOption() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?connection=c"));
        assertTrue(e.getCause().getMessage().contains("carto:query needs option accessToken"), e.getCause().getMessage());
    }

    @Test
    void aReadTimeoutThatWouldNeverEndIsRefused() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?connection=c&accessToken=t&readTimeout=0"));
        assertTrue(e.getCause().getMessage().contains("readTimeout must be more than 0"), e.getCause().getMessage());
    }

    @Test
    void m2mCredentialsReplaceTheTokenButMustComeInPairs() {
        context.getEndpoint("carto:query?connection=c&clientId=app&clientSecret=s");
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?connection=c&clientId=app"));
        assertTrue(e.getCause().getMessage().contains("needs both clientId and clientSecret"), e.getCause().getMessage());
    }

    @Test
    void aMissingConnectionFailsButJobListingNeedsNone() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:job?accessToken=t"));
        assertTrue(e.getCause().getMessage().contains("needs option connection"), e.getCause().getMessage());
        context.getEndpoint("carto:job?accessToken=t&operation=list");
    }

    @Test
    void aWorkflowNeedsItsProcedure() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:workflow?accessToken=t&connection=c"));
        assertTrue(e.getCause().getMessage().contains("needs option procedure"), e.getCause().getMessage());
    }

    @Test
    void anUnknownKindListsTheKnownOnes() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:qurey?accessToken=t&connection=c"));
        assertTrue(e.getCause().getMessage().contains("Unknown carto endpoint kind 'qurey'"), e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains("carto:query, carto:job, carto:workflow"), e.getCause().getMessage());
    }

    @Test
    void anUnknownEnumValueIsRefused() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:job?accessToken=t&connection=c&operation=explode"));
        assertTrue(e.getMessage().contains("operation"), e.getMessage());
        assertFalse(e.getMessage().contains("accessToken=t&"), "token printed in " + e.getMessage());
    }

    @Test
    void malformedQueryParametersJsonIsRefusedBeforeAnyCall() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?accessToken=t&connection=c&queryParameters=RAW({\"a\":)"));
        assertTrue(e.getCause().getMessage().contains("option queryParameters is not valid JSON"),
                e.getCause().getMessage());
        e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?accessToken=t&connection=c&queryParameters=42"));
        assertTrue(e.getCause().getMessage().contains("must be a JSON object"), e.getCause().getMessage());
    }

    @Test
    void aBadBaseUrlIsRefusedWithoutEchoingItsQueryString() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?accessToken=t&connection=c&apiBaseUrl=ftp://x"));
        assertTrue(e.getCause().getMessage().contains("must be an absolute http(s) URL"), e.getCause().getMessage());
        e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?accessToken=t&connection=c&apiBaseUrl=RAW(https://h/api?api_key=SECRETKEY)"));
        assertFalse(e.getCause().getMessage().contains("SECRETKEY"), e.getCause().getMessage());
    }

    @Test
    void sqlIsLoadedFromTheClasspathAtCreation() {
        CartoEndpoint endpoint = context.getEndpoint(
                "carto:query?accessToken=t&connection=c&sql=resource:classpath:sql/stores.sql", CartoEndpoint.class);
        assertEquals("SELECT name FROM `proj.ds.stores` WHERE city = @city", endpoint.options().sql());
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?accessToken=t&connection=c&sql=resource:classpath:nope.sql"));
        assertTrue(e.getCause().getMessage().contains("cannot read the SQL file"), e.getCause().getMessage());
    }

    @Test
    void badWaitSettingsAreRefused() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:job?accessToken=t&connection=c&pollInterval=10s&maxPollInterval=1s"));
        assertTrue(e.getCause().getMessage().contains("maxPollInterval"), e.getCause().getMessage());
    }

    @Test
    void thePollBackoffIsPollBackoffMultiplierAndBackoffMultiplierIsOnlyTheSchedulers() {
        CartoEndpoint endpoint = context.getEndpoint("carto:job?accessToken=t&connection=c&pollBackoffMultiplier=3",
                CartoEndpoint.class);
        assertEquals(3.0, endpoint.options().waitOptions().pollBackoffMultiplier());
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:job?accessToken=t&connection=c&backoffMultiplier=2"));
        assertTrue(e.getCause().getMessage().contains("pollBackoffMultiplier"), e.getCause().getMessage());
    }

    @Test
    void aRoutesEndIsLdsDestinationWhileDestinationIsAnImportsTable() {
        CartoEndpoint routing = context.getEndpoint("carto:lds?accessToken=t&ldsOperation=routing"
                                                    + "&ldsDestination=-3.6883,40.4531", CartoEndpoint.class);
        assertEquals("-3.6883,40.4531", routing.getConfiguration().getLdsDestination());
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:lds?accessToken=t&ldsOperation=routing&destination=-3.6883,40.4531"));
        assertTrue(e.getCause().getMessage().contains("option ldsDestination"), e.getCause().getMessage());
        e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:lds?accessToken=t&ldsOperation=routing&ldsDestination=40.4531,-93.6"));
        assertTrue(e.getCause().getMessage().contains("looks swapped"), e.getCause().getMessage());
    }

    @Test
    void theEndpointNamesItsServiceWithoutSecrets() {
        CartoEndpoint endpoint = context.getEndpoint("carto:query?accessToken=t&connection=c", CartoEndpoint.class);
        assertEquals(CartoConfiguration.DEFAULT_API_BASE_URL, endpoint.getServiceUrl());
        assertEquals("rest", endpoint.getServiceProtocol());
        assertEquals("c", endpoint.getServiceMetadata().get("connection"));
    }
}
