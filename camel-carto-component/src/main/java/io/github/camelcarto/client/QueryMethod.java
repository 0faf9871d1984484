package io.github.camelcarto.client;

/**
 * How a query travels: GET (cacheable by CARTO's CDN) or POST (no URL length limit). Lower case like every other
 * enum option of the component; Camel also accepts the upper-case names the option used to have.
 */
public enum QueryMethod {
    /** GET while the URL stays under 7,000 characters, POST beyond, as CARTO's own clients do. */
    auto,
    get,
    post
}
