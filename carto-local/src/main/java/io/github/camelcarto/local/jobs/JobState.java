package io.github.camelcarto.local.jobs;

import java.util.Locale;

/** A job's life: pending, running, then one of success, failure or cancelled. */
public enum JobState {
    PENDING, RUNNING, SUCCESS, FAILURE, CANCELLED;

    public boolean isFinal() {
        return this == SUCCESS || this == FAILURE || this == CANCELLED;
    }

    /** CARTO 3's word: pending, running, success, failure, cancelled. */
    public String v3Name() {
        return name().toLowerCase(Locale.ROOT);
    }
}
