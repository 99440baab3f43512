-- Registering a batch writes one serials row a pack: 100,000 or 1,000,000 rows in one COPY.
-- Two things made each row cost far more than the row itself:
--
-- * the foreign key to batch_details checked every row apart (a lookup of the same batch
--   100,000 times), and
-- * three B-trees: the primary key (batch_id, serial), UNIQUE (batch_id, pack_index) and
--   serials_serial (serial) for the desk's search across batches.
--
-- The primary key turns round to (serial, batch_id): the same rule (a serial once per batch),
-- and it finds a serial across batches as serials_serial did, so that index goes. The foreign
-- key becomes a check per statement with the same effect: the batches the inserted rows name
-- must exist, and are locked FOR KEY SHARE as the foreign key locks them, so a concurrent
-- delete waits; a batch still named by serials cannot be deleted (SQLSTATE 23503 either way).
-- The checks read with a fresh snapshot per statement (READ COMMITTED, as the service runs).

ALTER TABLE serials DROP CONSTRAINT serials_batch_id_fkey;
ALTER TABLE serials DROP CONSTRAINT serials_pkey;
ALTER TABLE serials ADD PRIMARY KEY (serial, batch_id);
DROP INDEX serials_serial;

CREATE FUNCTION serials_batch_exists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing bytea;
BEGIN
    SELECT n.batch_id INTO missing
    FROM (SELECT DISTINCT batch_id FROM new_serials) n
    LEFT JOIN (SELECT d.batch_id FROM batch_details d
               WHERE d.batch_id IN (SELECT batch_id FROM new_serials) FOR KEY SHARE) d USING (batch_id)
    WHERE d.batch_id IS NULL
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'serials name batch % that batch_details does not hold', encode(missing, 'hex')
            USING ERRCODE = 'foreign_key_violation', TABLE = 'serials';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION serials_batch_exists() IS 'The foreign key serials.batch_id -> batch_details, checked once per statement rather than once per row.';

CREATE TRIGGER serials_batch_exists_insert AFTER INSERT ON serials
    REFERENCING NEW TABLE AS new_serials FOR EACH STATEMENT EXECUTE FUNCTION serials_batch_exists();
CREATE TRIGGER serials_batch_exists_update AFTER UPDATE ON serials
    REFERENCING NEW TABLE AS new_serials FOR EACH STATEMENT EXECUTE FUNCTION serials_batch_exists();

CREATE FUNCTION batch_details_serials_gone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    named bytea;
BEGIN
    SELECT s.batch_id INTO named FROM serials s WHERE s.batch_id IN (SELECT batch_id FROM old_details) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'batch % still has serials', encode(named, 'hex')
            USING ERRCODE = 'foreign_key_violation', TABLE = 'batch_details';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION batch_details_serials_gone() IS 'The other side of serials_batch_exists: a batch is deleted only after its serials.';

CREATE TRIGGER batch_details_serials_gone_delete AFTER DELETE ON batch_details
    REFERENCING OLD TABLE AS old_details FOR EACH STATEMENT EXECUTE FUNCTION batch_details_serials_gone();
CREATE FUNCTION batch_details_id_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM serials s WHERE s.batch_id = OLD.batch_id) THEN
        RAISE EXCEPTION 'batch % still has serials', encode(OLD.batch_id, 'hex')
            USING ERRCODE = 'foreign_key_violation', TABLE = 'batch_details';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER batch_details_id_kept BEFORE UPDATE OF batch_id ON batch_details
    FOR EACH ROW WHEN (OLD.batch_id IS DISTINCT FROM NEW.batch_id) EXECUTE FUNCTION batch_details_id_kept();
