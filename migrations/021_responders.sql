-- The lookup directory (issue 14): which other deployment's verification service answers for
-- a GS1 company prefix or a GTIN-14 this deployment does not hold, and the API token pedigree
-- authenticates with there, sealed (AES-256-GCM under a key derived from the service's
-- passphrase, the entry's code as additional data). Kept by the regulator; not chain data.
CREATE TABLE responders (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6,12}$' OR code ~ '^[0-9]{14}$'),
    name        text NOT NULL CHECK (name <> ''),
    url         text NOT NULL CHECK (url ~ '^https?://'),
    token       bytea NOT NULL,
    token_hint  text NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE responders IS 'The lookup directory: GTIN or company prefix to another deployment''s verification service and its sealed API token.';
