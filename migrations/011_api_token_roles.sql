-- API tokens act with a role within their organisation (pedigree.UserRole), as users do:
-- viewer, operator or administrator. Tokens issued before this had no role and acted as
-- operators (verify and act on the chain, manage neither people nor tokens): they keep that.
-- A personal token also names the user it acts for: it acts with the lesser of its role and
-- the user's role at the time, and not at all while the user is disabled. A token without a
-- user is the organisation's (a machine client: a till, a serialization line).

ALTER TABLE api_tokens
    ADD COLUMN role    text NOT NULL DEFAULT 'operator' CHECK (role IN ('administrator', 'operator', 'viewer')),
    ADD COLUMN user_id bigint REFERENCES users (id);
ALTER TABLE api_tokens ALTER COLUMN role DROP DEFAULT;
COMMENT ON COLUMN api_tokens.role IS 'The role within the organisation the token acts with; a personal token''s is capped by its user''s role.';
COMMENT ON COLUMN api_tokens.user_id IS 'The user a personal token acts for; NULL: the organisation''s token.';
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id) WHERE revoked_at IS NULL;
