package io.github.camelcarto.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.camelcarto.local.engine.TableGrant;
import io.github.camelcarto.local.limits.RateLimit;

/** Turns the standalone server's command-line switches into a {@link CartoLocalConfig}. */
final class CommandLine {

    static final String USAGE = """
            Usage: java -jar carto-local-all.jar [options]
              --port N               port to listen on (default 8080; 0 = any free port)
              --host ADDRESS         address to bind (default 127.0.0.1)
              --data-dir DIR         keep tables and jobs in DIR (default: in memory, lost at exit)
              --token TOKEN          CARTO 3 Bearer token (default carto-local-token)
              --user NAME            SQL API v2 user (default local)
              --api-key KEY          SQL API v2 master API key (default carto-local-api-key)
              --regular-api-key KEY=TABLE[:PRIVILEGES][,TABLE...]
                                     a SQL API v2 regular API key and its table grants (repeatable); privileges
                                     select (default), insert, update, delete joined by +, e.g. k1=stores:select+insert
              --statement-timeout-ms N
                                     cancel v2 queries with an API key after N ms (CARTO's 429 timeout answer)
              --public-statement-timeout-ms N
                                     the same for v2 queries without a key (CARTO's public role)
              --connection NAME      accept another connection name (repeatable; carto_dw and local always work)
              --workflows-dir DIR    register every NAME.sql in DIR as workflow NAME
              --jdbc-url URL         use an external database (PostgreSQL/PostGIS) instead of embedded H2GIS
              --jdbc-user USER       its user
              --jdbc-password PASS   its password
              --job-threads N        jobs running at once (default 4)
              --http-threads N       requests served at once (default 8)
              --rate-limit [GROUP=]N/SECONDS
                                     rate limit per endpoint group (repeatable; groups: query, job_create,
                                     job_get, job_delete, copy_from, copy_to, imports, lds)
              --latency-ms N         delay every API request by N ms
              --failure-ratio R      answer a share R (0..1) of API requests with an injected 503
              --query-cache on|off   cache GET /v3/sql/{connection}/query answers by URL as CARTO's CDN does
                                     (default on; POST is never cached)
              --gazetteer FILE       addresses for LDS geocoding: CSV with address,country,longitude,latitude
            """;

    private CommandLine() {
    }

    static CartoLocalConfig parse(List<String> args) {
        CartoLocalConfig.Builder config = CartoLocalConfig.builder().port(8080).logRequests(true);
        String jdbcUrl = null;
        String jdbcUser = null;
        String jdbcPassword = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--port" -> config.port(Integer.parseInt(value));
                case "--host" -> config.host(value);
                case "--data-dir" -> config.dataDir(Path.of(value));
                case "--token" -> config.token(value);
                case "--user" -> config.user(value);
                case "--api-key" -> config.apiKey(value);
                case "--regular-api-key" -> regularApiKey(config, value);
                case "--statement-timeout-ms" -> config.statementTimeout(Duration.ofMillis(Long.parseLong(value)));
                case "--public-statement-timeout-ms" -> config.publicStatementTimeout(Duration.ofMillis(Long.parseLong(value)));
                case "--connection" -> config.connection(value);
                case "--workflows-dir" -> config.workflowsDir(Path.of(value));
                case "--jdbc-url" -> jdbcUrl = value;
                case "--jdbc-user" -> jdbcUser = value;
                case "--jdbc-password" -> jdbcPassword = value;
                case "--job-threads" -> config.jobThreads(Integer.parseInt(value));
                case "--http-threads" -> config.httpThreads(Integer.parseInt(value));
                case "--rate-limit" -> {
                    int equals = value.indexOf('=');
                    if (equals < 0) {
                        config.rateLimit(RateLimit.parse(value));
                    } else {
                        config.rateLimit(value.substring(0, equals), RateLimit.parse(value.substring(equals + 1)));
                    }
                }
                case "--latency-ms" -> config.latencyMillis(Long.parseLong(value));
                case "--failure-ratio" -> config.failureRatio(Double.parseDouble(value));
                case "--query-cache" -> config.queryCache(onOff(option, value));
                case "--gazetteer" -> config.gazetteer(Path.of(value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (jdbcUrl != null) {
            config.jdbc(jdbcUrl, jdbcUser, jdbcPassword);
        }
        return config.build();
    }

    /** {@code KEY=TABLE[:PRIVILEGES][,TABLE...]}. */
    private static void regularApiKey(CartoLocalConfig.Builder config, String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new IllegalArgumentException("--regular-api-key needs KEY=TABLE[:PRIVILEGES][,TABLE...], got " + value);
        }
        TableGrant[] grants = Arrays.stream(value.substring(equals + 1).split(","))
                .map(TableGrant::parse).toArray(TableGrant[]::new);
        config.regularApiKey(value.substring(0, equals), grants);
    }

    private static boolean onOff(String option, String value) {
        return switch (value) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("Option " + option + " takes on or off, not " + value);
        };
    }
}
