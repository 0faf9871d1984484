-- + & and % would not survive a URI; in a file they need no escaping
SELECT COUNT(*) + 1 AS counted, 'fish & chips' AS dish
FROM stores
WHERE name LIKE 'N%' OR kind = 'fashion'
