-- Organisations onboarded by a regulator, and the people in them. A user has a role within
-- its organisation (administrator, operator, viewer: pedigree.UserRole); existing users
-- become administrators. An invited user has no password until they follow their invitation.
-- Invitations and password resets are one-time links: 32 random bytes, stored as their
-- SHA-256, expiring. An onboarding row records how far an organisation's onboarding got, so a
-- retry resumes where it stopped and doubles nothing.

ALTER TABLE users
    ADD COLUMN role        text NOT NULL DEFAULT 'administrator' CHECK (role IN ('administrator', 'operator', 'viewer')),
    ADD COLUMN disabled_at timestamptz,
    ALTER COLUMN password_hash DROP NOT NULL; -- NULL: invited, no password set yet

CREATE TABLE user_links (
    hash       bytea PRIMARY KEY CHECK (length(hash) = 32), -- SHA-256 of the link's token
    user_id    bigint NOT NULL REFERENCES users (id),
    kind       text NOT NULL CHECK (kind IN ('invitation', 'reset')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (created_at < expires_at)
);
COMMENT ON TABLE user_links IS 'One-time links that let a user set a password: an invitation (72 hours) or a password reset (1 hour). Issuing a link ends the user''s earlier links of the same kind.';
CREATE INDEX user_links_user ON user_links (user_id);

CREATE TABLE onboardings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gln             text NOT NULL UNIQUE CHECK (gln ~ '^[0-9]{13}$'),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role            text NOT NULL CHECK (role IN ('manufacturer', 'distributor', 'dispenser', 'regulator')),
    admin_email     text NOT NULL,
    prefixes        text[] NOT NULL DEFAULT '{}',
    account         bytea CHECK (length(account) = 20), -- the key: made here or given
    key_kept        boolean NOT NULL DEFAULT false,      -- the organisation keeps its key; this service holds none
    step            text NOT NULL DEFAULT 'created' CHECK (step IN ('created', 'key', 'on_chain', 'stored', 'invited')),
    organisation_id bigint REFERENCES organisations (id),
    error           text,                                -- the last failure, cleared by the next step done
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE onboardings IS 'Organisations being onboarded by a regulator, one per GLN, and the last step done: created -> key -> on_chain -> stored -> invited.';
