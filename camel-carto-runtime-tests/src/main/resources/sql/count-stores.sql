SELECT COUNT(*) AS stores FROM stores WHERE kind = @kind
