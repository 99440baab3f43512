-- Suspension with a reason, and the participants' keys in the projection.
--
-- participant_status_changes: a regulator's suspension or reinstatement of a participant, with
-- the reason the chain does not carry. A change goes pending (written BEFORE anything is
-- signed) -> sent (the signed transaction recorded here BEFORE it is sent) -> done (its block
-- and the block's time, which is when the suspension began) or failed (it reverted, or can
-- never be mined, or was cut short before it was sent). The reconciler settles a pending change
-- whose instance died by reading the chain, so the row and the chain always end agreeing.
CREATE TABLE participant_status_changes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account         bytea NOT NULL CHECK (length(account) = 20),
    action          text NOT NULL CHECK (action IN ('suspend', 'reinstate')),
    reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    organisation_id bigint NOT NULL REFERENCES organisations (id), -- the regulator's
    user_id         bigint REFERENCES users (id),                  -- NULL: an API token
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    tx              bytea,                                         -- the signed transaction (binary), recorded before it is sent
    tx_hash         bytea CHECK (length(tx_hash) = 32),
    block           bigint CHECK (block >= 0),
    at              timestamptz,                                   -- the block's time: since when
    error           text,                                          -- why it failed
    owner           bigint,                                        -- the instance working on it; NULL: none
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'done') = (block IS NOT NULL AND at IS NOT NULL AND tx_hash IS NOT NULL)),
    CHECK ((tx IS NULL) = (tx_hash IS NULL))
);
COMMENT ON TABLE participant_status_changes IS 'Suspensions and reinstatements with their reasons, tied to their transactions; pending ones are settled from the chain.';
CREATE UNIQUE INDEX participant_status_changes_one_pending ON participant_status_changes (account) WHERE status = 'pending';
CREATE INDEX participant_status_changes_account ON participant_status_changes (account, block DESC) WHERE status = 'done';

-- key_events: every KeyAdded and KeyRetired event of the contract (projection, append-only).
CREATE TABLE key_events (
    block_number bigint NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL CHECK (length(tx_hash) = 32),
    time         timestamptz NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('added', 'retired')),
    account      bytea NOT NULL CHECK (length(account) = 20),
    key          bytea NOT NULL CHECK (length(key) = 20),
    by_account   bytea NOT NULL CHECK (length(by_account) = 20),
    PRIMARY KEY (block_number, log_index)
);
COMMENT ON TABLE key_events IS 'Keys added to and retired from participants, in chain order; a participant''s own account is its first key.';
CREATE INDEX key_events_account ON key_events (account, block_number, log_index);
