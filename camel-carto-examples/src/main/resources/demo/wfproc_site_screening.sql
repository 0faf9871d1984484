-- Stands in for the stored procedure CARTO generates for a Workflow with API access enabled: it keeps the
-- candidate sites that have at most @max_competitors existing stores within @radius_m metres.
-- parameters: radius_m, max_competitors
CREATE TABLE {{output_table}} AS
SELECT site, city, competitors, geom
FROM (
    SELECT c.site, c.city, c.geom,
           (SELECT COUNT(*) FROM `carto-demo.examples.stores` s
             WHERE ST_DistanceSphere(c.geom, s.geom) <= @radius_m) AS competitors
    FROM `carto-demo.examples.candidate_sites` c
) screened
WHERE competitors <= @max_competitors
