package io.github.camelcarto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.LdsApi;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:lds: Location Data Services. Each input is read from its header, else its option (geocode's address, else the
 * body; batchGeocode's addresses are the body). The body out is CARTO's parsed answer (Map or List); for batchGeocode
 * a List with one entry per address in input order, a failed address carrying its own {@code error}. A call for one
 * input that CARTO answers with an error entry (a miss) fails with {@code CartoLdsException}.
 */
final class CartoLdsProducer extends CartoAsyncProducer {

    CartoLdsProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoConfiguration options = getEndpoint().getConfiguration();
        Message message = exchange.getMessage();
        LdsApi api = getEndpoint().clients().ldsApi();
        CartoLdsOperation operation = ExchangeInputs.ldsOperation(message, getEndpoint());
        Map<String, Object> providerOptions = providerOptions(message);
        CompletableFuture<?> call = switch (operation) {
            case geocode -> api.geocode(address(message, options),
                    string(message, CartoConstants.LDS_COUNTRY, options.getCountry()),
                    integer(message, CartoConstants.LDS_LIMIT, options.getLimit()), providerOptions);
            case reverseGeocode -> reverse(message, options, api, providerOptions);
            case batchGeocode -> batch(message, options, api, providerOptions);
            case isolines -> api.isolines(
                    LdsInputs.lonLat(required(message, CartoConstants.LDS_ORIGIN, options.getOrigin(), "origin", operation),
                            "origin"),
                    (String) required(message, CartoConstants.LDS_MODE, options.getMode(), "mode", operation),
                    LdsInputs.range(required(message, CartoConstants.LDS_RANGE, options.getRange(), "range", operation),
                            "range"),
                    LdsInputs.rangeType(string(message, CartoConstants.LDS_RANGE_TYPE,
                            options.getRangeType() != null ? options.getRangeType() : "time"), "rangeType"),
                    providerOptions);
            case routing -> routing(message, options, api, operation, providerOptions);
        };
        return call.thenAccept(result -> {
            if (operation != CartoLdsOperation.batchGeocode) {
                message.setBody(result);
            }
        });
    }

    private static CompletableFuture<?> reverse(Message message, CartoConfiguration options, LdsApi api,
                                                Map<String, Object> providerOptions) {
        Double lat = message.getHeader(CartoConstants.LDS_LAT, options.getLat(), Double.class);
        Double lon = message.getHeader(CartoConstants.LDS_LON, options.getLon(), Double.class);
        if (lat == null || lon == null) {
            throw new IllegalArgumentException("carto:lds reverseGeocode needs lat and lon: set options lat and lon or "
                                               + "headers " + CartoConstants.LDS_LAT + " and " + CartoConstants.LDS_LON);
        }
        LdsInputs.checkLatLon(lat, lon, "reverseGeocode");
        return api.reverseGeocode(lat, lon, string(message, CartoConstants.LDS_LANGUAGE, options.getLanguage()),
                providerOptions);
    }

    private static CompletableFuture<?> routing(Message message, CartoConfiguration options, LdsApi api,
                                                CartoLdsOperation operation, Map<String, Object> providerOptions) {
        Object waypoints = message.getHeader(CartoConstants.LDS_WAYPOINTS, options.getWaypoints(), Object.class);
        return api.routing(
                LdsInputs.lonLat(required(message, CartoConstants.LDS_ORIGIN, options.getOrigin(), "origin", operation),
                        "origin"),
                LdsInputs.lonLat(required(message, CartoConstants.LDS_DESTINATION, options.getLdsDestination(),
                        "ldsDestination", operation), "ldsDestination"),
                (String) required(message, CartoConstants.LDS_MODE, options.getMode(), "mode", operation),
                waypoints == null ? null : LdsInputs.waypoints(waypoints, "waypoints"), providerOptions);
    }

    /** The body's addresses (Strings or Maps) as CARTO's address objects; results and error count on the message. */
    private static CompletableFuture<?> batch(Message message, CartoConfiguration options, LdsApi api,
                                              Map<String, Object> providerOptions) {
        Object body = message.getBody();
        Collection<?> items;
        if (body instanceof Collection<?> collection) {
            items = collection;
        } else if (body instanceof Object[] array) {
            items = Arrays.asList(array);
        } else {
            throw new IllegalArgumentException("carto:lds batchGeocode needs the body to be a List of addresses "
                                               + "(Strings, or Maps such as {address, country}), was "
                                               + (body == null ? "empty" : "a " + body.getClass().getName()));
        }
        String country = string(message, CartoConstants.LDS_COUNTRY, options.getCountry());
        List<Map<String, Object>> addresses = new ArrayList<>(items.size());
        int index = 0;
        for (Object item : items) {
            Map<String, Object> address = new LinkedHashMap<>();
            if (item instanceof Map<?, ?> map) {
                map.forEach((key, value) -> address.put(String.valueOf(key), value));
            } else if (item instanceof CharSequence text && !text.toString().isBlank()) {
                address.put("address", text.toString());
            } else {
                throw new IllegalArgumentException("carto:lds batchGeocode: entry " + index + " of the body is "
                                                   + (item == null ? "null" : "'" + item + "'")
                                                   + ", not an address String or Map");
            }
            if (country != null) {
                address.putIfAbsent("country", country);
            }
            addresses.add(address);
            index++;
        }
        return api.batchGeocode(addresses, providerOptions).thenAccept(results -> {
            message.setBody(results);
            message.setHeader(CartoConstants.LDS_FAILED_COUNT,
                    (int) results.stream().filter(result -> result.get("error") != null).count());
        });
    }

    /** Header CamelCartoLdsOptions (a Map or JSON object), else option options (parsed at creation), else none. */
    private Map<String, Object> providerOptions(Message message) {
        Object header = message.getHeader(CartoConstants.LDS_OPTIONS);
        if (header != null) {
            return LdsInputs.providerOptions(header, "Header " + CartoConstants.LDS_OPTIONS);
        }
        return getEndpoint().options().ldsProviderOptions();
    }

    private static String address(Message message, CartoConfiguration options) {
        String address = string(message, CartoConstants.LDS_ADDRESS, options.getAddress());
        if (address == null) {
            Object body = message.getBody();
            address = body instanceof String text && !text.isBlank() ? text.strip() : null;
        }
        if (address == null) {
            throw new IllegalArgumentException("carto:lds geocode needs an address: header " + CartoConstants.LDS_ADDRESS
                                               + ", option address, or a String body");
        }
        return address;
    }

    private static Object required(Message message, String header, Object option, String name,
                                   CartoLdsOperation operation) {
        Object value = message.getHeader(header);
        if (value == null || value instanceof String text && text.isBlank()) {
            value = option;
        }
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("carto:lds " + operation + " needs " + name + ": set option " + name
                                               + " or header " + header);
        }
        return value;
    }

    private static String string(Message message, String header, String option) {
        String value = message.getHeader(header, String.class);
        return value != null && !value.isBlank() ? value.strip() : option;
    }

    private static Integer integer(Message message, String header, Integer option) {
        Integer value = message.getHeader(header, Integer.class);
        return value != null ? value : option;
    }
}
