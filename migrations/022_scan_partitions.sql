-- Verification at national scale: the scan log partitioned by month, and what lets an
-- instance keep what the projection holds of a batch in memory and know when it changed.
--
-- The scan log grows by every verification (securPharm: billions over five years). It is
-- partitioned by the month of its scans, so that a verification's look-up of a pack's recent
-- scans reads this month's partition (and last month's), and old months go with one DROP TABLE
-- (PEDIGREE_SCAN_RETENTION). Partitions are made ahead of time by the service, and on demand
-- for a scan dated in a month that has none (scan_partition).
--
-- Scans are referred to by id (alerts, scan_alerts, alert_reports). A foreign key to a
-- partitioned table must include the partition key, and old months are dropped whole, so these
-- references are no longer enforced by the database: a scan's id stays unique (one identity
-- sequence), and a reference to a dropped month's scan finds nothing.

ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_scan_id_fkey;
ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_last_scan_id_fkey;
ALTER TABLE scan_alerts DROP CONSTRAINT IF EXISTS scan_alerts_scan_id_fkey;
ALTER TABLE alert_reports DROP CONSTRAINT IF EXISTS alert_reports_scan_id_fkey;

ALTER TABLE scans RENAME TO scans_unpartitioned;

CREATE TABLE scans (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    at              timestamptz NOT NULL,
    organisation_id bigint REFERENCES organisations (id), -- NULL: anonymous
    gtin            text NOT NULL,
    lot             text,
    serial          text,
    batch_id        bytea,
    pack_index      integer,
    verdict         text NOT NULL,
    user_id         bigint REFERENCES users (id), -- NULL: an API token or anonymous
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
COMMENT ON TABLE scans IS 'The scan log: every verification, partitioned by the month (UTC) of its time; a partition is scans_YYYY_MM.';

-- scan_partition makes the partition of the month (UTC) holding at, if there is none, and
-- returns its name. Concurrent callers are serialised by an advisory lock of the transaction.
CREATE FUNCTION scan_partition(at timestamptz) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    month timestamptz := date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    name  text := 'scans_' || to_char(month AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
    IF to_regclass(name) IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('pedigree scan partitions'));
        IF to_regclass(name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF scans FOR VALUES FROM (%L) TO (%L)',
                name, month, month + interval '1 month');
        END IF;
    END IF;
    RETURN name;
END $$;

-- The months the log already holds, this month and the next two.
SELECT scan_partition(m)
FROM (SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS m FROM scans_unpartitioned
      UNION SELECT now() + n * interval '1 month' FROM generate_series(0, 2) n) months;

INSERT INTO scans (id, at, organisation_id, gtin, lot, serial, batch_id, pack_index, verdict, user_id) OVERRIDING SYSTEM VALUE
SELECT id, at, organisation_id, gtin, lot, serial, batch_id, pack_index, verdict, user_id FROM scans_unpartitioned;
DO $$
DECLARE next bigint;
BEGIN
    SELECT coalesce(max(id), 0) + 1 INTO next FROM scans_unpartitioned;
    EXECUTE format('ALTER TABLE scans ALTER COLUMN id RESTART WITH %s', next);
END $$;
DROP TABLE scans_unpartitioned;
ALTER TABLE scans RENAME CONSTRAINT scans_pkey1 TO scans_pkey;
ALTER TABLE scans RENAME CONSTRAINT scans_organisation_id_fkey1 TO scans_organisation_id_fkey;
ALTER TABLE scans RENAME CONSTRAINT scans_user_id_fkey1 TO scans_user_id_fkey;
DO $$
BEGIN
    IF pg_get_serial_sequence('scans', 'id') <> 'public.scans_id_seq' THEN
        EXECUTE format('ALTER SEQUENCE %s RENAME TO scans_id_seq', pg_get_serial_sequence('scans', 'id'));
    END IF;
END $$;

-- A pack's recent scans are found by its code (verification); a user's by user ("My scans").
-- The index by batch and pack index is gone: nothing reads it.
CREATE INDEX scans_serial ON scans (gtin, lot, serial, at);
CREATE INDEX scans_user ON scans (user_id, at) WHERE user_id IS NOT NULL;

-- The projection's epoch changes whenever its history is rewritten rather than extended: a
-- reorganisation rolled back, a rebuilt projection swapped in. A reader holding what the
-- projection said at some block then knows it cannot follow the changes block by block.
ALTER TABLE indexer_state ADD COLUMN epoch bigint NOT NULL DEFAULT 0;

-- Verification names parties by their organisation's name; an instance keeping names in memory
-- reads this version, which every change of an organisation's name or account moves on.
CREATE TABLE organisation_names (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint NOT NULL
);
INSERT INTO organisation_names (version) VALUES (1);
COMMENT ON TABLE organisation_names IS 'A version moved on by every change of an organisation''s name or account: what caches of names compare.';

CREATE FUNCTION organisation_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisation_names SET version = version + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER organisation_names_changed AFTER INSERT OR DELETE OR UPDATE OF name, account ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION organisation_names_changed();
