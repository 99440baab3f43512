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
func (s *Tokens) Create(ctx context.Context, organisationID int64, name string) (string, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	token := tokenPrefix + strings.ToLower(tokenEncoding.EncodeToString(raw[:]))
	hash := sha256.Sum256([]byte(token))
	_, err := s.pool.Exec(ctx, `INSERT INTO api_tokens (organisation_id, name, prefix, hash) VALUES ($1, $2, $3, $4)`,
		organisationID, name, token[:len(tokenPrefix)+6], hash[:])
	if err != nil {
		return "", fmt.Errorf("store token: %w", err)
	}
	return token, nil
}

// Authenticate implements pedigree.Tokens.
func (s *Tokens) Authenticate(ctx context.Context, token string) (pedigree.Organisation, error) {
	var o pedigree.Organisation
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 100 {
		return o, pedigree.Errorf(pedigree.EUNAUTHORIZED, "the API token is not one of pedigree's (they start with %s)", tokenPrefix)
	}
	hash := sha256.Sum256([]byte(token))
	var role string
	var account []byte
	// One round trip; last_used_at is written at most once a minute a token, so checking a
	// token is a read on the hot path.
	err := s.pool.QueryRow(ctx, `
		WITH token AS (
			SELECT o.id, o.name, o.gln, o.role, o.account
			FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id
			WHERE t.hash = $1 AND t.revoked_at IS NULL
		), used AS (
			UPDATE api_tokens SET last_used_at = now()
			WHERE hash = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
		)
		SELECT * FROM token`, hash[:]).Scan(&o.ID, &o.Name, &o.GLN, &role, &account)
	if errors.Is(err, pgx.ErrNoRows) {
		return o, pedigree.Errorf(pedigree.EUNAUTHORIZED, "the API token is unknown or revoked")
	}
	if err != nil {
		return o, fmt.Errorf("check token: %w", err)
	}
	o.Account = pedigree.Address(account)
	o.Role, err = pedigree.ParseRole(role)
	return o, err
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
	rows, err := s.pool.Query(ctx, `SELECT id, name, prefix, created_at, last_used_at FROM api_tokens
		WHERE organisation_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id DESC`, organisationID)
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.TokenInfo, error) {
		var t pedigree.TokenInfo
		err := row.Scan(&t.ID, &t.Name, &t.Prefix, &t.CreatedAt, &t.LastUsed)
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
