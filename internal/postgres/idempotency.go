package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Idempotency remembers the answers to requests sent with an Idempotency-Key, so a client's
// retry gets the first answer instead of repeating the action (a retried registration never
// mints twice).
type Idempotency struct{ pool *pgxpool.Pool }

// NewIdempotency returns the keys stored in pool's database.
func NewIdempotency(pool *pgxpool.Pool) *Idempotency { return &Idempotency{pool: pool} }

// Begin claims key for a request whose content hashes to requestHash. It returns the stored
// answer when the key was used before for the same request and that request finished;
// ECONFLICT while it is still running; EINVALID when the key was used for another request.
func (s *Idempotency) Begin(ctx context.Context, org int64, key string, requestHash []byte) (status int, body []byte, replay bool, err error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO idempotency_keys (organisation_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
		org, key, requestHash)
	if err != nil {
		return 0, nil, false, fmt.Errorf("claim idempotency key: %w", err)
	}
	if tag.RowsAffected() == 1 {
		return 0, nil, false, nil
	}
	var hash []byte
	var stored *int32
	err = s.pool.QueryRow(ctx, `SELECT request_hash, status, response FROM idempotency_keys WHERE organisation_id = $1 AND key = $2`, org, key).
		Scan(&hash, &stored, &body)
	if errors.Is(err, pgx.ErrNoRows) { // released in between: try again
		return s.Begin(ctx, org, key, requestHash)
	}
	if err != nil {
		return 0, nil, false, fmt.Errorf("read idempotency key: %w", err)
	}
	switch {
	case !bytes.Equal(hash, requestHash):
		return 0, nil, false, pedigree.Errorf(pedigree.EINVALID, "this Idempotency-Key was used for a different request: use a new key for a new request")
	case stored == nil:
		return 0, nil, false, pedigree.Errorf(pedigree.ECONFLICT, "a request with this Idempotency-Key is still running: retry in a moment")
	}
	return int(*stored), body, true, nil
}

// Finish stores the answer to key's request.
func (s *Idempotency) Finish(ctx context.Context, org int64, key string, status int, body []byte) error {
	_, err := s.pool.Exec(ctx, `UPDATE idempotency_keys SET status = $3, response = $4 WHERE organisation_id = $1 AND key = $2`, org, key, status, body)
	if err != nil {
		return fmt.Errorf("store idempotent answer: %w", err)
	}
	return nil
}

// Release forgets key, for a request that failed in a way a retry may not (an internal error).
func (s *Idempotency) Release(ctx context.Context, org int64, key string) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM idempotency_keys WHERE organisation_id = $1 AND key = $2 AND status IS NULL`, org, key)
	return err
}
