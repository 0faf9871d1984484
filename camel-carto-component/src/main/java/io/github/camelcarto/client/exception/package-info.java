/**
 * What went wrong with a call to CARTO: {@link io.github.camelcarto.client.exception.CartoException} and its kinds.
 * A leaf that the transport, the API clients and the Camel face all use, so that none of them needs another to name
 * a failure. The failures of a job itself (it failed, or waiting for it ran out) live next to the job model in
 * {@code io.github.camelcarto.client}, because they carry the job.
 */
package io.github.camelcarto.client.exception;
