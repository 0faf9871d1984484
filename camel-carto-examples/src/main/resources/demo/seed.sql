-- Demo data for the in-process carto-local (H2GIS dialect: a BigQuery-style name is one quoted identifier).
-- Re-run on every start, so the demo begins from the same stores each time.
DROP TABLE IF EXISTS "carto-demo.examples.stores";
CREATE TABLE "carto-demo.examples.stores" (
    store_id INT PRIMARY KEY,
    name VARCHAR NOT NULL,
    city VARCHAR NOT NULL,
    revenue DECIMAL(12, 2) NOT NULL,
    geom GEOMETRY(POINT, 4326) NOT NULL
);
INSERT INTO "carto-demo.examples.stores" VALUES
    (1, 'Sol', 'Madrid', 182000.00, ST_SetSRID(ST_MakePoint(-3.7035, 40.4169), 4326)),
    (2, 'Gran Via', 'Madrid', 151500.00, ST_SetSRID(ST_MakePoint(-3.7065, 40.4200), 4326)),
    (3, 'Lavapies', 'Madrid', 98250.50, ST_SetSRID(ST_MakePoint(-3.7010, 40.4085), 4326)),
    (4, 'Salamanca', 'Madrid', 203400.00, ST_SetSRID(ST_MakePoint(-3.6800, 40.4300), 4326)),
    (5, 'Placa Catalunya', 'Barcelona', 175000.00, ST_SetSRID(ST_MakePoint(2.1700, 41.3870), 4326)),
    (6, 'Gracia', 'Barcelona', 121000.00, ST_SetSRID(ST_MakePoint(2.1590, 41.4020), 4326)),
    (7, 'Born', 'Barcelona', 133750.25, ST_SetSRID(ST_MakePoint(2.1820, 41.3850), 4326)),
    (8, 'Ciutat Vella', 'Valencia', 99000.00, ST_SetSRID(ST_MakePoint(-0.3760, 39.4740), 4326)),
    (9, 'Ruzafa', 'Valencia', 87500.00, ST_SetSRID(ST_MakePoint(-0.3740, 39.4620), 4326)),
    (10, 'Triana', 'Sevilla', 76000.00, ST_SetSRID(ST_MakePoint(-6.0030, 37.3840), 4326));
