package io.github.camelcarto.client.exception;

/**
 * CARTO does not know the job: SQL API v2 answers 400 {@code Job with id X not found} (not 404), both for ids that
 * never existed and for jobs deleted some hours after they finished.
 */
public class CartoJobNotFoundException extends CartoHttpException {

    private final String jobId;

    public CartoJobNotFoundException(String message, String jobId, String cartoMessage, String responseBody) {
        super(message, 400, cartoMessage, responseBody);
        this.jobId = jobId;
    }

    public String getJobId() {
        return jobId;
    }
}
