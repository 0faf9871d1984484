package io.github.camelcarto;

import java.time.Duration;

import io.github.camelcarto.client.ImportApi;
import io.github.camelcarto.client.ImportApiV1;
import io.github.camelcarto.client.LdsApi;
import io.github.camelcarto.client.SqlApi;
import io.github.camelcarto.client.http.ApiKeyAuth;
import io.github.camelcarto.client.http.BearerTokenAuth;
import io.github.camelcarto.client.http.CartoAuth;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.HttpEngine;
import io.github.camelcarto.client.http.JdkHttpEngine;
import io.github.camelcarto.client.http.RetryPolicy;
import io.github.camelcarto.client.http.TransportSettings;
import io.github.camelcarto.client.v2.BatchApi;
import io.github.camelcarto.client.v2.CopyApi;
import io.github.camelcarto.client.v2.SqlApiV2;
import io.github.camelcarto.client.v2.V2BaseUrl;
import io.github.camelcarto.client.v2.V2ErrorMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CARTO clients of one endpoint, wired from its options onto the component's shared {@link CartoRuntime}: CARTO
 * 3's SQL, Imports and LDS APIs, or with apiVersion=v2 CARTO 2's SQL, Batch, COPY and legacy Import APIs. The clients
 * of the other platform are null. {@code auth} is how they all sign in, which knows the secrets to hide.
 */
record CartoClients(SqlApi sqlApi, ImportApi importApi, LdsApi ldsApi, SqlApiV2 sqlApiV2, BatchApi batchApi,
                    CopyApi copyApi, ImportApiV1 importApiV1, CartoAuth auth) {

    private static final Logger LOG = LoggerFactory.getLogger(CartoClients.class);

    static CartoClients wire(CartoConfiguration configuration, CartoRuntime runtime) {
        HttpEngine engine;
        if (configuration.getHttpClient() == null) {
            engine = runtime.httpEngine(configuration.getHttpEngine(),
                    Duration.ofMillis(configuration.getConnectTimeout()), configuration.getSslContextParameters());
        } else {
            engine = new JdkHttpEngine(configuration.getHttpClient());
            if (configuration.getSslContextParameters() != null) {
                LOG.warn("The endpoint uses the HttpClient given in httpClient, so its TLS settings apply and not "
                         + "those of sslContextParameters (or of the global SSL context parameters)");
            }
        }
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryInitialDelay()),
                Duration.ofMillis(configuration.getRetryMaxDelay()), Duration.ofMillis(configuration.getMaxRetryAfter()));
        if (configuration.getApiVersion() == CartoApiVersion.v2) {
            String baseUrl = V2BaseUrl.of(configuration.getApiBaseUrl());
            CartoAuth auth = configuration.getApiKeyMode() == CartoApiKeyMode.parameter
                    ? ApiKeyAuth.queryParameter(configuration.getApiKey())
                    : ApiKeyAuth.basic(V2BaseUrl.userOf(baseUrl), configuration.getApiKey());
            CartoHttpTransport transport = new CartoHttpTransport(engine, settings(configuration, baseUrl), auth,
                    retryPolicy, runtime.scheduler(), runtime.limiter()).withErrorMapping(new V2ErrorMapping())
                    .withRetryListener(runtime.retryListener());
            return new CartoClients(null, null, null, new SqlApiV2(transport), new BatchApi(transport),
                    new CopyApi(transport, transport.withRetryPolicy(RetryPolicy.none())), new ImportApiV1(transport),
                    auth);
        }
        CartoAuth auth = isBlank(configuration.getAccessToken())
                ? runtime.clientCredentials(engine, configuration.getOauthTokenUrl(), configuration.getClientId(),
                        configuration.getClientSecret(), Duration.ofMillis(configuration.getRequestTimeout()),
                        Duration.ofMillis(configuration.getReadTimeout()))
                : new BearerTokenAuth(configuration.getAccessToken());
        CartoHttpTransport transport = new CartoHttpTransport(engine,
                settings(configuration, configuration.getApiBaseUrl()), auth, retryPolicy, runtime.scheduler(),
                runtime.limiter()).withRetryListener(runtime.retryListener());
        return new CartoClients(new SqlApi(transport), new ImportApi(transport), new LdsApi(transport), null, null, null,
                null, auth);
    }

    private static TransportSettings settings(CartoConfiguration configuration, String baseUrl) {
        String attribution = isBlank(configuration.getClient()) ? null : configuration.getClient();
        return new TransportSettings(baseUrl, Duration.ofMillis(configuration.getRequestTimeout()),
                Duration.ofMillis(configuration.getReadTimeout()), attribution, "camel-carto/" + version());
    }

    private static String version() {
        String version = CartoClients.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
