CREATE TABLE store_summary AS SELECT kind, COUNT(*) AS stores FROM stores GROUP BY kind
