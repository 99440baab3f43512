-- Crash-safe batch registration. A registration goes stored (serials in, status 'pending', no
-- mint) -> sent (the signed mint recorded here BEFORE it is sent) -> confirmed; a mint that
-- reverted or can never be mined is undone (row and serials deleted). Each unfinished
-- registration, and each Idempotency-Key whose request runs, names the instance working on it
-- (owner: the key of a session advisory lock that instance holds, postgres.Instance), so when
-- an instance dies, however it dies, the others see at once that its work is orphaned: a
-- reconciler finishes or undoes it by reading the chain, and a retry takes the key over.

ALTER TABLE batch_details
    ADD COLUMN mint       bytea,                         -- the signed mint transaction (binary), recorded before it is sent
    ADD COLUMN block      bigint CHECK (block >= 0),     -- the mint's block, once confirmed
    ADD COLUMN request    text CHECK (length(request) BETWEEN 1 AND 200), -- the client's Idempotency-Key, for its retries
    ADD COLUMN generated  boolean NOT NULL DEFAULT false, -- the serials were generated here
    ADD COLUMN owner      bigint,                        -- the instance working on it; NULL: none
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
COMMENT ON COLUMN batch_details.mint IS 'The signed mint transaction, recorded before it is sent: a restarted service resends it (it can be mined at most once) or learns it can never be mined.';
CREATE INDEX batch_details_unfinished ON batch_details (updated_at) WHERE status <> 'confirmed';

ALTER TABLE idempotency_keys
    ADD COLUMN owner bigint; -- the instance running the request; NULL: none
