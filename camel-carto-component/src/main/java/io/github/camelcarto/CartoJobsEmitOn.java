package io.github.camelcarto;

/** Which observations of a job the {@code carto:jobs} consumer turns into exchanges. */
public enum CartoJobsEmitOn {
    /** One exchange each time a job is seen with a status not delivered before (the first sighting included). */
    change,
    /** One exchange when a job has ended (DONE, FAILED, CANCELLED); earlier states are tracked silently. */
    terminal,
    /** One exchange on every poll while a job runs, and one when it ends; an ended job is not repeated. */
    all
}
