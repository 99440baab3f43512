-- The projection of pedigree's contract: what its events say, in tables queries can use.
-- The chain is the source of truth; `pedigree reindex` rebuilds everything here from the events.
--
-- Versioned tables (participants, batches, tokens, pack_states) keep every version of a row:
-- block_number and log_index name the event that made the version, superseded_at the block of
-- the event that replaced it (NULL while it is current). Rolling back a reorganised chain to
-- block F deletes the versions made after F and revives those superseded after F, with two
-- statements per table and nothing lost. The versions are also the history that provenance shows.
-- custody_events and recalls are append-only.
--
-- Identifiers are stored as bytes: addresses 20, hashes and token ids 32 (big-endian uint256).

CREATE TABLE indexer_state (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    chain_id     bigint NOT NULL,
    contract     bytea NOT NULL CHECK (length(contract) = 20),
    deploy_block bigint NOT NULL CHECK (deploy_block >= 0),
    block_number bigint NOT NULL CHECK (block_number >= -1), -- the last block in the projection
    block_hash   bytea NOT NULL CHECK (length(block_hash) = 32),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE indexer_state IS 'The indexer''s cursor: the projection holds every event up to block_number, whose hash is block_hash.';

CREATE TABLE indexed_blocks (
    number bigint PRIMARY KEY,
    hash   bytea NOT NULL CHECK (length(hash) = 32)
);
COMMENT ON TABLE indexed_blocks IS 'Blocks the projection was built from (those with events, and range ends), to find where a reorganised chain forks.';

CREATE TABLE participants (
    account       bytea NOT NULL CHECK (length(account) = 20),
    number        integer NOT NULL CHECK (number > 0),
    role          text NOT NULL CHECK (role IN ('manufacturer', 'distributor', 'dispenser', 'regulator')),
    gln           text NOT NULL CHECK (gln ~ '^[0-9]{13}$'),
    suspended     boolean NOT NULL,
    registered_by bytea NOT NULL CHECK (length(registered_by) = 20),
    changed_at    timestamptz NOT NULL,
    block_number  bigint NOT NULL,
    log_index     integer NOT NULL,
    superseded_at bigint,
    PRIMARY KEY (account, block_number, log_index)
);
CREATE UNIQUE INDEX participants_current ON participants (account) WHERE superseded_at IS NULL;
CREATE INDEX participants_block ON participants USING brin (block_number);
CREATE INDEX participants_superseded ON participants (superseded_at) WHERE superseded_at IS NOT NULL;

CREATE TABLE batches (
    batch_id         bytea NOT NULL CHECK (length(batch_id) = 32),
    gtin             text NOT NULL CHECK (gtin ~ '^[0-9]{14}$'),
    lot              text NOT NULL CHECK (length(lot) BETWEEN 1 AND 20),
    expiry           date NOT NULL,
    quantity         integer NOT NULL CHECK (quantity > 0),
    serials_root     bytea NOT NULL CHECK (length(serials_root) = 32),
    master_data_hash bytea NOT NULL CHECK (length(master_data_hash) = 32),
    manufacturer     bytea NOT NULL CHECK (length(manufacturer) = 20),
    status           text NOT NULL CHECK (status IN ('active', 'recalled')),
    recall_reason    smallint CHECK ((status = 'recalled') = (recall_reason IS NOT NULL)),
    registered_block bigint NOT NULL,
    registered_tx    bytea NOT NULL CHECK (length(registered_tx) = 32),
    changed_at       timestamptz NOT NULL,
    block_number     bigint NOT NULL,
    log_index        integer NOT NULL,
    superseded_at    bigint,
    PRIMARY KEY (batch_id, block_number, log_index)
);
CREATE UNIQUE INDEX batches_current ON batches (batch_id) WHERE superseded_at IS NULL;
CREATE UNIQUE INDEX batches_gtin_lot ON batches (gtin, lot) WHERE superseded_at IS NULL;
CREATE INDEX batches_manufacturer ON batches (manufacturer) WHERE superseded_at IS NULL;
CREATE INDEX batches_block ON batches USING brin (block_number);
CREATE INDEX batches_superseded ON batches (superseded_at) WHERE superseded_at IS NOT NULL;

CREATE TABLE tokens (
    token_id      bytea NOT NULL CHECK (length(token_id) = 32),
    batch_id      bytea NOT NULL CHECK (length(batch_id) = 32),
    range_start   integer NOT NULL CHECK (range_start >= 0),
    range_end     integer NOT NULL CHECK (range_end > range_start),
    holder        bytea NOT NULL CHECK (length(holder) = 20),
    pending_to    bytea CHECK (length(pending_to) = 20),
    changed_at    timestamptz NOT NULL,
    block_number  bigint NOT NULL,
    log_index     integer NOT NULL,
    superseded_at bigint,
    PRIMARY KEY (token_id, block_number, log_index)
);
CREATE UNIQUE INDEX tokens_current ON tokens (token_id) WHERE superseded_at IS NULL;
CREATE INDEX tokens_batch ON tokens (batch_id, range_start) WHERE superseded_at IS NULL;
CREATE INDEX tokens_holder ON tokens (holder) WHERE superseded_at IS NULL;
CREATE INDEX tokens_pending_to ON tokens (pending_to) WHERE superseded_at IS NULL AND pending_to IS NOT NULL;
CREATE INDEX tokens_block ON tokens USING brin (block_number);
CREATE INDEX tokens_superseded ON tokens (superseded_at) WHERE superseded_at IS NOT NULL;

CREATE TABLE pack_states (
    batch_id      bytea NOT NULL CHECK (length(batch_id) = 32),
    pack_index    integer NOT NULL CHECK (pack_index >= 0),
    state         text NOT NULL CHECK (state IN ('active', 'supplied', 'destroyed', 'stolen', 'sample',
                                                 'free_sample', 'exported', 'locked', 'checked_out')),
    day           date NOT NULL, -- the contract's day of the change (UTC)
    actor         bytea NOT NULL CHECK (length(actor) = 20),
    changed_at    timestamptz NOT NULL,
    tx_hash       bytea NOT NULL CHECK (length(tx_hash) = 32),
    block_number  bigint NOT NULL,
    log_index     integer NOT NULL,
    superseded_at bigint,
    PRIMARY KEY (batch_id, pack_index, block_number, log_index)
);
COMMENT ON TABLE pack_states IS 'Packs whose state ever changed; a pack with no row is active.';
CREATE UNIQUE INDEX pack_states_current ON pack_states (batch_id, pack_index) WHERE superseded_at IS NULL;
CREATE INDEX pack_states_block ON pack_states USING brin (block_number);
CREATE INDEX pack_states_superseded ON pack_states (superseded_at) WHERE superseded_at IS NOT NULL;

CREATE TABLE custody_events (
    block_number    bigint NOT NULL,
    log_index       integer NOT NULL,
    block_hash      bytea NOT NULL CHECK (length(block_hash) = 32),
    tx_hash         bytea NOT NULL CHECK (length(tx_hash) = 32),
    time            timestamptz NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('registered', 'split', 'shipped', 'accepted', 'cancelled')),
    batch_id        bytea NOT NULL CHECK (length(batch_id) = 32),
    token_id        bytea NOT NULL CHECK (length(token_id) = 32),
    parent_token_id bytea CHECK (length(parent_token_id) = 32), -- the token a split came from
    range_start     integer NOT NULL, -- the packs the token covered when the event happened
    range_end       integer NOT NULL,
    from_account    bytea CHECK (length(from_account) = 20),
    to_account      bytea CHECK (length(to_account) = 20),
    PRIMARY KEY (block_number, log_index)
);
COMMENT ON TABLE custody_events IS 'Every custody event in chain order: the provenance of a pack is the events whose range covers it.';
CREATE INDEX custody_events_batch ON custody_events (batch_id, block_number, log_index);
CREATE INDEX custody_events_token ON custody_events (token_id);

CREATE TABLE recalls (
    block_number bigint NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL CHECK (length(tx_hash) = 32),
    time         timestamptz NOT NULL,
    batch_id     bytea NOT NULL CHECK (length(batch_id) = 32),
    reason       smallint NOT NULL CHECK (reason > 0),
    recalled_by  bytea NOT NULL CHECK (length(recalled_by) = 20),
    PRIMARY KEY (block_number, log_index)
);
CREATE UNIQUE INDEX recalls_batch ON recalls (batch_id);
