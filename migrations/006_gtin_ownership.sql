-- GTIN ownership and the proof of a fake, as the contract's events say them.
--
-- A batch commits to its serials with two Merkle trees whose roots are the two children of the
-- one it stores (batches.serials_root = commutativeKeccak256(index_root, sorted_root)): the
-- index tree proves a serial is pack i, the sorted tree that a serial is in no pack at all.
-- BatchRegistered carries both; the indexer keeps them. They are NULL only in rows of a contract
-- from before the sorted tree, which 'pedigree reindex' replaces (that contract cannot run with
-- this version).
ALTER TABLE batches
    ADD COLUMN index_root  bytea CHECK (length(index_root) = 32),
    ADD COLUMN sorted_root bytea CHECK (length(sorted_root) = 32),
    ADD CONSTRAINT batches_roots_check CHECK ((index_root IS NULL) = (sorted_root IS NULL));
COMMENT ON COLUMN batches.serials_root IS 'The root on chain (batch(batchId).serialsRoot): the parent of index_root and sorted_root.';

-- Who owns which GTINs: the GS1 company prefixes (6 to 12 digits) and single GTIN-14s a
-- regulator assigned to a manufacturer (PrefixAssigned, GTINAssigned). Versioned like the other
-- projection tables: moving a prefix to another manufacturer supersedes its row, so the
-- superseded versions are its history.
CREATE TABLE gtin_assignments (
    code          text NOT NULL CHECK (code ~ '^[0-9]{6,12}$' OR code ~ '^[0-9]{14}$'), -- a prefix, or a GTIN-14
    manufacturer  bytea NOT NULL CHECK (length(manufacturer) = 20),
    assigned_by   bytea NOT NULL CHECK (length(assigned_by) = 20),
    changed_at    timestamptz NOT NULL,
    tx_hash       bytea NOT NULL CHECK (length(tx_hash) = 32),
    block_number  bigint NOT NULL,
    log_index     integer NOT NULL,
    superseded_at bigint,
    PRIMARY KEY (code, block_number, log_index)
);
COMMENT ON TABLE gtin_assignments IS 'Company prefixes (6-12 digits) and single GTINs (14) assigned to manufacturers; the longest match of a GTIN owns it.';
CREATE UNIQUE INDEX gtin_assignments_current ON gtin_assignments (code) WHERE superseded_at IS NULL;
CREATE INDEX gtin_assignments_manufacturer ON gtin_assignments (manufacturer) WHERE superseded_at IS NULL;
CREATE INDEX gtin_assignments_block ON gtin_assignments USING brin (block_number);
CREATE INDEX gtin_assignments_superseded ON gtin_assignments (superseded_at) WHERE superseded_at IS NOT NULL;
