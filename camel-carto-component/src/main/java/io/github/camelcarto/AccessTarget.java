package io.github.camelcarto;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one producer health check vouches for: one CARTO (platform and base URL), one set of credentials and one way
 * of connecting to it. Endpoints that share all of these share one check whatever their kind or connection, since
 * the access check reads neither. It holds the secrets only to tell credentials apart and never prints them.
 */
final class AccessTarget {

    private final CartoApiVersion apiVersion;
    private final String apiBaseUrl;
    private final List<Object> credentials;
    private final String credentialsName;
    private final Object tls;
    private final Object httpClient;
    private final CartoHttpEngine httpEngine;
    private final long connectTimeout;

    private AccessTarget(CartoConfiguration configuration, List<Object> credentials, String credentialsName) {
        this.apiVersion = configuration.getApiVersion();
        this.apiBaseUrl = configuration.getApiBaseUrl();
        this.credentials = credentials;
        this.credentialsName = credentialsName;
        this.tls = configuration.getSslContextParameters();
        this.httpClient = configuration.getHttpClient();
        this.httpEngine = configuration.getHttpEngine();
        this.connectTimeout = configuration.getConnectTimeout();
    }

    static AccessTarget of(CartoConfiguration configuration) {
        if (configuration.getApiVersion() == CartoApiVersion.v2) {
            return new AccessTarget(configuration, List.of(String.valueOf(configuration.getApiKey()),
                    configuration.getApiKeyMode()), "the API key");
        }
        if (configuration.getAccessToken() != null && !configuration.getAccessToken().isBlank()) {
            return new AccessTarget(configuration, List.of(configuration.getAccessToken()), "the access token");
        }
        return new AccessTarget(configuration, List.of(String.valueOf(configuration.getClientId()),
                String.valueOf(configuration.getClientSecret()), String.valueOf(configuration.getOauthTokenUrl())),
                "the M2M client " + configuration.getClientId());
    }

    boolean isV2() {
        return apiVersion == CartoApiVersion.v2;
    }

    /** The base URL as it may be shown: scheme, host, port and path; never user information or parameters. */
    String url() {
        try {
            URI uri = URI.create(apiBaseUrl);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                   + (uri.getPath() != null ? uri.getPath() : "");
        } catch (RuntimeException unreadable) {
            return "(an unreadable apiBaseUrl)";
        }
    }

    /** Host and path, to tell checks apart by name: {@code gcp-us-east1.api.carto.com}, {@code host/user/bob}. */
    String name() {
        String url = url();
        int scheme = url.indexOf("://");
        String name = scheme >= 0 ? url.substring(scheme + 3) : url;
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /** Which credentials, in words, without their secret: "the access token", "the M2M client abc". */
    String credentialsName() {
        return credentialsName;
    }

    /** The call that checks access, as it may be shown. */
    String accessCall() {
        return isV2() ? "GET /api/v2/sql?q=SELECT 1" : "GET /v3/sql/jobs";
    }

    @Override
    public boolean equals(Object other) {
        // TLS settings and HTTP clients are told apart by identity, as the runtime shares its HTTP clients
        return other instanceof AccessTarget that && apiVersion == that.apiVersion
               && Objects.equals(apiBaseUrl, that.apiBaseUrl) && credentials.equals(that.credentials)
               && tls == that.tls && httpClient == that.httpClient && httpEngine == that.httpEngine
               && connectTimeout == that.connectTimeout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, apiBaseUrl, credentials, System.identityHashCode(tls),
                System.identityHashCode(httpClient), httpEngine, connectTimeout);
    }

    @Override
    public String toString() {
        return name() + " with " + credentialsName;
    }
}
