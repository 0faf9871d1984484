package io.github.camelcarto;

import java.util.Map;

import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.WaitOptions;
import io.github.camelcarto.client.v2.V2QueryOptions;
import org.apache.camel.Expression;

/**
 * What an endpoint's options resolve to once {@link OptionChecks} has checked them: read once, used by every exchange.
 *
 * @param sql            the sql option with a file reference already loaded, or null
 * @param parameters     the queryParameters option, parsed
 * @param queryMethod    how carto:query sends its SQL: the method option, else post (auto with apiVersion=v2)
 * @param waitOptions    how producers that wait for jobs poll
 * @param v2QueryOptions with apiVersion=v2, how queries and COPY TO are asked for; otherwise null
 * @param jobOperation   carto:job's operation option (submit unless given); null on other kinds
 * @param ldsOperation   carto:lds's operation option (or its alias ldsOperation); null on other kinds
 * @param ldsProviderOptions carto:lds's options option parsed as provider options (unmodifiable); null when unset or
 *                       on other kinds
 * @param idempotencyKey the idempotencyKey option as an expression to evaluate on each exchange; null when unset or
 *                       on kinds that submit no jobs
 */
record ResolvedOptions(String sql, QueryParameters parameters, QueryMethod queryMethod, WaitOptions waitOptions,
                       V2QueryOptions v2QueryOptions, CartoJobOperation jobOperation, CartoLdsOperation ldsOperation,
                       Map<String, Object> ldsProviderOptions, Expression idempotencyKey) {
}
