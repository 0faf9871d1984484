package io.github.camelcarto.client;

/** How a synchronous query travels: GET (cacheable by CARTO's CDN) or POST (no URL length limit). */
public enum QueryMethod {
    /** GET while the URL stays under 7,000 characters, POST beyond, as CARTO's own clients do. */
    AUTO,
    GET,
    POST
}
