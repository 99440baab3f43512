package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// tokenPrefix starts every API token, so a leaked one is easy to recognise (secret scanners).
const tokenPrefix = "pdg_"

// Tokens stores API tokens as SHA-256 hashes. A token is 32 random bytes: too much entropy to
// guess, so a fast hash is enough (a slow one protects low-entropy passwords). It implements
// pedigree.Tokens.
type Tokens struct{ pool *pgxpool.Pool }

var _ pedigree.Tokens = (*Tokens)(nil)

// NewTokens returns the tokens stored in pool's database.
func NewTokens(pool *pgxpool.Pool) *Tokens { return &Tokens{pool: pool} }

var tokenEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// Create implements pedigree.Tokens.
func (s *Tokens) Create(ctx context.Context, t pedigree.NewToken) (string, error) {
	if _, ok := pedigree.UserRoleName(t.Role); !ok {
		return "", pedigree.Errorf(pedigree.EINVALID, "role: give administrator, operator or viewer")
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	token := tokenPrefix + strings.ToLower(tokenEncoding.EncodeToString(raw[:]))
	hash := sha256.Sum256([]byte(token))
	var user *int64
	if t.UserID != 0 {
		user = &t.UserID
	}
	// A personal token's user must be of the organisation: the insert finds none otherwise.
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO api_tokens (organisation_id, name, prefix, hash, role, user_id)
		SELECT $1, $2, $3, $4, $5, $6
		WHERE $6::bigint IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = $6 AND organisation_id = $1)`,
		t.OrganisationID, t.Name, token[:len(tokenPrefix)+6], hash[:], t.Role.String(), user)
	if err != nil {
		return "", fmt.Errorf("store token: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return "", pedigree.Errorf(pedigree.EINVALID, "user: no user %d in your organisation", t.UserID)
	}
	return token, nil
}

// Authenticate implements pedigree.Tokens.
func (s *Tokens) Authenticate(ctx context.Context, token string) (pedigree.TokenCaller, error) {
	var c pedigree.TokenCaller
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 100 {
		return c, pedigree.Errorf(pedigree.EUNAUTHORIZED, "the API token is not one of pedigree's (they start with %s)", tokenPrefix)
	}
	hash := sha256.Sum256([]byte(token))
	var role, tokenRole string
	var account []byte
	var userID *int64
	var email, name, userRole *string
	var disabled bool
	// One round trip; last_used_at is written at most once a minute a token, so checking a
	// token is a read on the hot path.
	err := s.pool.QueryRow(ctx, `
		WITH token AS (
			SELECT t.id AS token_id, o.id, o.name, o.gln, o.role, o.account, t.role AS token_role,
			       u.id AS user_id, u.email, u.name AS user_name, u.role AS user_role, u.disabled_at IS NOT NULL AS disabled
			FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id LEFT JOIN users u ON u.id = t.user_id
			WHERE t.hash = $1 AND t.revoked_at IS NULL
		), used AS (
			UPDATE api_tokens SET last_used_at = now()
			WHERE hash = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
		)
		SELECT * FROM token`, hash[:]).Scan(&c.TokenID, &c.Organisation.ID, &c.Organisation.Name, &c.Organisation.GLN, &role, &account,
		&tokenRole, &userID, &email, &name, &userRole, &disabled)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, pedigree.Errorf(pedigree.EUNAUTHORIZED, "the API token is unknown or revoked")
	}
	if err != nil {
		return c, fmt.Errorf("check token: %w", err)
	}
	if disabled {
		return c, pedigree.Errorf(pedigree.EUNAUTHORIZED, "the API token is personal, and its user is disabled")
	}
	c.Organisation.Account = pedigree.Address(account)
	if c.Organisation.Role, err = pedigree.ParseRole(role); err != nil {
		return c, err
	}
	if c.Role, err = pedigree.ParseUserRole(tokenRole); err != nil {
		return c, err
	}
	if userID != nil {
		ur, err := pedigree.ParseUserRole(*userRole)
		if err != nil {
			return c, err
		}
		c.Role = min(c.Role, ur)
		c.User = &pedigree.User{ID: *userID, Email: *email, Name: *name, Organisation: c.Organisation, Role: c.Role}
	}
	return c, nil
}

// Revoke implements pedigree.Tokens.
func (s *Tokens) Revoke(ctx context.Context, token string) error {
	hash := sha256.Sum256([]byte(token))
	tag, err := s.pool.Exec(ctx, `UPDATE api_tokens SET revoked_at = now() WHERE hash = $1 AND revoked_at IS NULL`, hash[:])
	if err != nil {
		return fmt.Errorf("revoke token: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no such token")
	}
	return nil
}

// List returns the organisation's live tokens, newest first.
func (s *Tokens) List(ctx context.Context, organisationID int64) ([]pedigree.TokenInfo, error) {
	rows, err := s.pool.Query(ctx, `SELECT t.id, t.name, t.prefix, t.role, coalesce(t.user_id, 0), coalesce(u.email, ''), t.created_at, t.last_used_at
		FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id
		WHERE t.organisation_id = $1 AND t.revoked_at IS NULL ORDER BY t.created_at DESC, t.id DESC`, organisationID)
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.TokenInfo, error) {
		var t pedigree.TokenInfo
		var role string
		if err := row.Scan(&t.ID, &t.Name, &t.Prefix, &role, &t.UserID, &t.UserEmail, &t.CreatedAt, &t.LastUsed); err != nil {
			return t, err
		}
		var err error
		t.Role, err = pedigree.ParseUserRole(role)
		return t, err
	})
}

// RevokeID revokes the organisation's token id. ENOTFOUND when it has no such live token.
func (s *Tokens) RevokeID(ctx context.Context, organisationID, id int64) error {
	tag, err := s.pool.Exec(ctx, `UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NULL`, id, organisationID)
	if err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no such token in your organisation")
	}
	return nil
}
