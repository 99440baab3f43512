-- The pharmacy counter: who verified (the user, not only the organisation), each pack action
-- taken at the counter, the basket of packs waiting to be dispensed together, the outcome of
-- the last action kept for the page a redirect shows (POST/redirect/GET, shared by every
-- instance), and the reports a counter sends the regulator about a scan, attached to the
-- alerts the scan raised.

ALTER TABLE scans ADD COLUMN user_id bigint REFERENCES users (id); -- NULL: an API token or anonymous
CREATE INDEX scans_user ON scans (user_id, at) WHERE user_id IS NOT NULL;

-- Which alerts each scan raised or added to: an alert aggregates many scans.
CREATE TABLE scan_alerts (
    scan_id  bigint NOT NULL REFERENCES scans (id),
    alert_id bigint NOT NULL REFERENCES alerts (id),
    PRIMARY KEY (scan_id, alert_id)
);

ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check CHECK (kind IN (
    'unknown_product', 'unknown_batch', 'unknown_serial', 'data_mismatch', 'decommissioned_scanned',
    'diversion', 'custody_mismatch', 'recalled_presented', 'expired_presented',
    'multiple_organisations', 'scan_rate', 'anonymous_scan_rate', 'reported'));

CREATE TABLE alert_reports (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id        bigint NOT NULL REFERENCES alerts (id),
    scan_id         bigint NOT NULL REFERENCES scans (id),
    at              timestamptz NOT NULL,
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    user_id         bigint REFERENCES users (id),
    comment         text NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000)
);
COMMENT ON TABLE alert_reports IS 'What a counter told the regulator about a scan with a red verdict: part of the alerts the scan raised.';
CREATE INDEX alert_reports_alert ON alert_reports (alert_id, at);

CREATE TABLE pack_actions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    user_id         bigint REFERENCES users (id),
    action          text NOT NULL CHECK (action IN ('supplied', 'destroyed', 'stolen', 'sample', 'free_sample', 'exported', 'locked', 'checked_out', 'undo', 'report')),
    gtin            text NOT NULL,
    lot             text NOT NULL,
    serial          text NOT NULL,
    tx_hash         bytea CHECK (length(tx_hash) = 32),
    error           text -- NULL: done
);
COMMENT ON TABLE pack_actions IS 'Each pack action taken at the counter, one row per pack, done or refused: the user''s "My scans".';
CREATE INDEX pack_actions_user ON pack_actions (user_id, at);

CREATE TABLE counter_basket (
    user_id    bigint NOT NULL REFERENCES users (id),
    gtin       text NOT NULL,
    lot        text NOT NULL,
    serial     text NOT NULL,
    expiry     date,
    added_at   timestamptz NOT NULL,
    claimed_at timestamptz, -- a dispense of the basket is sending it; a claim older than a few minutes is stale
    PRIMARY KEY (user_id, gtin, lot, serial)
);
COMMENT ON TABLE counter_basket IS 'Packs of one prescription a user has scanned, to dispense together.';

CREATE TABLE counter_results (
    id         text PRIMARY KEY CHECK (length(id) BETWEEN 16 AND 64), -- random, named in the redirect
    user_id    bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    result     jsonb NOT NULL
);
COMMENT ON TABLE counter_results IS 'The outcome of a counter action, shown by the page the action redirects to (and on reload), to its user only, until it expires.';
CREATE INDEX counter_results_expires ON counter_results (expires_at);
