-- Web accounts: the people who sign in to the pages, each acting for one organisation, their
-- sessions, and the failed sign-ins that rate-limit guessing. Neither a password nor a session
-- token is stored in clear: a password as its argon2id hash (a PHC string, which names its own
-- parameters), a token, 32 random bytes, as its SHA-256 (enough for that much entropy).

CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    email           text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%' AND length(email) <= 254),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    password_hash   text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    created_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE users IS 'People who sign in to the web pages with email and password, each acting for an organisation.';
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
    hash         bytea PRIMARY KEY CHECK (length(hash) = 32), -- SHA-256 of the token; only the browser keeps the token
    user_id      bigint NOT NULL REFERENCES users (id),
    created_at   timestamptz NOT NULL,  -- the sign-in
    last_seen_at timestamptz NOT NULL,  -- the last use, written at most once a minute
    expires_at   timestamptz NOT NULL,  -- the absolute end, SessionMax after sign-in; idle sessions end sooner
    ended_at     timestamptz,           -- logged out
    CHECK (created_at <= last_seen_at AND last_seen_at <= expires_at)
);
COMMENT ON TABLE sessions IS 'Signed-in sessions of users, by the SHA-256 of their token. A session ends SessionIdle after last_seen_at, at expires_at, or at logout (ended_at), whichever comes first. Ended rows stay, a record of sign-ins, until a clean-up deletes those past expires_at.';
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE login_failures (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    email  text NOT NULL,  -- as typed, trimmed and lower-cased, at most 254 bytes kept; may name no user
    client text NOT NULL   -- the client's network address
);
COMMENT ON TABLE login_failures IS 'Failed sign-ins, counted over the last LoginWindow by email and by client to refuse guessing; an attempt is recorded before its password is checked and removed when it succeeds. Older rows serve nothing and are deleted as sign-ins go.';
CREATE INDEX login_failures_email ON login_failures (email, at);
CREATE INDEX login_failures_client ON login_failures (client, at);
CREATE INDEX login_failures_at ON login_failures USING brin (at);
