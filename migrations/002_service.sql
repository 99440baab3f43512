-- What the chain cannot hold: organisations and their API tokens, batches' product master data
-- and serial lists, the scan log and alerts. Unlike the projection, none of this can be rebuilt
-- from the chain: `pedigree reindex` never touches it.

CREATE TABLE organisations (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    gln        text NOT NULL CHECK (gln ~ '^[0-9]{13}$'),
    role       text NOT NULL CHECK (role IN ('manufacturer', 'distributor', 'dispenser', 'regulator')),
    account    bytea NOT NULL UNIQUE CHECK (length(account) = 20), -- its key, in the keystore
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE organisations IS 'Organisations whose keys this service holds and signs with; each is a participant on chain.';

CREATE TABLE api_tokens (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    name            text NOT NULL,
    prefix          text NOT NULL,                 -- the first characters, to tell tokens apart
    hash            bytea NOT NULL UNIQUE CHECK (length(hash) = 32), -- SHA-256 of the token; the token itself is shown once
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

CREATE TABLE batch_details (
    batch_id         bytea PRIMARY KEY CHECK (length(batch_id) = 32),
    gtin             text NOT NULL CHECK (gtin ~ '^[0-9]{14}$'),
    lot              text NOT NULL,
    product          jsonb NOT NULL,                -- name, strength, form: the master data
    master_data_hash bytea NOT NULL CHECK (length(master_data_hash) = 32),
    serials_root     bytea NOT NULL CHECK (length(serials_root) = 32),
    quantity         integer NOT NULL CHECK (quantity > 0),
    organisation_id  bigint REFERENCES organisations (id),
    status           text NOT NULL CHECK (status IN ('pending', 'confirmed', 'failed')),
    tx_hash          bytea CHECK (length(tx_hash) = 32),
    error            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (gtin, lot)
);
COMMENT ON TABLE batch_details IS 'What a manufacturer registered with a batch besides what the chain keeps.';

CREATE TABLE serials (
    batch_id   bytea NOT NULL REFERENCES batch_details (batch_id),
    serial     text NOT NULL,
    pack_index integer NOT NULL CHECK (pack_index >= 0),
    PRIMARY KEY (batch_id, serial),
    UNIQUE (batch_id, pack_index)
);
COMMENT ON TABLE serials IS 'Each batch''s serial list, in pack order: the leaves of its Merkle tree. Never published.';

CREATE TABLE scans (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    organisation_id bigint REFERENCES organisations (id), -- NULL: anonymous
    gtin            text NOT NULL,
    lot             text,
    serial          text,
    batch_id        bytea,
    pack_index      integer,
    verdict         text NOT NULL
);
CREATE INDEX scans_pack ON scans (batch_id, pack_index, at) WHERE batch_id IS NOT NULL;
CREATE INDEX scans_serial ON scans (gtin, lot, serial, at);

CREATE TABLE alerts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('unknown_serial', 'decommissioned_scanned', 'multiple_organisations', 'scan_rate')),
    scan_id         bigint NOT NULL REFERENCES scans (id),
    organisation_id bigint REFERENCES organisations (id),
    gtin            text NOT NULL,
    lot             text,
    serial          text,
    batch_id        bytea,
    message         text NOT NULL
);
CREATE INDEX alerts_at ON alerts (at DESC);

CREATE TABLE idempotency_keys (
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash    bytea NOT NULL,
    status          integer,  -- NULL while the first request runs
    response        bytea,    -- the answer, byte for byte
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, key)
);
