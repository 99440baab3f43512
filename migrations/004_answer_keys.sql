-- The keys that sign verification answers (JWS, ES256), and the block of each organisation's
-- last action.
--
-- Every instance of a service signs with the newest key; /.well-known/jwks.json publishes every
-- key's public half, old ones included, so a receipt a pharmacy kept can still be checked after
-- a rotation. The private key is kept only encrypted: AES-256-GCM under a key derived with
-- scrypt from the service's passphrase (PEDIGREE_KEY_PASSPHRASE_FILE), the salt and nonce
-- beside it.

CREATE TABLE answer_keys (
    kid         text PRIMARY KEY CHECK (length(kid) BETWEEN 8 AND 64),
    created_at  timestamptz NOT NULL DEFAULT now(),
    public_jwk  jsonb NOT NULL,
    sealed      bytea NOT NULL, -- salt (16) | nonce (12) | AES-256-GCM(PKCS #8 private key)
    scrypt_n    integer NOT NULL CHECK (scrypt_n >= 16384)
);
COMMENT ON TABLE answer_keys IS 'Keys signing verification answers; the newest signs, all are published.';

-- Reading one's own writes: the block of each organisation's latest action. A verification by
-- that organisation waits, within a bound, for the projection to reach it, on whichever
-- instance it lands, and says so when it has not.
ALTER TABLE organisations ADD COLUMN last_action_block bigint NOT NULL DEFAULT 0 CHECK (last_action_block >= 0);
