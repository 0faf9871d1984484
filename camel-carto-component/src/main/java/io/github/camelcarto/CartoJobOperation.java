package io.github.camelcarto;

import java.util.Arrays;
import java.util.Locale;

/** What {@code carto:job} does with a job. */
public enum CartoJobOperation {
    /** Submit the SQL as a new job (and, with waitForCompletion, wait until it ends). */
    submit,
    /** Read the job whose id is in header CamelCartoJobId. */
    get,
    /** Cancel the job whose id is in header CamelCartoJobId. */
    cancel,
    /** List the jobs created within lookback, without their status (CARTO's listing has none). */
    list;

    public static CartoJobOperation parse(String value, String source) {
        for (CartoJobOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(value.trim())) {
                return operation;
            }
        }
        throw new IllegalArgumentException(source + " '" + value + "' is not a carto:job operation: use one of "
                                           + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
