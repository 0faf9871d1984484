SELECT city, stores, total_revenue, avg_revenue, refreshed_at
FROM `carto-demo.examples.city_summary`
ORDER BY total_revenue DESC
