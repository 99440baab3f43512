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
//
// A key whose request is running names the instance running it. When that instance dies
// mid-request (kill -9 between storing a batch's serials and minting it, say), a retry with the
// key takes it over and runs the request again, rather than hear "still running" forever: the
// action resumes where the first try left it (chain.Registrar finishes or answers the
// registration the key began), so its answer is the final outcome.
type Idempotency struct {
	pool *pgxpool.Pool
	// Instance, when set, is named as the owner of the keys whose requests this instance
	// runs. Without one, a running request's key can be taken over by any retry.
	Instance *Instance
}

// NewIdempotency returns the keys stored in pool's database.
func NewIdempotency(pool *pgxpool.Pool) *Idempotency { return &Idempotency{pool: pool} }

// ProvisionalStatus is the status of an answer that is not final: 202 Accepted, an action sent
// but not mined yet. A retry with its key runs the request again, which answers how the action
// stands now, instead of replaying "pending" for good.
const ProvisionalStatus = 202

// Begin claims key for a request whose content hashes to requestHash. It returns the stored
// answer when the key was used before for the same request and that request finished;
// ECONFLICT while it is still running; EINVALID when the key was used for another request.
// A key whose request's instance has died, or whose answer was provisional, is taken over:
// Begin returns no answer and the caller runs the request again.
func (s *Idempotency) Begin(ctx context.Context, org int64, key string, requestHash []byte) (status int, body []byte, replay bool, err error) {
	owner := ownerID(s.Instance)
	for range 5 {
		tag, err := s.pool.Exec(ctx, `INSERT INTO idempotency_keys (organisation_id, key, request_hash, owner) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
			org, key, requestHash, owner)
		if err != nil {
			return 0, nil, false, fmt.Errorf("claim idempotency key: %w", err)
		}
		if tag.RowsAffected() == 1 {
			return 0, nil, false, nil
		}
		var hash []byte
		var stored *int32
		var prevOwner *int64
		var gone bool
		err = s.pool.QueryRow(ctx, `SELECT request_hash, status, response, owner, `+orphaned("owner")+`
			FROM idempotency_keys WHERE organisation_id = $1 AND key = $2`, org, key).
			Scan(&hash, &stored, &body, &prevOwner, &gone)
		if errors.Is(err, pgx.ErrNoRows) { // released in between: try again
			continue
		}
		if err != nil {
			return 0, nil, false, fmt.Errorf("read idempotency key: %w", err)
		}
		switch {
		case !bytes.Equal(hash, requestHash):
			return 0, nil, false, pedigree.Errorf(pedigree.EINVALID, "this Idempotency-Key was used for a different request: use a new key for a new request")
		case stored != nil && *stored != ProvisionalStatus:
			return int(*stored), body, true, nil
		case stored == nil && !gone:
			return 0, nil, false, pedigree.Errorf(pedigree.ECONFLICT, "a request with this Idempotency-Key is still running: retry in a moment")
		}
		// The first try died mid-way, or answered only "pending": take the key over, unless
		// another retry just did.
		tag, err = s.pool.Exec(ctx, `UPDATE idempotency_keys SET status = NULL, response = NULL, owner = $3
			WHERE organisation_id = $1 AND key = $2 AND status IS NOT DISTINCT FROM $4 AND owner IS NOT DISTINCT FROM $5`,
			org, key, owner, stored, prevOwner)
		if err != nil {
			return 0, nil, false, fmt.Errorf("take over idempotency key: %w", err)
		}
		if tag.RowsAffected() == 1 {
			return 0, nil, false, nil
		}
	}
	return 0, nil, false, pedigree.Errorf(pedigree.ECONFLICT, "a request with this Idempotency-Key is still running: retry in a moment")
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
