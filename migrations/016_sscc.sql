-- Cases and pallets (SSCC, AI 00) of the batches this service registered: what a captured
-- EPCIS document's AggregationEvents pack. Not chain data: 'pedigree reindex' never touches it.
CREATE TABLE containers (
    sscc        text PRIMARY KEY CHECK (sscc ~ '^[0-9]{18}$'),
    batch_id    bytea NOT NULL REFERENCES batch_details (batch_id),
    parent_sscc text REFERENCES containers (sscc) DEFERRABLE INITIALLY DEFERRED, -- the pallet holding a case
    pack_start  integer NOT NULL CHECK (pack_start >= 0),
    pack_end    integer NOT NULL CHECK (pack_end > pack_start),
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE containers IS 'Cases (a range of a batch''s packs) and pallets (holding cases, spanning their packs), by SSCC.';
CREATE INDEX containers_batch ON containers (batch_id, pack_start);
