package io.github.camelcarto;

import io.github.camelcarto.client.QueryParameters;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Message;

/** Reads a producer's inputs from an exchange in Camel's order: header, then endpoint option, then body. */
final class ExchangeInputs {

    private ExchangeInputs() {
    }

    /** The SQL from header CamelCartoSql, else option sql, else the body. */
    static String sql(Exchange exchange, CartoEndpoint endpoint) {
        Message in = exchange.getMessage();
        String sql = in.getHeader(CartoConstants.SQL, String.class);
        if (isBlank(sql)) {
            sql = endpoint.options().sql();
        }
        if (isBlank(sql)) {
            sql = in.getBody(String.class);
        }
        if (isBlank(sql)) {
            throw new IllegalArgumentException("carto:" + endpoint.getKind() + " has no SQL to run: set header "
                                               + CartoConstants.SQL + ", option sql, or the message body");
        }
        return sql.strip();
    }

    /** The parameters from header CamelCartoQueryParameters, else option queryParameters. */
    static QueryParameters parameters(Exchange exchange, CartoEndpoint endpoint) {
        Object header = exchange.getMessage().getHeader(CartoConstants.QUERY_PARAMETERS);
        return header != null
                ? QueryParameters.of(header, "Header " + CartoConstants.QUERY_PARAMETERS)
                : endpoint.options().parameters();
    }

    /** The carto:job operation: header CamelCartoOperation, else option operation. */
    static CartoJobOperation jobOperation(Message message, CartoEndpoint endpoint) {
        Object header = message.getHeader(CartoConstants.OPERATION);
        if (header instanceof CartoJobOperation operation) {
            return operation;
        }
        if (header != null) {
            return CartoJobOperation.parse(header.toString(), "Header " + CartoConstants.OPERATION);
        }
        return endpoint.options().jobOperation();
    }

    /** The carto:lds operation: header CamelCartoOperation, else its alias CamelCartoLdsOperation, else the option. */
    static CartoLdsOperation ldsOperation(Message message, CartoEndpoint endpoint) {
        for (String name : new String[] { CartoConstants.OPERATION, CartoConstants.LDS_OPERATION }) {
            Object header = message.getHeader(name);
            if (header instanceof CartoLdsOperation operation) {
                return operation;
            }
            if (header != null) {
                return CartoLdsOperation.parse(header.toString(), "Header " + name);
            }
        }
        return endpoint.options().ldsOperation();
    }

    /** The longest idempotency key: it becomes part of a state repository key and of the job's metadata. */
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    /**
     * The exchange's idempotency key: header CamelCartoIdempotencyKey, else option idempotencyKey evaluated on the
     * exchange; null when neither is given. A key that comes out empty fails: submitting without one would lose the
     * guarantee the route asked for.
     */
    static String idempotencyKey(Exchange exchange, CartoEndpoint endpoint) {
        Object header = exchange.getMessage().getHeader(CartoConstants.IDEMPOTENCY_KEY);
        Expression option = endpoint.options().idempotencyKey();
        String source;
        String key;
        if (header != null) {
            source = "Header " + CartoConstants.IDEMPOTENCY_KEY;
            key = header.toString();
        } else if (option != null) {
            source = "Option idempotencyKey=" + endpoint.getConfiguration().getIdempotencyKey();
            key = option.evaluate(exchange, String.class);
        } else {
            return null;
        }
        if (isBlank(key)) {
            throw new IllegalArgumentException(source + " gave no idempotency key for this message (empty): check that "
                                               + "what it reads is set, or give the message no key at all");
        }
        if (key.strip().length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException(source + " gave an idempotency key of " + key.strip().length()
                                               + " characters; at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " are kept: use "
                                               + "a shorter one, e.g. a hash of it");
        }
        return key.strip();
    }

    /** The job id for get and cancel, from header CamelCartoJobId. */
    static String jobId(Exchange exchange, CartoJobOperation operation) {
        return requiredHeader(exchange, CartoConstants.JOB_ID, "for carto:job operation " + operation);
    }

    /** A header that must be present, with a message naming it and what it is for. */
    static String requiredHeader(Exchange exchange, String header, String purpose) {
        String value = exchange.getMessage().getHeader(header, String.class);
        if (isBlank(value)) {
            throw new IllegalArgumentException("Header " + header + " is required " + purpose);
        }
        return value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
