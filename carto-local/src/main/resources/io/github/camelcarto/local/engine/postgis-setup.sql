-- carto-local's helpers on PostgreSQL/PostGIS, (re)created at every start.

-- SLEEP_MS(ms): the slow function carto-local's tests use on both engines (H2 registers it in Java).
CREATE OR REPLACE FUNCTION sleep_ms(ms bigint) RETURNS bigint LANGUAGE sql AS $$
  SELECT pg_sleep(ms / 1000.0); SELECT ms;
$$;

-- CDB_CartodbfyTable: what CARTO's version does that clients rely on. It adds the columns CARTO's tables have:
-- cartodb_id (bigint, sequence, primary key), the_geom geometry(Geometry,4326) and the_geom_webmercator
-- geometry(Geometry,3857), kept in step with the_geom by a trigger, and a GiST index on each geometry. CARTO's own
-- also converts existing columns (a text the_geom, an id column), moves the table into the user's schema and
-- registers it in the user's metadata; carto-local keeps every table where it is.
CREATE OR REPLACE FUNCTION _cdb_local_update_webmercator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.the_geom_webmercator := ST_Transform(NEW.the_geom, 3857);
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION CDB_CartodbfyTable(destschema text, reloid regclass) RETURNS regclass LANGUAGE plpgsql AS $$
DECLARE
  has_column boolean;
  trigger_name text := 'cdb_local_webmercator_' || reloid::oid;
BEGIN
  SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = reloid AND attname = 'cartodb_id' AND NOT attisdropped)
    INTO has_column;
  IF NOT has_column THEN
    EXECUTE format('ALTER TABLE %s ADD COLUMN cartodb_id bigserial PRIMARY KEY', reloid);
  END IF;
  SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = reloid AND attname = 'the_geom' AND NOT attisdropped)
    INTO has_column;
  IF NOT has_column THEN
    EXECUTE format('ALTER TABLE %s ADD COLUMN the_geom geometry(Geometry,4326)', reloid);
  END IF;
  SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = reloid AND attname = 'the_geom_webmercator' AND NOT attisdropped)
    INTO has_column;
  IF NOT has_column THEN
    EXECUTE format('ALTER TABLE %s ADD COLUMN the_geom_webmercator geometry(Geometry,3857)', reloid);
  END IF;
  EXECUTE format('UPDATE %s SET the_geom_webmercator = ST_Transform(the_geom, 3857) WHERE the_geom IS NOT NULL', reloid);
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = reloid AND tgname = trigger_name) THEN
    EXECUTE format('DROP TRIGGER %I ON %s', trigger_name, reloid);
  END IF;
  EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION _cdb_local_update_webmercator()',
                 trigger_name, reloid);
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING GIST (the_geom)', 'cdb_local_the_geom_' || reloid::oid, reloid);
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING GIST (the_geom_webmercator)',
                 'cdb_local_the_geom_webmercator_' || reloid::oid, reloid);
  RETURN reloid;
END
$$;

CREATE OR REPLACE FUNCTION CDB_CartodbfyTable(reloid regclass) RETURNS regclass LANGUAGE sql AS $$
  SELECT CDB_CartodbfyTable(current_schema()::text, reloid);
$$;
