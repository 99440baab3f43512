-- The serial references this service has given SSCCs under each GS1 company prefix, when it
-- packs a batch into cases and pallets: the next one to try.
CREATE TABLE sscc_references (
    company_prefix text PRIMARY KEY CHECK (company_prefix ~ '^[0-9]{4,12}$'),
    next           bigint NOT NULL CHECK (next >= 0)
);
COMMENT ON TABLE sscc_references IS 'Next SSCC serial reference to try per company prefix (extension digit 0).';

-- A case opened at a pharmacy (or anywhere): its packs are unpacked, once.
ALTER TABLE containers ADD COLUMN opened_at timestamptz, ADD COLUMN opened_by bytea CHECK (length(opened_by) = 20);
