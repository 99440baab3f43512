-- Alert cases (pedigree.AlertStatus): each alert has a status, new → investigating →
-- escalated → closed with a reason, and a history of who moved it, when and why. It belongs to
-- its batch's manufacturer (or, with no batch on chain, its GTIN's owner when raised) and the
-- regulator. The organisations whose scans raised it comment through alert_reports.

ALTER TABLE alerts
    ADD COLUMN status       text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'investigating', 'escalated', 'closed')),
    ADD COLUMN status_at    timestamptz,
    ADD COLUMN reason       text CHECK (reason IN ('scanning_error', 'data_upload_error', 'confirmed_falsification', 'other')),
    ADD COLUMN manufacturer bytea CHECK (length(manufacturer) = 20),
    ADD CONSTRAINT alerts_closed_reason CHECK ((status = 'closed') = (reason IS NOT NULL));
COMMENT ON COLUMN alerts.manufacturer IS 'The account of the case''s manufacturer: the batch''s, else the GTIN''s owner when raised; NULL: the regulator''s alone.';

-- Who a case belongs to is read when it is raised, by whichever statement raises it.
CREATE FUNCTION alert_manufacturer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.manufacturer IS NULL THEN
        NEW.manufacturer := coalesce(
            (SELECT b.manufacturer FROM batches b WHERE b.batch_id = NEW.batch_id AND b.superseded_at IS NULL),
            (SELECT a.manufacturer FROM gtin_assignments a
             WHERE a.superseded_at IS NULL AND (a.code = NEW.gtin OR (length(a.code) < 14 AND substr(NEW.gtin, 2, length(a.code)) = a.code))
             ORDER BY length(a.code) = 14 DESC, length(a.code) DESC LIMIT 1));
    END IF;
    IF NEW.status_at IS NULL THEN
        NEW.status_at := NEW.at;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER alerts_manufacturer BEFORE INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION alert_manufacturer();

UPDATE alerts SET status_at = at, manufacturer = coalesce(
    (SELECT b.manufacturer FROM batches b WHERE b.batch_id = alerts.batch_id AND b.superseded_at IS NULL),
    (SELECT a.manufacturer FROM gtin_assignments a
     WHERE a.superseded_at IS NULL AND (a.code = alerts.gtin OR (length(a.code) < 14 AND substr(alerts.gtin, 2, length(a.code)) = a.code))
     ORDER BY length(a.code) = 14 DESC, length(a.code) DESC LIMIT 1));
ALTER TABLE alerts ALTER COLUMN status_at SET NOT NULL;

-- A closed case takes no more findings: the next finding of its kind, batch and hour opens a
-- new case rather than hiding in a closed one.
DROP INDEX alerts_aggregate;
CREATE UNIQUE INDEX alerts_aggregate ON alerts (kind, scope, bucket) WHERE status <> 'closed';
CREATE INDEX alerts_manufacturer ON alerts (manufacturer, at DESC);
CREATE INDEX alerts_new ON alerts (manufacturer) WHERE status = 'new';

CREATE TABLE alert_events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id        bigint NOT NULL REFERENCES alerts (id),
    at              timestamptz NOT NULL,
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    user_id         bigint REFERENCES users (id), -- NULL: an organisation's API token
    who             text NOT NULL,                -- the person or token, in words, as at the time
    from_status     text CHECK (from_status IN ('new', 'investigating', 'escalated', 'closed')),
    status          text CHECK (status IN ('new', 'investigating', 'escalated', 'closed')),
    reason          text CHECK (reason IN ('scanning_error', 'data_upload_error', 'confirmed_falsification', 'other')),
    comment         text CHECK (length(comment) BETWEEN 1 AND 2000),
    CHECK ((status IS NULL) = (from_status IS NULL)),
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(), -- orders steps of one instant
    CHECK (status IS NOT NULL OR comment IS NOT NULL)
);
COMMENT ON TABLE alert_events IS 'A case''s history by its manufacturer and the regulator: status changes (with the reason and comment) and comments. The scanners'' comments are alert_reports.';
CREATE INDEX alert_events_alert ON alert_events (alert_id, at);
-- The history merges both in the order they were written, also when the clock says one instant.
ALTER TABLE alert_reports ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT clock_timestamp();
