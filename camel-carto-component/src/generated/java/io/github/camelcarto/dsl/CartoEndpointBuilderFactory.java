package io.github.camelcarto.dsl;

import java.util.Map;

import javax.annotation.processing.Generated;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import files, follow job events and
 * call Location Data Services.
 *
 * The endpoint DSL of the carto component: carto("kind") and one method per option, for routes built in Java
 * with completion. Text values keep their +, &amp; and % (they are passed in RAW(...)), so SQL needs no
 * escaping. Needs camel-endpointdsl, as Camel's own endpoint DSL does.
 *
 * Generated at build time by EndpointDslGenerator from the component's carto.json: do not edit.
 */
@Generated("EndpointDslGenerator")
public interface CartoEndpointBuilderFactory {

    /**
     * Builder for endpoint consumers of the CARTO component.
     */
    public interface CartoEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default AdvancedCartoEndpointConsumerBuilder advanced() {
            return (AdvancedCartoEndpointConsumerBuilder) this;
        }

        /**
         * The CARTO API base URL of your organisation's region (e.g. https://gcp-europe-west1.api.carto.com) or
         * of a self-hosted install (https://your-domain/api).
         *
         * The option is a: java.lang.String type.
         * Default: https://gcp-us-east1.api.carto.com
         * Group: common
         *
         * @param apiBaseUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiBaseUrl(String apiBaseUrl) {
            doSetProperty("apiBaseUrl", uriSafe(apiBaseUrl));
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiVersion(io.github.camelcarto.CartoApiVersion apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set, converted to io.github.camelcarto.CartoApiVersion
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", uriSafe(apiVersion));
            return this;
        }

        /**
         * The CARTO connection to run SQL through (its name in CARTO Workspace). Required by carto:query,
         * carto:workflow, and carto:job except operation=list.
         *
         * The option is a: java.lang.String type.
         * Group: common
         *
         * @param connection the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder connection(String connection) {
            doSetProperty("connection", uriSafe(connection));
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer
         *
         * @param sendEmptyMessageWhenIdle the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", uriSafe(sendEmptyMessageWhenIdle));
            return this;
        }

        /**
         * carto:jobs: which observations become exchanges: change (each new status of a job), terminal (only
         * when a job ends) or all (every poll of an unfinished job, and its end).
         *
         * The option is a: io.github.camelcarto.CartoJobsEmitOn type.
         * Default: change
         * Group: consumer,jobs
         *
         * @param emitOn the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder emitOn(io.github.camelcarto.CartoJobsEmitOn emitOn) {
            doSetProperty("emitOn", emitOn);
            return this;
        }

        /**
         * carto:jobs: which observations become exchanges: change (each new status of a job), terminal (only
         * when a job ends) or all (every poll of an unfinished job, and its end).
         *
         * The option is a: io.github.camelcarto.CartoJobsEmitOn type.
         * Default: change
         * Group: consumer,jobs
         *
         * @param emitOn the value to set, converted to io.github.camelcarto.CartoJobsEmitOn
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder emitOn(String emitOn) {
            doSetProperty("emitOn", uriSafe(emitOn));
            return this;
        }

        /**
         * carto:jobs: comma-separated job ids to watch instead of listing GET /v3/sql/jobs; each is read on
         * connection until it has ended.
         *
         * The option is a: java.lang.String type.
         * Group: consumer,jobs
         *
         * @param jobIds the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder jobIds(String jobIds) {
            doSetProperty("jobIds", uriSafe(jobIds));
            return this;
        }

        /**
         * A label for this application's jobs: carto:job and carto:workflow send it in the job's metadata
         * (camelCartoTag), and carto:jobs with the same jobTag follows only the listed jobs that carry it, not
         * every job of the account. CARTO's Imports API keeps no metadata, so carto:import does not send it.
         *
         * The option is a: java.lang.String type.
         * Group: common,job,workflow,jobs
         *
         * @param jobTag the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder jobTag(String jobTag) {
            doSetProperty("jobTag", uriSafe(jobTag));
            return this;
        }

        /**
         * carto:jobs: the most job status reads per poll, hence the most events (Camel's maxMessagesPerPoll; 0
         * or less for no limit). Jobs take turns: one not read this poll is read on a later one, first come
         * first read, so none is starved.
         *
         * The option is a: int type.
         * Default: 100
         * Group: consumer,jobs
         *
         * @param maxMessagesPerPoll the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * carto:jobs: the most job status reads per poll, hence the most events (Camel's maxMessagesPerPoll; 0
         * or less for no limit). Jobs take turns: one not read this poll is read on a later one, first come
         * first read, so none is starved.
         *
         * The option is a: int type.
         * Default: 100
         * Group: consumer,jobs
         *
         * @param maxMessagesPerPoll the value to set, converted to int
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", uriSafe(maxMessagesPerPoll));
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder stateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set, converted to org.apache.camel.spi.StateRepository&lt;String,
         * String&gt;
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", uriSafe(stateRepository));
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffErrorThreshold the value to set, converted to int
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", uriSafe(backoffErrorThreshold));
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffIdleThreshold the value to set, converted to int
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", uriSafe(backoffIdleThreshold));
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in
         * a row. The multiplier is then the number of polls that will be skipped before the next actual attempt
         * is happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold
         * must also be configured.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in
         * a row. The multiplier is then the number of polls that will be skipped before the next actual attempt
         * is happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold
         * must also be configured.
         *
         * The option is a: int type.
         * Group: consumer,scheduler
         *
         * @param backoffMultiplier the value to set, converted to int
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", uriSafe(backoffMultiplier));
            return this;
        }

        /**
         * carto:jobs: milliseconds between two polls (accepts 30s, 1m...). Defaults to 30 seconds, not Camel's
         * usual 500 ms, to spare CARTO's API.
         *
         * The option is a: java.lang.Long type.
         * Default: 30000
         * Group: consumer,jobs,scheduler
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder delay(Long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * carto:jobs: milliseconds between two polls (accepts 30s, 1m...). Defaults to 30 seconds, not Camel's
         * usual 500 ms, to spare CARTO's API.
         *
         * The option is a: java.lang.Long type.
         * Default: 30000
         * Group: consumer,jobs,scheduler
         *
         * @param delay the value to set, converted to Long
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder delay(String delay) {
            doSetProperty("delay", uriSafe(delay));
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run
         * polled 1 or more messages.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer,scheduler
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run
         * polled 1 or more messages.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer,scheduler
         *
         * @param greedy the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder greedy(String greedy) {
            doSetProperty("greedy", uriSafe(greedy));
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * The option is a: long type.
         * Default: 1000
         * Group: consumer,scheduler
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * The option is a: long type.
         * Default: 1000
         * Group: consumer,scheduler
         *
         * @param initialDelay the value to set, converted to long
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", uriSafe(initialDelay));
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * The option is a: long type.
         * Default: 0
         * Group: consumer,scheduler
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * The option is a: long type.
         * Default: 0
         * Group: consumer,scheduler
         *
         * @param repeatCount the value to set, converted to long
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", uriSafe(repeatCount));
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * The option is a: org.apache.camel.LoggingLevel type.
         * Default: TRACE
         * Group: consumer,scheduler
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder runLoggingLevel(org.apache.camel.LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * The option is a: org.apache.camel.LoggingLevel type.
         * Default: TRACE
         * Group: consumer,scheduler
         *
         * @param runLoggingLevel the value to set, converted to org.apache.camel.LoggingLevel
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", uriSafe(runLoggingLevel));
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer
         * has its own single threaded thread pool.
         *
         * The option is a: java.util.concurrent.ScheduledExecutorService type.
         * Group: consumer,scheduler
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder scheduledExecutorService(java.util.concurrent.ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer
         * has its own single threaded thread pool.
         *
         * The option is a: java.util.concurrent.ScheduledExecutorService type.
         * Group: consumer,scheduler
         *
         * @param scheduledExecutorService the value to set, converted to
         * java.util.concurrent.ScheduledExecutorService
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", uriSafe(scheduledExecutorService));
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz
         * for built in scheduler
         *
         * The option is a: java.lang.Object type.
         * Default: none
         * Group: consumer,scheduler
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz
         * for built in scheduler
         *
         * The option is a: java.lang.Object type.
         * Default: none
         * Group: consumer,scheduler
         *
         * @param scheduler the value to set, converted to Object
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", uriSafe(scheduler));
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * The option is a: java.util.Map&lt;java.lang.String, java.lang.Object&gt; type.
         * Group: consumer,scheduler
         *
         * @param key the option key, after scheduler.
         * @param value the option value
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * The option is a: java.util.Map&lt;java.lang.String, java.lang.Object&gt; type.
         * Group: consumer,scheduler
         *
         * @param values the options by key, after scheduler.
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder schedulerProperties(Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: consumer,scheduler
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: consumer,scheduler
         *
         * @param startScheduler the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", uriSafe(startScheduler));
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * The option is a: java.util.concurrent.TimeUnit type.
         * Default: MILLISECONDS
         * Group: consumer,scheduler
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder timeUnit(java.util.concurrent.TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * The option is a: java.util.concurrent.TimeUnit type.
         * Default: MILLISECONDS
         * Group: consumer,scheduler
         *
         * @param timeUnit the value to set, converted to java.util.concurrent.TimeUnit
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", uriSafe(timeUnit));
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: consumer,scheduler
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: consumer,scheduler
         *
         * @param useFixedDelay the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", uriSafe(useFixedDelay));
            return this;
        }

        /**
         * A CARTO API Access Token or OAuth token, sent as Authorization: Bearer. Use a property placeholder
         * ({{carto.accessToken}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", uriSafe(accessToken));
            return this;
        }

        /**
         * Instead of accessToken: the client id of a CARTO machine-to-machine (M2M) OAuth application; with
         * clientSecret, tokens are fetched and renewed before they expire.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder clientId(String clientId) {
            doSetProperty("clientId", uriSafe(clientId));
            return this;
        }

        /**
         * The client secret of the M2M OAuth application named by clientId.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", uriSafe(clientSecret));
            return this;
        }

        /**
         * Where clientId and clientSecret are exchanged for an access token.
         *
         * The option is a: java.lang.String type.
         * Default: https://auth.carto.com/oauth/token
         * Group: security
         *
         * @param oauthTokenUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder oauthTokenUrl(String oauthTokenUrl) {
            doSetProperty("oauthTokenUrl", uriSafe(oauthTokenUrl));
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder sslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set, converted to
         * org.apache.camel.support.jsse.SSLContextParameters
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", uriSafe(sslContextParameters));
            return this;
        }

        /**
         * apiVersion=v2: the CARTO 2 API key (the master key for batch jobs and COPY). Use a property
         * placeholder ({{carto.apiKey}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security,v2
         *
         * @param apiKey the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiKey(String apiKey) {
            doSetProperty("apiKey", uriSafe(apiKey));
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiKeyMode(io.github.camelcarto.CartoApiKeyMode apiKeyMode) {
            doSetProperty("apiKeyMode", apiKeyMode);
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set, converted to io.github.camelcarto.CartoApiKeyMode
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder apiKeyMode(String apiKeyMode) {
            doSetProperty("apiKeyMode", uriSafe(apiKeyMode));
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder lookback(long lookback) {
            doSetProperty("lookback", lookback);
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointConsumerBuilder lookback(String lookback) {
            doSetProperty("lookback", uriSafe(lookback));
            return this;
        }
    }

    /**
     * Advanced builder for endpoint consumers of the CARTO component.
     */
    public interface AdvancedCartoEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default CartoEndpointConsumerBuilder basic() {
            return (CartoEndpointConsumerBuilder) this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will
         * now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer,advanced
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will
         * now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: consumer,advanced
         *
         * @param bridgeErrorHandler the value to set, converted to boolean
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", uriSafe(bridgeErrorHandler));
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled
         * then this option is not in use. By default the consumer will deal with exceptions, that will be logged
         * at WARN or ERROR level and ignored.
         *
         * The option is a: org.apache.camel.spi.ExceptionHandler type.
         * Group: consumer,advanced
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder exceptionHandler(org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled
         * then this option is not in use. By default the consumer will deal with exceptions, that will be logged
         * at WARN or ERROR level and ignored.
         *
         * The option is a: org.apache.camel.spi.ExceptionHandler type.
         * Group: consumer,advanced
         *
         * @param exceptionHandler the value to set, converted to org.apache.camel.spi.ExceptionHandler
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", uriSafe(exceptionHandler));
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * The option is a: org.apache.camel.ExchangePattern type.
         * Group: consumer,advanced
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * The option is a: org.apache.camel.ExchangePattern type.
         * Group: consumer,advanced
         *
         * @param exchangePattern the value to set, converted to org.apache.camel.ExchangePattern
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", uriSafe(exchangePattern));
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange
         * have been created and being routed in Camel.
         *
         * The option is a: org.apache.camel.spi.PollingConsumerPollStrategy type.
         * Group: consumer,advanced
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder pollStrategy(org.apache.camel.spi.PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange
         * have been created and being routed in Camel.
         *
         * The option is a: org.apache.camel.spi.PollingConsumerPollStrategy type.
         * Group: consumer,advanced
         *
         * @param pollStrategy the value to set, converted to org.apache.camel.spi.PollingConsumerPollStrategy
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", uriSafe(pollStrategy));
            return this;
        }

        /**
         * The client attribution parameter sent with every call, which CARTO uses to categorise traffic (not an
         * OAuth client id: that is clientId). Empty to send none.
         *
         * The option is a: java.lang.String type.
         * Default: camel-carto
         * Group: advanced
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder client(String client) {
            doSetProperty("client", uriSafe(client));
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", uriSafe(connectTimeout));
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder httpClient(java.net.http.HttpClient httpClient) {
            doSetProperty("httpClient", httpClient);
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set, converted to java.net.http.HttpClient
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder httpClient(String httpClient) {
            doSetProperty("httpClient", uriSafe(httpClient));
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder httpEngine(io.github.camelcarto.CartoHttpEngine httpEngine) {
            doSetProperty("httpEngine", httpEngine);
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set, converted to io.github.camelcarto.CartoHttpEngine
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder httpEngine(String httpEngine) {
            doSetProperty("httpEngine", uriSafe(httpEngine));
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", uriSafe(maxRetries));
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", uriSafe(maxRetryAfter));
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder readTimeout(long readTimeout) {
            doSetProperty("readTimeout", readTimeout);
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder readTimeout(String readTimeout) {
            doSetProperty("readTimeout", uriSafe(readTimeout));
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", uriSafe(requestTimeout));
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m,
         * 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", uriSafe(retryInitialDelay));
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointConsumerBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", uriSafe(retryMaxDelay));
            return this;
        }
    }

    /**
     * Builder for endpoint producers of the CARTO component.
     */
    public interface CartoEndpointProducerBuilder extends EndpointProducerBuilder {

        default AdvancedCartoEndpointProducerBuilder advanced() {
            return (AdvancedCartoEndpointProducerBuilder) this;
        }

        /**
         * The CARTO API base URL of your organisation's region (e.g. https://gcp-europe-west1.api.carto.com) or
         * of a self-hosted install (https://your-domain/api).
         *
         * The option is a: java.lang.String type.
         * Default: https://gcp-us-east1.api.carto.com
         * Group: common
         *
         * @param apiBaseUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiBaseUrl(String apiBaseUrl) {
            doSetProperty("apiBaseUrl", uriSafe(apiBaseUrl));
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiVersion(io.github.camelcarto.CartoApiVersion apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set, converted to io.github.camelcarto.CartoApiVersion
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", uriSafe(apiVersion));
            return this;
        }

        /**
         * The CARTO connection to run SQL through (its name in CARTO Workspace). Required by carto:query,
         * carto:workflow, and carto:job except operation=list.
         *
         * The option is a: java.lang.String type.
         * Group: common
         *
         * @param connection the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder connection(String connection) {
            doSetProperty("connection", uriSafe(connection));
            return this;
        }

        /**
         * carto:import: whether CARTO guesses column types and geometry (autoguessing).
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import
         *
         * @param autoguessing the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder autoguessing(boolean autoguessing) {
            doSetProperty("autoguessing", autoguessing);
            return this;
        }

        /**
         * carto:import: whether CARTO guesses column types and geometry (autoguessing).
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import
         *
         * @param autoguessing the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder autoguessing(String autoguessing) {
            doSetProperty("autoguessing", uriSafe(autoguessing));
            return this;
        }

        /**
         * carto:import: whether to refuse, before any call, a source whose extension is not a format CARTO
         * imports (CSV, GeoJSON, GeoPackage, KML/KMZ, TAB, zipped Shapefile, GeoParquet). Turn off for URLs
         * without a file name.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import
         *
         * @param checkFormat the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder checkFormat(boolean checkFormat) {
            doSetProperty("checkFormat", checkFormat);
            return this;
        }

        /**
         * carto:import: whether to refuse, before any call, a source whose extension is not a format CARTO
         * imports (CSV, GeoJSON, GeoPackage, KML/KMZ, TAB, zipped Shapefile, GeoParquet). Turn off for URLs
         * without a file name.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import
         *
         * @param checkFormat the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder checkFormat(String checkFormat) {
            doSetProperty("checkFormat", uriSafe(checkFormat));
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): what to do when the table exists, e.g.
         * overwrite; sent as collision_strategy.
         *
         * The option is a: java.lang.String type.
         * Group: producer,v2,import
         *
         * @param collisionStrategy the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder collisionStrategy(String collisionStrategy) {
            doSetProperty("collisionStrategy", uriSafe(collisionStrategy));
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as content_guessing. Default value notice:
         * unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param contentGuessing the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder contentGuessing(Boolean contentGuessing) {
            doSetProperty("contentGuessing", contentGuessing);
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as content_guessing. Default value notice:
         * unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param contentGuessing the value to set, converted to Boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder contentGuessing(String contentGuessing) {
            doSetProperty("contentGuessing", uriSafe(contentGuessing));
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): whether to also create a map; sent as
         * create_vis. Default value notice: unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param createVisualization the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder createVisualization(Boolean createVisualization) {
            doSetProperty("createVisualization", createVisualization);
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): whether to also create a map; sent as
         * create_vis. Default value notice: unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param createVisualization the value to set, converted to Boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder createVisualization(String createVisualization) {
            doSetProperty("createVisualization", uriSafe(createVisualization));
            return this;
        }

        /**
         * carto:import: the fully qualified table to import into (e.g. project.dataset.table), CARTO's
         * destination; a destination field of a Map body overrides it.
         *
         * The option is a: java.lang.String type.
         * Group: producer,import
         *
         * @param destination the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder destination(String destination) {
            doSetProperty("destination", uriSafe(destination));
            return this;
        }

        /**
         * carto:import: whether to replace the destination table if it exists.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,import
         *
         * @param overwrite the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder overwrite(boolean overwrite) {
            doSetProperty("overwrite", overwrite);
            return this;
        }

        /**
         * carto:import: whether to replace the destination table if it exists.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,import
         *
         * @param overwrite the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder overwrite(String overwrite) {
            doSetProperty("overwrite", uriSafe(overwrite));
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as quoted_fields_guessing. Default value
         * notice: unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param quotedFieldsGuessing the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder quotedFieldsGuessing(Boolean quotedFieldsGuessing) {
            doSetProperty("quotedFieldsGuessing", quotedFieldsGuessing);
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as quoted_fields_guessing. Default value
         * notice: unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param quotedFieldsGuessing the value to set, converted to Boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder quotedFieldsGuessing(String quotedFieldsGuessing) {
            doSetProperty("quotedFieldsGuessing", uriSafe(quotedFieldsGuessing));
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as type_guessing. Default value notice:
         * unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param typeGuessing the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder typeGuessing(Boolean typeGuessing) {
            doSetProperty("typeGuessing", typeGuessing);
            return this;
        }

        /**
         * carto:import on the legacy Import API (apiVersion=v2): sent as type_guessing. Default value notice:
         * unset: not sent, CARTO decides
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,v2,import
         *
         * @param typeGuessing the value to set, converted to Boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder typeGuessing(String typeGuessing) {
            doSetProperty("typeGuessing", uriSafe(typeGuessing));
            return this;
        }

        /**
         * Whether to cancel the job in CARTO when waitTimeout runs out or the route stops while waiting. A job
         * submitted with an idempotency key is not cancelled by a stop: the message's redelivery takes it up
         * again.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import,workflow,job
         *
         * @param cancelOnTimeout the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder cancelOnTimeout(boolean cancelOnTimeout) {
            doSetProperty("cancelOnTimeout", cancelOnTimeout);
            return this;
        }

        /**
         * Whether to cancel the job in CARTO when waitTimeout runs out or the route stops while waiting. A job
         * submitted with an idempotency key is not cancelled by a stop: the message's redelivery takes it up
         * again.
         *
         * The option is a: boolean type.
         * Default: true
         * Group: producer,import,workflow,job
         *
         * @param cancelOnTimeout the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder cancelOnTimeout(String cancelOnTimeout) {
            doSetProperty("cancelOnTimeout", uriSafe(cancelOnTimeout));
            return this;
        }

        /**
         * A Camel simple expression giving each exchange's idempotency key when header CamelCartoIdempotencyKey
         * is absent, e.g. ${header.JMSMessageID} or ${file:onlyname}-${file:size}. A key already submitted is
         * not submitted again: the exchange takes the existing job up (waiting for it, or completing with its
         * end). Keys are kept in stateRepository and, for carto:job and carto:workflow, in the job's metadata,
         * where CARTO's jobs listing finds them if the repository lost them. A key is scoped to the endpoint
         * kind: give two steps of one kind their own keys.
         *
         * The option is a: java.lang.String type.
         * Group: producer,import,workflow,job
         *
         * @param idempotencyKey the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder idempotencyKey(String idempotencyKey) {
            doSetProperty("idempotencyKey", uriSafe(idempotencyKey));
            return this;
        }

        /**
         * The longest delay between polls once they have backed off.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: producer,import,workflow,job
         *
         * @param maxPollInterval the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder maxPollInterval(long maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * The longest delay between polls once they have backed off.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: producer,import,workflow,job
         *
         * @param maxPollInterval the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder maxPollInterval(String maxPollInterval) {
            doSetProperty("maxPollInterval", uriSafe(maxPollInterval));
            return this;
        }

        /**
         * Each delay between a job's status polls is the previous one times this, up to maxPollInterval (1 =
         * fixed). Was backoffMultiplier, which is now only Camel's scheduler option of carto:jobs.
         *
         * The option is a: double type.
         * Default: 1.5
         * Group: producer,import,workflow,job
         *
         * @param pollBackoffMultiplier the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder pollBackoffMultiplier(double pollBackoffMultiplier) {
            doSetProperty("pollBackoffMultiplier", pollBackoffMultiplier);
            return this;
        }

        /**
         * Each delay between a job's status polls is the previous one times this, up to maxPollInterval (1 =
         * fixed). Was backoffMultiplier, which is now only Camel's scheduler option of carto:jobs.
         *
         * The option is a: double type.
         * Default: 1.5
         * Group: producer,import,workflow,job
         *
         * @param pollBackoffMultiplier the value to set, converted to double
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder pollBackoffMultiplier(String pollBackoffMultiplier) {
            doSetProperty("pollBackoffMultiplier", uriSafe(pollBackoffMultiplier));
            return this;
        }

        /**
         * Delay before the first status poll of a job and between the first polls.
         *
         * The option is a: long type.
         * Default: 2000
         * Group: producer,import,workflow,job
         *
         * @param pollInterval the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder pollInterval(long pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * Delay before the first status poll of a job and between the first polls.
         *
         * The option is a: long type.
         * Default: 2000
         * Group: producer,import,workflow,job
         *
         * @param pollInterval the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder pollInterval(String pollInterval) {
            doSetProperty("pollInterval", uriSafe(pollInterval));
            return this;
        }

        /**
         * Whether the exchange completes only when the job has ended (DONE, or an exception for FAILED and
         * CANCELLED). Waiting holds no thread. Default value notice: false for carto:job, true for
         * carto:workflow and carto:import
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,import,workflow,job
         *
         * @param waitForCompletion the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder waitForCompletion(Boolean waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /**
         * Whether the exchange completes only when the job has ended (DONE, or an exception for FAILED and
         * CANCELLED). Waiting holds no thread. Default value notice: false for carto:job, true for
         * carto:workflow and carto:import
         *
         * The option is a: java.lang.Boolean type.
         * Default: false
         * Group: producer,import,workflow,job
         *
         * @param waitForCompletion the value to set, converted to Boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder waitForCompletion(String waitForCompletion) {
            doSetProperty("waitForCompletion", uriSafe(waitForCompletion));
            return this;
        }

        /**
         * How long to wait for a job in all before failing with CartoTimeoutException. The job is never
         * submitted again.
         *
         * The option is a: long type.
         * Default: 3600000
         * Group: producer,import,workflow,job
         *
         * @param waitTimeout the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder waitTimeout(long waitTimeout) {
            doSetProperty("waitTimeout", waitTimeout);
            return this;
        }

        /**
         * How long to wait for a job in all before failing with CartoTimeoutException. The job is never
         * submitted again.
         *
         * The option is a: long type.
         * Default: 3600000
         * Group: producer,import,workflow,job
         *
         * @param waitTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder waitTimeout(String waitTimeout) {
            doSetProperty("waitTimeout", uriSafe(waitTimeout));
            return this;
        }

        /**
         * A label for this application's jobs: carto:job and carto:workflow send it in the job's metadata
         * (camelCartoTag), and carto:jobs with the same jobTag follows only the listed jobs that carry it, not
         * every job of the account. CARTO's Imports API keeps no metadata, so carto:import does not send it.
         *
         * The option is a: java.lang.String type.
         * Group: common,job,workflow,jobs
         *
         * @param jobTag the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder jobTag(String jobTag) {
            doSetProperty("jobTag", uriSafe(jobTag));
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder stateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set, converted to org.apache.camel.spi.StateRepository&lt;String,
         * String&gt;
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", uriSafe(stateRepository));
            return this;
        }

        /**
         * carto:lds geocode: the address to geocode (else the body).
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param address the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder address(String address) {
            doSetProperty("address", uriSafe(address));
            return this;
        }

        /**
         * carto:lds geocode and batchGeocode: ISO 3166-1 alpha-2 country code narrowing the search.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param country the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder country(String country) {
            doSetProperty("country", uriSafe(country));
            return this;
        }

        /**
         * carto:lds reverseGeocode: the language of the answer.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param language the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder language(String language) {
            doSetProperty("language", uriSafe(language));
            return this;
        }

        /**
         * carto:lds reverseGeocode: the latitude, -90 to 90.
         *
         * The option is a: java.lang.Double type.
         * Group: producer,lds
         *
         * @param lat the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lat(Double lat) {
            doSetProperty("lat", lat);
            return this;
        }

        /**
         * carto:lds reverseGeocode: the latitude, -90 to 90.
         *
         * The option is a: java.lang.Double type.
         * Group: producer,lds
         *
         * @param lat the value to set, converted to Double
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lat(String lat) {
            doSetProperty("lat", uriSafe(lat));
            return this;
        }

        /**
         * carto:lds routing: where the route ends, as longitude,latitude (header CamelCartoLdsDestination
         * overrides it). Was destination, which is now only carto:import's table.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param ldsDestination the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder ldsDestination(String ldsDestination) {
            doSetProperty("ldsDestination", uriSafe(ldsDestination));
            return this;
        }

        /**
         * carto:lds: an alias of operation, kept for routes written before operation served every endpoint kind;
         * given with operation, both must name the same call.
         *
         * The option is a: io.github.camelcarto.CartoLdsOperation type.
         * Group: producer,lds
         *
         * @param ldsOperation the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder ldsOperation(io.github.camelcarto.CartoLdsOperation ldsOperation) {
            doSetProperty("ldsOperation", ldsOperation);
            return this;
        }

        /**
         * carto:lds: an alias of operation, kept for routes written before operation served every endpoint kind;
         * given with operation, both must name the same call.
         *
         * The option is a: io.github.camelcarto.CartoLdsOperation type.
         * Group: producer,lds
         *
         * @param ldsOperation the value to set, converted to io.github.camelcarto.CartoLdsOperation
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder ldsOperation(String ldsOperation) {
            doSetProperty("ldsOperation", uriSafe(ldsOperation));
            return this;
        }

        /**
         * carto:lds geocode: the most results to return.
         *
         * The option is a: java.lang.Integer type.
         * Group: producer,lds
         *
         * @param limit the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder limit(Integer limit) {
            doSetProperty("limit", limit);
            return this;
        }

        /**
         * carto:lds geocode: the most results to return.
         *
         * The option is a: java.lang.Integer type.
         * Group: producer,lds
         *
         * @param limit the value to set, converted to Integer
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder limit(String limit) {
            doSetProperty("limit", uriSafe(limit));
            return this;
        }

        /**
         * carto:lds reverseGeocode: the longitude, -180 to 180.
         *
         * The option is a: java.lang.Double type.
         * Group: producer,lds
         *
         * @param lon the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lon(Double lon) {
            doSetProperty("lon", lon);
            return this;
        }

        /**
         * carto:lds reverseGeocode: the longitude, -180 to 180.
         *
         * The option is a: java.lang.Double type.
         * Group: producer,lds
         *
         * @param lon the value to set, converted to Double
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lon(String lon) {
            doSetProperty("lon", uriSafe(lon));
            return this;
        }

        /**
         * carto:lds isolines and routing: the travel mode, e.g. car, walk.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param mode the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder mode(String mode) {
            doSetProperty("mode", uriSafe(mode));
            return this;
        }

        /**
         * What the endpoint does: for carto:job submit, get, cancel or list; for carto:lds the Location Data
         * Services call, geocode, reverseGeocode, batchGeocode, isolines or routing. Header CamelCartoOperation
         * overrides it. Default value notice: submit for carto:job; carto:lds needs one
         *
         * The option is a: java.lang.String type.
         * Group: producer,job,lds
         *
         * @param operation the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder operation(String operation) {
            doSetProperty("operation", uriSafe(operation));
            return this;
        }

        /**
         * carto:lds: provider options as a JSON object, sent as CARTO's options parameter on every call (as the
         * CARTO CLI's --options); header CamelCartoLdsOptions overrides it.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param options the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder options(String options) {
            doSetProperty("options", uriSafe(options));
            return this;
        }

        /**
         * carto:lds isolines and routing: the start as longitude,latitude (longitude first).
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param origin the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder origin(String origin) {
            doSetProperty("origin", uriSafe(origin));
            return this;
        }

        /**
         * carto:lds isolines: comma-separated ranges, seconds for rangeType=time, meters for distance.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param range the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder range(String range) {
            doSetProperty("range", uriSafe(range));
            return this;
        }

        /**
         * carto:lds isolines: time or distance; sent as range_type.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param rangeType the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder rangeType(String rangeType) {
            doSetProperty("rangeType", uriSafe(rangeType));
            return this;
        }

        /**
         * carto:lds routing: intermediate points as latitude,longitude (latitude first, unlike origin),
         * separated by semicolons.
         *
         * The option is a: java.lang.String type.
         * Group: producer,lds
         *
         * @param waypoints the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder waypoints(String waypoints) {
            doSetProperty("waypoints", uriSafe(waypoints));
            return this;
        }

        /**
         * carto:query: sent as the request's Cache-Control header, e.g. no-cache to ask for a fresh answer or
         * max-age=3600 to accept one up to an hour old. Only a GET can be answered from CARTO's cache, so it
         * needs method=get or auto. Whether CARTO's CDN honours it is not documented (CARTO's own JavaScript
         * client forwards it; carto-local honours it).
         *
         * The option is a: java.lang.String type.
         * Group: producer,query
         *
         * @param cacheControl the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder cacheControl(String cacheControl) {
            doSetProperty("cacheControl", uriSafe(cacheControl));
            return this;
        }

        /**
         * How carto:query (and with apiVersion=v2, carto:copyto) sends the SQL. post: never cached, every run
         * reaches the warehouse. get: CARTO's CDN caches the answer by URL for up to a year, so a repeated
         * SELECT may return stale rows and a repeated DML statement may not run at all; only for reads that may
         * be stale. auto: GET while the URL stays under 7,000 characters, POST beyond. CARTO 2's SQL API marks
         * its answers for revalidation, so apiVersion=v2 keeps auto. The upper-case AUTO, GET and POST of
         * earlier versions are accepted too. Default value notice: post; auto with apiVersion=v2
         *
         * The option is a: io.github.camelcarto.client.QueryMethod type.
         * Group: producer,copy,query
         *
         * @param method the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder method(io.github.camelcarto.client.QueryMethod method) {
            doSetProperty("method", method);
            return this;
        }

        /**
         * How carto:query (and with apiVersion=v2, carto:copyto) sends the SQL. post: never cached, every run
         * reaches the warehouse. get: CARTO's CDN caches the answer by URL for up to a year, so a repeated
         * SELECT may return stale rows and a repeated DML statement may not run at all; only for reads that may
         * be stale. auto: GET while the URL stays under 7,000 characters, POST beyond. CARTO 2's SQL API marks
         * its answers for revalidation, so apiVersion=v2 keeps auto. The upper-case AUTO, GET and POST of
         * earlier versions are accepted too. Default value notice: post; auto with apiVersion=v2
         *
         * The option is a: io.github.camelcarto.client.QueryMethod type.
         * Group: producer,copy,query
         *
         * @param method the value to set, converted to io.github.camelcarto.client.QueryMethod
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder method(String method) {
            doSetProperty("method", uriSafe(method));
            return this;
        }

        /**
         * Query parameters as JSON when header CamelCartoQueryParameters is absent: an object for named name
         * parameters, an array for positional $1/:1 parameters.
         *
         * The option is a: java.lang.String type.
         * Group: producer,job,query
         *
         * @param queryParameters the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder queryParameters(String queryParameters) {
            doSetProperty("queryParameters", uriSafe(queryParameters));
            return this;
        }

        /**
         * The SQL to run when header CamelCartoSql is absent; resource:classpath:x.sql or file:x.sql loads it
         * from a file. Without either, the message body is the SQL.
         *
         * The option is a: java.lang.String type.
         * Group: producer,copy,job,query
         *
         * @param sql the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder sql(String sql) {
            doSetProperty("sql", uriSafe(sql));
            return this;
        }

        /**
         * A CARTO API Access Token or OAuth token, sent as Authorization: Bearer. Use a property placeholder
         * ({{carto.accessToken}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", uriSafe(accessToken));
            return this;
        }

        /**
         * Instead of accessToken: the client id of a CARTO machine-to-machine (M2M) OAuth application; with
         * clientSecret, tokens are fetched and renewed before they expire.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder clientId(String clientId) {
            doSetProperty("clientId", uriSafe(clientId));
            return this;
        }

        /**
         * The client secret of the M2M OAuth application named by clientId.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", uriSafe(clientSecret));
            return this;
        }

        /**
         * Where clientId and clientSecret are exchanged for an access token.
         *
         * The option is a: java.lang.String type.
         * Default: https://auth.carto.com/oauth/token
         * Group: security
         *
         * @param oauthTokenUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder oauthTokenUrl(String oauthTokenUrl) {
            doSetProperty("oauthTokenUrl", uriSafe(oauthTokenUrl));
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder sslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set, converted to
         * org.apache.camel.support.jsse.SSLContextParameters
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", uriSafe(sslContextParameters));
            return this;
        }

        /**
         * apiVersion=v2: the CARTO 2 API key (the master key for batch jobs and COPY). Use a property
         * placeholder ({{carto.apiKey}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security,v2
         *
         * @param apiKey the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiKey(String apiKey) {
            doSetProperty("apiKey", uriSafe(apiKey));
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiKeyMode(io.github.camelcarto.CartoApiKeyMode apiKeyMode) {
            doSetProperty("apiKeyMode", apiKeyMode);
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set, converted to io.github.camelcarto.CartoApiKeyMode
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder apiKeyMode(String apiKeyMode) {
            doSetProperty("apiKeyMode", uriSafe(apiKeyMode));
            return this;
        }

        /**
         * apiVersion=v2: gzip compresses copyfrom uploads on the fly and asks for gzipped copyto and export
         * answers (decoded transparently); none sends and receives plain bytes.
         *
         * The option is a: io.github.camelcarto.CartoCompression type.
         * Default: gzip
         * Group: producer,copy,v2
         *
         * @param compression the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder compression(io.github.camelcarto.CartoCompression compression) {
            doSetProperty("compression", compression);
            return this;
        }

        /**
         * apiVersion=v2: gzip compresses copyfrom uploads on the fly and asks for gzipped copyto and export
         * answers (decoded transparently); none sends and receives plain bytes.
         *
         * The option is a: io.github.camelcarto.CartoCompression type.
         * Default: gzip
         * Group: producer,copy,v2
         *
         * @param compression the value to set, converted to io.github.camelcarto.CartoCompression
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder compression(String compression) {
            doSetProperty("compression", uriSafe(compression));
            return this;
        }

        /**
         * apiVersion=v2, carto:query: decimal places of coordinates in geometry formats (CARTO's default is 6).
         *
         * The option is a: java.lang.Integer type.
         * Group: producer,v2
         *
         * @param dp the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder dp(Integer dp) {
            doSetProperty("dp", dp);
            return this;
        }

        /**
         * apiVersion=v2, carto:query: decimal places of coordinates in geometry formats (CARTO's default is 6).
         *
         * The option is a: java.lang.Integer type.
         * Group: producer,v2
         *
         * @param dp the value to set, converted to Integer
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder dp(String dp) {
            doSetProperty("dp", uriSafe(dp));
            return this;
        }

        /**
         * apiVersion=v2, carto:query and carto:copyto: the file name CARTO puts in Content-Disposition (header
         * CamelCartoFileName).
         *
         * The option is a: java.lang.String type.
         * Group: producer,copy,v2
         *
         * @param filename the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder filename(String filename) {
            doSetProperty("filename", uriSafe(filename));
            return this;
        }

        /**
         * apiVersion=v2, carto:query: the output format. json gives the rows as a List of Maps; every other
         * format is streamed: the body is an InputStream to pipe to a file.
         *
         * The option is a: java.lang.String type.
         * Default: json
         * Group: producer,v2
         *
         * @param format the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder format(String format) {
            doSetProperty("format", uriSafe(format));
            return this;
        }

        /**
         * apiVersion=v2, carto:query: columns to leave out of the result, comma-separated.
         *
         * The option is a: java.lang.String type.
         * Group: producer,v2
         *
         * @param skipfields the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder skipfields(String skipfields) {
            doSetProperty("skipfields", uriSafe(skipfields));
            return this;
        }

        /**
         * carto:workflow: the SQL dialect of the connection's warehouse, which decides the form of the CALL:
         * bigquery (also the CARTO Data Warehouse) quotes the procedure in backticks and passes the parameters
         * by name; snowflake (placeholders :1, :2), postgresql and redshift (placeholders $1, $2) take the name
         * as given and the parameters by position, from a List or a Map ordered by parameterOrder. Other
         * warehouses: send the CALL to carto:job.
         *
         * The option is a: io.github.camelcarto.client.WarehouseDialect type.
         * Default: bigquery
         * Group: producer,workflow
         *
         * @param dialect the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder dialect(io.github.camelcarto.client.WarehouseDialect dialect) {
            doSetProperty("dialect", dialect);
            return this;
        }

        /**
         * carto:workflow: the SQL dialect of the connection's warehouse, which decides the form of the CALL:
         * bigquery (also the CARTO Data Warehouse) quotes the procedure in backticks and passes the parameters
         * by name; snowflake (placeholders :1, :2), postgresql and redshift (placeholders $1, $2) take the name
         * as given and the parameters by position, from a List or a Map ordered by parameterOrder. Other
         * warehouses: send the CALL to carto:job.
         *
         * The option is a: io.github.camelcarto.client.WarehouseDialect type.
         * Default: bigquery
         * Group: producer,workflow
         *
         * @param dialect the value to set, converted to io.github.camelcarto.client.WarehouseDialect
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder dialect(String dialect) {
            doSetProperty("dialect", uriSafe(dialect));
            return this;
        }

        /**
         * carto:workflow: when the run is DONE, read the workflow's output table and make its rows the body.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,workflow
         *
         * @param fetchOutput the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder fetchOutput(boolean fetchOutput) {
            doSetProperty("fetchOutput", fetchOutput);
            return this;
        }

        /**
         * carto:workflow: when the run is DONE, read the workflow's output table and make its rows the body.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,workflow
         *
         * @param fetchOutput the value to set, converted to boolean
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder fetchOutput(String fetchOutput) {
            doSetProperty("fetchOutput", uriSafe(fetchOutput));
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lookback(long lookback) {
            doSetProperty("lookback", lookback);
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder lookback(String lookback) {
            doSetProperty("lookback", uriSafe(lookback));
            return this;
        }

        /**
         * carto:workflow: the procedure's parameter names in declaration order, comma-separated. Needed when the
         * parameters Map has no defined order (a HashMap); every name must have a value. A List of parameters
         * (positional dialects) is in order already.
         *
         * The option is a: java.lang.String type.
         * Group: producer,workflow
         *
         * @param parameterOrder the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder parameterOrder(String parameterOrder) {
            doSetProperty("parameterOrder", uriSafe(parameterOrder));
            return this;
        }

        /**
         * carto:workflow: the workflow's stored procedure, fully qualified as CARTO shows it in the workflow's
         * API dialog (e.g. project.workflows_temp.wfproc_abc).
         *
         * The option is a: java.lang.String type.
         * Group: producer,workflow
         *
         * @param procedure the value to set
         * @return the dsl builder
         */
        default CartoEndpointProducerBuilder procedure(String procedure) {
            doSetProperty("procedure", uriSafe(procedure));
            return this;
        }
    }

    /**
     * Advanced builder for endpoint producers of the CARTO component.
     */
    public interface AdvancedCartoEndpointProducerBuilder extends EndpointProducerBuilder {

        default CartoEndpointProducerBuilder basic() {
            return (CartoEndpointProducerBuilder) this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this
         * to allow CamelContext and routes to startup in situations where a producer may otherwise fail during
         * starting and cause the route to fail being started. By deferring this startup to be lazy then the
         * startup failure can be handled during routing messages via Camel's routing error handlers. Beware that
         * when the first message is processed then creating and starting the producer may take a little time and
         * prolong the total processing time of the processing.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,advanced
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this
         * to allow CamelContext and routes to startup in situations where a producer may otherwise fail during
         * starting and cause the route to fail being started. By deferring this startup to be lazy then the
         * startup failure can be handled during routing messages via Camel's routing error handlers. Beware that
         * when the first message is processed then creating and starting the producer may take a little time and
         * prolong the total processing time of the processing.
         *
         * The option is a: boolean type.
         * Default: false
         * Group: producer,advanced
         *
         * @param lazyStartProducer the value to set, converted to boolean
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", uriSafe(lazyStartProducer));
            return this;
        }

        /**
         * The client attribution parameter sent with every call, which CARTO uses to categorise traffic (not an
         * OAuth client id: that is clientId). Empty to send none.
         *
         * The option is a: java.lang.String type.
         * Default: camel-carto
         * Group: advanced
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder client(String client) {
            doSetProperty("client", uriSafe(client));
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", uriSafe(connectTimeout));
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder httpClient(java.net.http.HttpClient httpClient) {
            doSetProperty("httpClient", httpClient);
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set, converted to java.net.http.HttpClient
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder httpClient(String httpClient) {
            doSetProperty("httpClient", uriSafe(httpClient));
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder httpEngine(io.github.camelcarto.CartoHttpEngine httpEngine) {
            doSetProperty("httpEngine", httpEngine);
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set, converted to io.github.camelcarto.CartoHttpEngine
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder httpEngine(String httpEngine) {
            doSetProperty("httpEngine", uriSafe(httpEngine));
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", uriSafe(maxRetries));
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", uriSafe(maxRetryAfter));
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder readTimeout(long readTimeout) {
            doSetProperty("readTimeout", readTimeout);
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder readTimeout(String readTimeout) {
            doSetProperty("readTimeout", uriSafe(readTimeout));
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", uriSafe(requestTimeout));
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m,
         * 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", uriSafe(retryInitialDelay));
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointProducerBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", uriSafe(retryMaxDelay));
            return this;
        }
    }

    /**
     * Builder for endpoints of the CARTO component.
     */
    public interface CartoEndpointBuilder extends CartoEndpointConsumerBuilder, CartoEndpointProducerBuilder {

        default AdvancedCartoEndpointBuilder advanced() {
            return (AdvancedCartoEndpointBuilder) this;
        }

        /**
         * The CARTO API base URL of your organisation's region (e.g. https://gcp-europe-west1.api.carto.com) or
         * of a self-hosted install (https://your-domain/api).
         *
         * The option is a: java.lang.String type.
         * Default: https://gcp-us-east1.api.carto.com
         * Group: common
         *
         * @param apiBaseUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiBaseUrl(String apiBaseUrl) {
            doSetProperty("apiBaseUrl", uriSafe(apiBaseUrl));
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiVersion(io.github.camelcarto.CartoApiVersion apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted SQL API v2,
         * apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or https://host/user/{user}.
         *
         * The option is a: io.github.camelcarto.CartoApiVersion type.
         * Default: v3
         * Group: common
         *
         * @param apiVersion the value to set, converted to io.github.camelcarto.CartoApiVersion
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", uriSafe(apiVersion));
            return this;
        }

        /**
         * The CARTO connection to run SQL through (its name in CARTO Workspace). Required by carto:query,
         * carto:workflow, and carto:job except operation=list.
         *
         * The option is a: java.lang.String type.
         * Group: common
         *
         * @param connection the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder connection(String connection) {
            doSetProperty("connection", uriSafe(connection));
            return this;
        }

        /**
         * A label for this application's jobs: carto:job and carto:workflow send it in the job's metadata
         * (camelCartoTag), and carto:jobs with the same jobTag follows only the listed jobs that carry it, not
         * every job of the account. CARTO's Imports API keeps no metadata, so carto:import does not send it.
         *
         * The option is a: java.lang.String type.
         * Group: common,job,workflow,jobs
         *
         * @param jobTag the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder jobTag(String jobTag) {
            doSetProperty("jobTag", uriSafe(jobTag));
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder stateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where state that must outlive the application is kept: for carto:jobs each job's last delivered status
         * and the jobs still running; for carto:job, carto:workflow and carto:import the idempotency keys
         * submitted and their jobs. In memory by default; use a FileStateRepository (one process) or a
         * JdbcStateRepository (replicas sharing a database) so that restarts and redeliveries neither repeat nor
         * lose work. One repository per carto:jobs consumer; producers may share it.
         *
         * The option is a: org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type.
         * Group: common,job,workflow,import,jobs
         *
         * @param stateRepository the value to set, converted to org.apache.camel.spi.StateRepository&lt;String,
         * String&gt;
         * @return the dsl builder
         */
        default CartoEndpointBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", uriSafe(stateRepository));
            return this;
        }

        /**
         * A CARTO API Access Token or OAuth token, sent as Authorization: Bearer. Use a property placeholder
         * ({{carto.accessToken}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", uriSafe(accessToken));
            return this;
        }

        /**
         * Instead of accessToken: the client id of a CARTO machine-to-machine (M2M) OAuth application; with
         * clientSecret, tokens are fetched and renewed before they expire.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder clientId(String clientId) {
            doSetProperty("clientId", uriSafe(clientId));
            return this;
        }

        /**
         * The client secret of the M2M OAuth application named by clientId.
         *
         * The option is a: java.lang.String type.
         * Group: security
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", uriSafe(clientSecret));
            return this;
        }

        /**
         * Where clientId and clientSecret are exchanged for an access token.
         *
         * The option is a: java.lang.String type.
         * Default: https://auth.carto.com/oauth/token
         * Group: security
         *
         * @param oauthTokenUrl the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder oauthTokenUrl(String oauthTokenUrl) {
            doSetProperty("oauthTokenUrl", uriSafe(oauthTokenUrl));
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder sslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. Certificates
         * are always verified. When unset, Camel's global SSL context parameters apply if the component's
         * useGlobalSslContextParameters is on.
         *
         * The option is a: org.apache.camel.support.jsse.SSLContextParameters type.
         * Group: security
         *
         * @param sslContextParameters the value to set, converted to
         * org.apache.camel.support.jsse.SSLContextParameters
         * @return the dsl builder
         */
        default CartoEndpointBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", uriSafe(sslContextParameters));
            return this;
        }

        /**
         * apiVersion=v2: the CARTO 2 API key (the master key for batch jobs and COPY). Use a property
         * placeholder ({{carto.apiKey}}) rather than writing it in the URI.
         *
         * The option is a: java.lang.String type.
         * Group: security,v2
         *
         * @param apiKey the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiKey(String apiKey) {
            doSetProperty("apiKey", uriSafe(apiKey));
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiKeyMode(io.github.camelcarto.CartoApiKeyMode apiKeyMode) {
            doSetProperty("apiKeyMode", apiKeyMode);
            return this;
        }

        /**
         * apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or parameter
         * (the api_key query parameter; never printed or logged by the component).
         *
         * The option is a: io.github.camelcarto.CartoApiKeyMode type.
         * Default: basic
         * Group: security,v2
         *
         * @param apiKeyMode the value to set, converted to io.github.camelcarto.CartoApiKeyMode
         * @return the dsl builder
         */
        default CartoEndpointBuilder apiKeyMode(String apiKeyMode) {
            doSetProperty("apiKeyMode", uriSafe(apiKeyMode));
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set
         * @return the dsl builder
         */
        default CartoEndpointBuilder lookback(long lookback) {
            doSetProperty("lookback", lookback);
            return this;
        }

        /**
         * carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as created_since
         * (now minus this). CARTO lists the jobs created since then, finished ones included; a job the consumer
         * saw unfinished is read until it ends even once it is older. Longer costs a larger listing each poll;
         * shorter misses the jobs created and ended while the route was stopped for longer than this. With an
         * idempotency key, carto:job and carto:workflow look a key their stateRepository does not hold up in the
         * same listing.
         *
         * The option is a: long type.
         * Default: 86400000
         * Group: common,jobs,job,workflow
         *
         * @param lookback the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default CartoEndpointBuilder lookback(String lookback) {
            doSetProperty("lookback", uriSafe(lookback));
            return this;
        }
    }

    /**
     * Advanced builder for endpoints of the CARTO component.
     */
    public interface AdvancedCartoEndpointBuilder extends AdvancedCartoEndpointConsumerBuilder, AdvancedCartoEndpointProducerBuilder {

        default CartoEndpointBuilder basic() {
            return (CartoEndpointBuilder) this;
        }

        /**
         * The client attribution parameter sent with every call, which CARTO uses to categorise traffic (not an
         * OAuth client id: that is clientId). Empty to send none.
         *
         * The option is a: java.lang.String type.
         * Default: camel-carto
         * Group: advanced
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder client(String client) {
            doSetProperty("client", uriSafe(client));
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a connection to CARTO.
         *
         * The option is a: long type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", uriSafe(connectTimeout));
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder httpClient(java.net.http.HttpClient httpClient) {
            doSetProperty("httpClient", httpClient);
            return this;
        }

        /**
         * A java.net.http.HttpClient to use instead of the component's own, given by reference (#myClient); a
         * bean of that type in the registry is not picked up by itself. connectTimeout, sslContextParameters and
         * the global SSL context parameters then do not apply.
         *
         * The option is a: java.net.http.HttpClient type.
         * Group: advanced
         *
         * @param httpClient the value to set, converted to java.net.http.HttpClient
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder httpClient(String httpClient) {
            doSetProperty("httpClient", uriSafe(httpClient));
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder httpEngine(io.github.camelcarto.CartoHttpEngine httpEngine) {
            doSetProperty("httpEngine", httpEngine);
            return this;
        }

        /**
         * The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk
         * (java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for every answer).
         * Both stream, time out and retry alike. An httpClient given by reference is always used as it is.
         *
         * The option is a: io.github.camelcarto.CartoHttpEngine type.
         * Default: apache
         * Group: advanced
         *
         * @param httpEngine the value to set, converted to io.github.camelcarto.CartoHttpEngine
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder httpEngine(String httpEngine) {
            doSetProperty("httpEngine", uriSafe(httpEngine));
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * How many times a call that failed transiently (429, 5xx but 501 and 505, a broken connection) is
         * retried. Only idempotent calls are retried after they may have reached CARTO; a job submit is not.
         * Retries count sends, including the second send the JDK HTTP client makes by itself of a GET whose
         * connection closed before any answer (so such a GET is sent twice even with 0).
         *
         * The option is a: int type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", uriSafe(maxRetries));
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After that is waited out; a 429 asking for longer fails at once with
         * CartoRateLimitException instead of holding the exchange.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param maxRetryAfter the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", uriSafe(maxRetryAfter));
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder readTimeout(long readTimeout) {
            doSetProperty("readTimeout", readTimeout);
            return this;
        }

        /**
         * How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are awaited, or
         * takes nothing more of an upload, for this long, the call fails with CartoReadTimeoutException and its
         * connection is dropped. Never a limit on the whole transfer: a long COPY or export that keeps flowing
         * is not cut, nor is a reader that pauses.
         *
         * The option is a: long type.
         * Default: 60000
         * Group: advanced
         *
         * @param readTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder readTimeout(String readTimeout) {
            doSetProperty("readTimeout", uriSafe(readTimeout));
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How long CARTO may take to start answering: from sending a call, or from the last byte of an upload,
         * to the end of the answer's headers (CARTO stops synchronous queries after 1 minute). A long upload is
         * not cut by it; readTimeout watches uploads.
         *
         * The option is a: long type.
         * Default: 90000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", uriSafe(requestTimeout));
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Delay before the first retry; it doubles on each retry, with jitter.
         *
         * The option is a: long type.
         * Default: 500
         * Group: advanced
         *
         * @param retryInitialDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m,
         * 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", uriSafe(retryInitialDelay));
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * The longest delay between retries.
         *
         * The option is a: long type.
         * Default: 30000
         * Group: advanced
         *
         * @param retryMaxDelay the value to set, converted to long (milliseconds, or text such as 5s, 2m, 1h)
         * @return the dsl builder
         */
        default AdvancedCartoEndpointBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", uriSafe(retryMaxDelay));
            return this;
        }
    }

    /**
     * What a route builder implements to build carto endpoints: carto(path), and carto() for the names of the
     * headers.
     */
    public interface CartoBuilders {

        /**
         * The names of the headers of the carto component.
         *
         * @return the dsl builder for the headers' names
         */
        default CartoHeaderNameBuilder carto() {
            return CartoHeaderNameBuilder.INSTANCE;
        }

        /**
         * CARTO (camel-carto): Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import
         * files, follow job events and call Location Data Services.
         *
         * Syntax: carto:kind
         *
         * @param path carto:kind
         * @return the dsl builder
         */
        default CartoEndpointBuilder carto(String path) {
            return CartoEndpointBuilderFactory.endpointBuilder("carto", path);
        }

        /**
         * CARTO (camel-carto): Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import
         * files, follow job events and call Location Data Services.
         *
         * Syntax: carto:kind
         *
         * @param componentName the name of a carto component registered under another name
         * @param path carto:kind
         * @return the dsl builder
         */
        default CartoEndpointBuilder carto(String componentName, String path) {
            return CartoEndpointBuilderFactory.endpointBuilder(componentName, path);
        }
    }

    /**
     * The names of the headers of the carto component.
     */
    public static class CartoHeaderNameBuilder {

        private static final CartoHeaderNameBuilder INSTANCE = new CartoHeaderNameBuilder();

        /**
         * The SQL to run; overrides the sql option and the body.
         *
         * @return the name of the header CamelCartoSql
         */
        public String cartoSql() {
            return "CamelCartoSql";
        }

        /**
         * Query parameters: a Map for named name parameters (BigQuery), a List for positional $1 (PostgreSQL,
         * Redshift) or :1 (Snowflake) parameters. Overrides the queryParameters option. For carto:workflow, the
         * procedure's parameters.
         *
         * @return the name of the header CamelCartoQueryParameters
         */
        public String cartoQueryParameters() {
            return "CamelCartoQueryParameters";
        }

        /**
         * The carto:job operation (submit, get, cancel, list); overrides the operation option.
         *
         * @return the name of the header CamelCartoOperation
         */
        public String cartoOperation() {
            return "CamelCartoOperation";
        }

        /**
         * The job's id: read by get and cancel, written by every job operation.
         *
         * @return the name of the header CamelCartoJobId
         */
        public String cartoJobId() {
            return "CamelCartoJobId";
        }

        /**
         * The job's normalised status: PENDING, RUNNING, DONE, FAILED, CANCELLED or UNKNOWN.
         *
         * @return the name of the header CamelCartoJobStatus
         */
        public String cartoJobStatus() {
            return "CamelCartoJobStatus";
        }

        /**
         * A Map sent as the job's metadata on submit.
         *
         * @return the name of the header CamelCartoJobMetadata
         */
        public String cartoJobMetadata() {
            return "CamelCartoJobMetadata";
        }

        /**
         * carto:job, carto:workflow, carto:import: the idempotency key of this submission, e.g. the message id
         * of a queue that redelivers. An exchange whose key was submitted before does not submit again: it
         * resumes waiting for that job, or completes with its end. Overrides option idempotencyKey.
         *
         * @return the name of the header CamelCartoIdempotencyKey
         */
        public String cartoIdempotencyKey() {
            return "CamelCartoIdempotencyKey";
        }

        /**
         * With an idempotency key: true when the job had been submitted before under that key and this exchange
         * took it up again, false when this exchange submitted it.
         *
         * @return the name of the header CamelCartoResumed
         */
        public String cartoResumed() {
            return "CamelCartoResumed";
        }

        /**
         * How many status reads waiting for the job took.
         *
         * @return the name of the header CamelCartoPollCount
         */
        public String cartoPollCount() {
            return "CamelCartoPollCount";
        }

        /**
         * How long waiting for the job took, in milliseconds.
         *
         * @return the name of the header CamelCartoElapsedMillis
         */
        public String cartoElapsedMillis() {
            return "CamelCartoElapsedMillis";
        }

        /**
         * How many rows the query returned.
         *
         * @return the name of the header CamelCartoRowCount
         */
        public String cartoRowCount() {
            return "CamelCartoRowCount";
        }

        /**
         * The result's columns: a List of Maps with name and type.
         *
         * @return the name of the header CamelCartoSchema
         */
        public String cartoSchema() {
            return "CamelCartoSchema";
        }

        /**
         * CARTO's meta object of a query result (cacheHit, totalBytesProcessed, location...).
         *
         * @return the name of the header CamelCartoQueryMeta
         */
        public String cartoQueryMeta() {
            return "CamelCartoQueryMeta";
        }

        /**
         * The workflow's output table (jobMetadata.workflowOutputTableName).
         *
         * @return the name of the header CamelCartoWorkflowOutputTable
         */
        public String cartoWorkflowOutputTable() {
            return "CamelCartoWorkflowOutputTable";
        }

        /**
         * carto:import: the import's job id.
         *
         * @return the name of the header CamelCartoImportId
         */
        public String cartoImportId() {
            return "CamelCartoImportId";
        }

        /**
         * carto:import: the table the import wrote (its destination, or the table the legacy Import API
         * created).
         *
         * @return the name of the header CamelCartoTable
         */
        public String cartoTable() {
            return "CamelCartoTable";
        }

        /**
         * carto:jobs: the status last delivered for this job before this event, or null the first time the job
         * is seen.
         *
         * @return the name of the header CamelCartoJobPreviousStatus
         */
        public String cartoJobPreviousStatus() {
            return "CamelCartoJobPreviousStatus";
        }

        /**
         * carto:jobs: the connection the job runs on, when known.
         *
         * @return the name of the header CamelCartoConnection
         */
        public String cartoConnection() {
            return "CamelCartoConnection";
        }

        /**
         * carto:lds: the operation; overrides the ldsOperation option.
         *
         * @return the name of the header CamelCartoLdsOperation
         */
        public String cartoLdsOperation() {
            return "CamelCartoLdsOperation";
        }

        /**
         * carto:lds geocode: the address; overrides the address option.
         *
         * @return the name of the header CamelCartoLdsAddress
         */
        public String cartoLdsAddress() {
            return "CamelCartoLdsAddress";
        }

        /**
         * carto:lds: ISO alpha-2 country; overrides the country option.
         *
         * @return the name of the header CamelCartoLdsCountry
         */
        public String cartoLdsCountry() {
            return "CamelCartoLdsCountry";
        }

        /**
         * carto:lds geocode: most results; overrides the limit option.
         *
         * @return the name of the header CamelCartoLdsLimit
         */
        public String cartoLdsLimit() {
            return "CamelCartoLdsLimit";
        }

        /**
         * carto:lds reverseGeocode: latitude; overrides the lat option.
         *
         * @return the name of the header CamelCartoLdsLat
         */
        public String cartoLdsLat() {
            return "CamelCartoLdsLat";
        }

        /**
         * carto:lds reverseGeocode: longitude; overrides the lon option.
         *
         * @return the name of the header CamelCartoLdsLon
         */
        public String cartoLdsLon() {
            return "CamelCartoLdsLon";
        }

        /**
         * carto:lds reverseGeocode: language; overrides the language option.
         *
         * @return the name of the header CamelCartoLdsLanguage
         */
        public String cartoLdsLanguage() {
            return "CamelCartoLdsLanguage";
        }

        /**
         * carto:lds isolines and routing: the origin as lon,lat or a List lon, lat; overrides the origin option.
         *
         * @return the name of the header CamelCartoLdsOrigin
         */
        public String cartoLdsOrigin() {
            return "CamelCartoLdsOrigin";
        }

        /**
         * carto:lds routing: the destination as lon,lat or a List lon, lat; overrides the ldsDestination option.
         *
         * @return the name of the header CamelCartoLdsDestination
         */
        public String cartoLdsDestination() {
            return "CamelCartoLdsDestination";
        }

        /**
         * carto:lds isolines and routing: travel mode; overrides the mode option.
         *
         * @return the name of the header CamelCartoLdsMode
         */
        public String cartoLdsMode() {
            return "CamelCartoLdsMode";
        }

        /**
         * carto:lds isolines: ranges as 300,600 or a List; overrides the range option.
         *
         * @return the name of the header CamelCartoLdsRange
         */
        public String cartoLdsRange() {
            return "CamelCartoLdsRange";
        }

        /**
         * carto:lds isolines: time or distance; overrides the rangeType option.
         *
         * @return the name of the header CamelCartoLdsRangeType
         */
        public String cartoLdsRangeType() {
            return "CamelCartoLdsRangeType";
        }

        /**
         * carto:lds routing: waypoints as lat,lon;lat,lon or a List of lat,lon; overrides the waypoints option.
         *
         * @return the name of the header CamelCartoLdsWaypoints
         */
        public String cartoLdsWaypoints() {
            return "CamelCartoLdsWaypoints";
        }

        /**
         * carto:lds: the provider options sent as CARTO's options parameter, a Map or a JSON object; overrides
         * the options option.
         *
         * @return the name of the header CamelCartoLdsOptions
         */
        public String cartoLdsOptions() {
            return "CamelCartoLdsOptions";
        }

        /**
         * carto:lds batchGeocode: how many entries carry an error.
         *
         * @return the name of the header CamelCartoLdsFailedCount
         */
        public String cartoLdsFailedCount() {
            return "CamelCartoLdsFailedCount";
        }

        /**
         * apiVersion=v2: Carto-Rate-Limit-Limit of the last answer, the requests allowed in the rate-limit
         * window.
         *
         * @return the name of the header CamelCartoRateLimitLimit
         */
        public String cartoRateLimitLimit() {
            return "CamelCartoRateLimitLimit";
        }

        /**
         * apiVersion=v2: Carto-Rate-Limit-Remaining of the last answer, the requests left in the window.
         *
         * @return the name of the header CamelCartoRateLimitRemaining
         */
        public String cartoRateLimitRemaining() {
            return "CamelCartoRateLimitRemaining";
        }

        /**
         * apiVersion=v2: Carto-Rate-Limit-Reset of the last answer, seconds until the limit is fully reset.
         *
         * @return the name of the header CamelCartoRateLimitReset
         */
        public String cartoRateLimitReset() {
            return "CamelCartoRateLimitReset";
        }

        /**
         * apiVersion=v2, carto:query format=json: the result's columns by name, each a Map with type and pgtype.
         *
         * @return the name of the header CamelCartoFields
         */
        public String cartoFields() {
            return "CamelCartoFields";
        }

        /**
         * apiVersion=v2: CARTO's elapsed time for the query or COPY, in seconds.
         *
         * @return the name of the header CamelCartoQueryTime
         */
        public String cartoQueryTime() {
            return "CamelCartoQueryTime";
        }

        /**
         * apiVersion=v2: the file name CARTO gave a streamed answer (Content-Disposition), e.g. to set
         * CamelFileName from.
         *
         * @return the name of the header CamelCartoFileName
         */
        public String cartoFileName() {
            return "CamelCartoFileName";
        }

        /**
         * apiVersion=v2, format=json: PostgreSQL notices raised by the query.
         *
         * @return the name of the header CamelCartoNotices
         */
        public String cartoNotices() {
            return "CamelCartoNotices";
        }

        /**
         * apiVersion=v2, format=json: PostgreSQL warnings raised by the query.
         *
         * @return the name of the header CamelCartoWarnings
         */
        public String cartoWarnings() {
            return "CamelCartoWarnings";
        }

        /**
         * apiVersion=v2, carto:job cancel: true when the job had already ended, so there was nothing to cancel.
         *
         * @return the name of the header CamelCartoJobAlreadyDone
         */
        public String cartoJobAlreadyDone() {
            return "CamelCartoJobAlreadyDone";
        }

        /**
         * apiVersion=v2, carto:copyfrom: bytes sent to CARTO (after compression).
         *
         * @return the name of the header CamelCartoBytesSent
         */
        public String cartoBytesSent() {
            return "CamelCartoBytesSent";
        }
    }

    /**
     * CARTO (camel-carto): Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import files,
     * follow job events and call Location Data Services.
     *
     * Syntax: carto:kind
     *
     * For routes that do not implement CartoBuilders: import static
     * io.github.camelcarto.dsl.CartoEndpointBuilderFactory.carto;
     *
     * @param path carto:kind
     * @return the dsl builder
     */
    static CartoEndpointBuilder carto(String path) {
        return endpointBuilder("carto", path);
    }

    /**
     * The builder of an endpoint of the carto component registered as componentName.
     *
     * @param componentName the component's name
     * @param path carto:kind
     * @return the dsl builder
     */
    static CartoEndpointBuilder endpointBuilder(String componentName, String path) {
        class CartoEndpointBuilderImpl extends AbstractEndpointBuilder implements CartoEndpointBuilder, AdvancedCartoEndpointBuilder {
            CartoEndpointBuilderImpl(String path) {
                super(componentName, path);
            }
        }
        return new CartoEndpointBuilderImpl(path);
    }

    /**
     * The value as Camel's URI parsing keeps it: text with +, &amp; or % goes in RAW(...), as the endpoint DSL
     * builds a URI that Camel parses again.
     */
    private static String uriSafe(String value) {
        if (value == null || value.startsWith("RAW(") || value.startsWith("RAW{")
            || value.chars().noneMatch(c -> c == '+' || c == '&' || c == '%')) {
            return value;
        }
        return "RAW(" + value + ")";
    }
}
