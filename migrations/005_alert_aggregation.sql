-- Alerts that cover the counterfeit signals, aggregated. Findings of one kind about one batch
-- (or one GTIN, when the code names no batch on chain) within one hour are one alert with a
-- count (pedigree.AlertWindow), so a flood of scans is one line for a regulator, not
-- thousands. Concurrent verifications add to the same row: the unique index on (kind, scope,
-- bucket) makes INSERT ... ON CONFLICT DO UPDATE SET count = count + 1 safe under any race.

ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check CHECK (kind IN (
    'unknown_product', 'unknown_batch', 'unknown_serial', 'data_mismatch', 'decommissioned_scanned',
    'diversion', 'custody_mismatch', 'recalled_presented', 'expired_presented',
    'multiple_organisations', 'scan_rate', 'anonymous_scan_rate'));

ALTER TABLE alerts
    ADD COLUMN scope        text,               -- the batch id in hex, or 'gtin:' and the GTIN when no batch
    ADD COLUMN bucket       timestamptz,        -- the start of the hour (UTC) the findings fall in
    ADD COLUMN count        integer NOT NULL DEFAULT 1 CHECK (count >= 1),
    ADD COLUMN last_at      timestamptz,        -- the latest finding
    ADD COLUMN last_scan_id bigint REFERENCES scans (id);
COMMENT ON COLUMN alerts.scan_id IS 'The first scan the alert aggregates; last_scan_id is the latest.';

UPDATE alerts SET scope = coalesce(encode(batch_id, 'hex'), 'gtin:' || gtin),
                  bucket = date_trunc('hour', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
                  last_at = at, last_scan_id = scan_id;

-- The alerts raised before are merged as the rule now would have: the first of each group
-- kept, counting the group.
WITH groups AS (
    SELECT min(id) AS keep, kind, scope, bucket, count(*) AS n, max(at) AS last_at,
           (array_agg(scan_id ORDER BY at DESC, id DESC))[1] AS last_scan
    FROM alerts GROUP BY kind, scope, bucket HAVING count(*) > 1
), kept AS (
    UPDATE alerts a SET count = g.n, last_at = g.last_at, last_scan_id = g.last_scan
    FROM groups g WHERE a.id = g.keep
)
DELETE FROM alerts a USING groups g
WHERE a.kind = g.kind AND a.scope = g.scope AND a.bucket = g.bucket AND a.id <> g.keep;

ALTER TABLE alerts
    ALTER COLUMN scope SET NOT NULL,
    ALTER COLUMN bucket SET NOT NULL,
    ALTER COLUMN last_at SET NOT NULL,
    ALTER COLUMN last_scan_id SET NOT NULL;
CREATE UNIQUE INDEX alerts_aggregate ON alerts (kind, scope, bucket);
