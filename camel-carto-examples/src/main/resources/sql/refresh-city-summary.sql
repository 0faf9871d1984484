DROP TABLE IF EXISTS `carto-demo.examples.city_summary`;
CREATE TABLE `carto-demo.examples.city_summary` AS
SELECT city,
       COUNT(*) AS stores,
       SUM(revenue) AS total_revenue,
       ROUND(AVG(revenue), 2) AS avg_revenue,
       CURRENT_TIMESTAMP AS refreshed_at
FROM `carto-demo.examples.stores`
GROUP BY city
