package io.github.camelcarto.client;

/**
 * How a query travels. POST is never cached. A GET may be answered from CARTO's CDN cache, for up to a year on
 * CARTO 3 (carto-api.md, Appendix B), but puts the SQL in the URL, which CARTO refuses beyond 8,192 characters. Lower
 * case like every other enum option of the component; Camel also accepts the upper-case names the option used to have.
 */
public enum QueryMethod {
    /** GET while the URL stays under 7,000 characters, POST beyond, as CARTO's own clients do. */
    auto,
    /** GET: cacheable, so a repeated query may be answered stale, and a repeated write may not run. */
    get,
    /** POST: never cached, every run reaches the warehouse. */
    post
}
