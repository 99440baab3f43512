-- Two-factor sign-in (TOTP, RFC 6238, with one-time recovery codes) and the audit log.
--
-- A TOTP secret is stored sealed (AES-256-GCM under a key derived from the service's
-- passphrase, the user id as additional data), never in clear; recovery codes and pending
-- sign-in tokens are high-entropy random strings stored as their SHA-256.

ALTER TABLE organisations ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN organisations.require_two_factor IS 'Whether the organisation''s administrators must sign in with a second factor (TOTP); off by default.';

CREATE TABLE user_totp (
    user_id      bigint PRIMARY KEY REFERENCES users (id),
    secret       bytea NOT NULL CHECK (length(secret) BETWEEN 28 AND 200), -- nonce | AES-GCM(secret)
    created_at   timestamptz NOT NULL,
    confirmed_at timestamptz,            -- NULL: enrolment started, not yet confirmed with a code
    last_step    bigint NOT NULL DEFAULT 0 -- the last time step a code was accepted for: no replay
);
COMMENT ON TABLE user_totp IS 'Users'' TOTP secrets, sealed. Two-factor sign-in is on for a user once confirmed_at is set.';

CREATE TABLE recovery_codes (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    hash    bytea NOT NULL UNIQUE CHECK (length(hash) = 32), -- SHA-256 of the code; shown once
    used_at timestamptz
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE pending_logins (
    hash       bytea PRIMARY KEY CHECK (length(hash) = 32), -- SHA-256 of the token the browser holds
    user_id    bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz
);
COMMENT ON TABLE pending_logins IS 'Sign-ins whose password was right and whose second factor is awaited: not sessions.';
CREATE INDEX pending_logins_user ON pending_logins (user_id);

CREATE TABLE two_factor_failures (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    user_id bigint NOT NULL REFERENCES users (id),
    client  text NOT NULL CHECK (length(client) <= 200)
);
COMMENT ON TABLE two_factor_failures IS 'Failed second-factor codes, counted per user over LoginWindow; recorded before the code is checked, removed on success. A right password does not clear them.';
CREATE INDEX two_factor_failures_user ON two_factor_failures (user_id, at);

-- The audit log: every action of every user and API token, after its outcome is known.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    organisation_id bigint REFERENCES organisations (id), -- NULL: nobody known (a failed sign-in)
    user_id         bigint REFERENCES users (id),
    api_token_id    bigint REFERENCES api_tokens (id),
    who             text NOT NULL CHECK (length(who) BETWEEN 1 AND 500), -- in words, as at the time
    action          text NOT NULL CHECK (length(action) BETWEEN 1 AND 200), -- method and route pattern
    object          text NOT NULL DEFAULT '' CHECK (length(object) <= 200), -- the {id} or {account}
    client          text NOT NULL CHECK (length(client) <= 200),
    status          integer NOT NULL CHECK (status BETWEEN 100 AND 599),
    CHECK (user_id IS NULL OR api_token_id IS NULL)
);
COMMENT ON TABLE audit_log IS 'Every action of users and API tokens: who, organisation, action, object, when, from where, outcome (HTTP status). Append-only.';
CREATE INDEX audit_log_organisation ON audit_log (organisation_id, id DESC);
CREATE INDEX audit_log_at ON audit_log USING brin (at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: an entry, once written, stays';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
