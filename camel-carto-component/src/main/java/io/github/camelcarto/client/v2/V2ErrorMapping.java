package io.github.camelcarto.client.v2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoJobNotFoundException;
import io.github.camelcarto.client.exception.CartoStatementTimeoutException;
import io.github.camelcarto.client.http.ErrorMapping;
import io.github.camelcarto.client.http.ErrorResponse;
import io.github.camelcarto.client.http.ErrorResponses;

/**
 * How CARTO 2's APIs answer errors, for the transport of the v2 clients:
 * <ul>
 * <li>SQL API v2 sends {@code Retry-After} with every rate-limit 429; a 429 without it is the account's statement
 * timeout ({@link CartoStatementTimeoutException}), which a retry would only hit again;</li>
 * <li>the Batch API answers 400 {@code Job with id X not found} (not 404) for a job it does not know
 * ({@link CartoJobNotFoundException});</li>
 * <li>401, 403 and 404 are explained in terms of the API key and the user's base URL.</li>
 * </ul>
 */
public final class V2ErrorMapping implements ErrorMapping {

    private static final Pattern JOB_NOT_FOUND = Pattern.compile("Job with id (\\S+) not found");

    @Override
    public CartoHttpException toException(ErrorResponse response) {
        boolean sqlApi = response.request().path().startsWith(SqlApiV2.PATH);
        if (sqlApi && response.status() == 429 && response.retryAfter() == null) {
            return new CartoStatementTimeoutException(response.where() + ": " + response.shown() + ". The query hit the "
                    + "account's statement timeout on CARTO's SQL API v2; running it again will time out again. Run it "
                    + "as a Batch API job, or make it faster.", response.cartoMessage(), response.body());
        }
        if (sqlApi && response.status() == 400 && response.cartoMessage() != null) {
            Matcher missing = JOB_NOT_FOUND.matcher(response.cartoMessage());
            if (missing.find()) {
                return new CartoJobNotFoundException(response.where() + ": " + response.shown() + ". CARTO deletes "
                        + "finished batch jobs a few hours after they end; check the job id.", missing.group(1),
                        response.cartoMessage(), response.body());
            }
        }
        if (response.status() == 429) {
            return ErrorResponses.rateLimited(response);
        }
        return response.failure(switch (response.status()) {
            case 401 -> " (CARTO does not know the API key)";
            case 403 -> response.request().path().startsWith(BatchApi.PATH)
                    ? " (batch jobs need the account's master API key)"
                    : " (the API key lacks a grant for this table or API, or the base URL names another user)";
            case 404 -> " (CARTO has no such API below this base URL: a CARTO 2 user's base URL is "
                        + "https://{user}.carto.com or https://host/user/{user})";
            default -> "";
        });
    }
}
