package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Responders is the lookup directory, its API tokens sealed with AES-256-GCM (the entry's code
// as additional data, so a sealed token copied to another entry opens for no one). It
// implements pedigree.Responders.
type Responders struct {
	pool   *pgxpool.Pool
	now    func() time.Time
	sealer sealer
}

var _ pedigree.Responders = (*Responders)(nil)

// ResponderKey derives the key that seals responders' tokens from the service's passphrase, as
// TwoFactorKey does for TOTP secrets, with a salt of its own.
func ResponderKey(passphrase string) ([]byte, error) {
	return sealingKey(passphrase, "pedigree responder tokens v1")
}

// NewResponders returns the directory of pool's database, sealing tokens under key (32 bytes:
// ResponderKey's, or a random one, with which tokens do not outlive the process).
func NewResponders(pool *pgxpool.Pool, now func() time.Time, key []byte) (*Responders, error) {
	if now == nil {
		now = time.Now
	}
	sealer, err := newSealer(key, "responder key")
	if err != nil {
		return nil, err
	}
	return &Responders{pool: pool, now: now, sealer: sealer}, nil
}

func responderAD(code string) []byte { return []byte("pedigree responder token " + code) }

func (s *Responders) seal(code, token string) ([]byte, error) {
	return s.sealer.seal(token, responderAD(code))
}

func (s *Responders) open(code string, sealed []byte) (string, error) {
	token, err := s.sealer.open(sealed, responderAD(code))
	if err != nil {
		return "", pedigree.Errorf(pedigree.EUNAVAILABLE, "the API token for %s's responder was sealed with another key (the service's passphrase changed?): the regulator must enter it again", code)
	}
	return token, nil
}

const responderColumns = `id, code, name, url, token_hint, changed_at`

func scanResponder(row pgx.Row, extra ...any) (pedigree.Responder, error) {
	var r pedigree.Responder
	err := row.Scan(append([]any{&r.ID, &r.Code, &r.Name, &r.URL, &r.TokenHint, &r.ChangedAt}, extra...)...)
	return r, err
}

// Responders implements pedigree.Responders.
func (s *Responders) Responders(ctx context.Context) ([]pedigree.Responder, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+responderColumns+` FROM responders ORDER BY code`)
	if err != nil {
		return nil, fmt.Errorf("list responders: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Responder, error) { return scanResponder(row) })
	if err != nil {
		return nil, fmt.Errorf("list responders: %w", err)
	}
	return out, nil
}

// Responder implements pedigree.Responders.
func (s *Responders) Responder(ctx context.Context, id int64) (pedigree.Responder, error) {
	r, err := scanResponder(s.pool.QueryRow(ctx, `SELECT `+responderColumns+` FROM responders WHERE id = $1`, id))
	return r, responderErr(err, id)
}

func responderErr(err error, id int64) error {
	var pgErr *pgconn.PgError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, pgx.ErrNoRows):
		return pedigree.Errorf(pedigree.ENOTFOUND, "there is no directory entry %d", id)
	case errors.As(err, &pgErr) && pgErr.Code == "23505":
		return pedigree.Errorf(pedigree.ECONFLICT, "code: the directory has an entry for this code already: edit that one")
	}
	return fmt.Errorf("directory entry: %w", err)
}

// AddResponder implements pedigree.Responders.
func (s *Responders) AddResponder(ctx context.Context, in pedigree.ResponderInput) (pedigree.Responder, error) {
	if err := in.Validate(true); err != nil {
		return pedigree.Responder{}, err
	}
	sealed, err := s.seal(in.Code, in.Token)
	if err != nil {
		return pedigree.Responder{}, err
	}
	r, err := scanResponder(s.pool.QueryRow(ctx, `
		INSERT INTO responders (code, name, url, token, token_hint, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
		RETURNING `+responderColumns, in.Code, in.Name, in.URL, sealed, pedigree.TokenHint(in.Token), s.now()))
	return r, responderErr(err, 0)
}

// UpdateResponder implements pedigree.Responders. A kept token is sealed again when the code
// changes, since the code is bound to it.
func (s *Responders) UpdateResponder(ctx context.Context, id int64, in pedigree.ResponderInput) (pedigree.Responder, error) {
	if err := in.Validate(false); err != nil {
		return pedigree.Responder{}, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return pedigree.Responder{}, err
	}
	defer tx.Rollback(ctx) //nolint:errcheck // after Commit, a no-op
	token := in.Token
	if token == "" {
		var code string
		var sealed []byte
		if err := tx.QueryRow(ctx, `SELECT code, token FROM responders WHERE id = $1 FOR UPDATE`, id).Scan(&code, &sealed); err != nil {
			return pedigree.Responder{}, responderErr(err, id)
		}
		if token, err = s.open(code, sealed); err != nil {
			return pedigree.Responder{}, err
		}
	}
	sealed, err := s.seal(in.Code, token)
	if err != nil {
		return pedigree.Responder{}, err
	}
	r, err := scanResponder(tx.QueryRow(ctx, `
		UPDATE responders SET code = $2, name = $3, url = $4, token = $5, token_hint = $6, changed_at = $7 WHERE id = $1
		RETURNING `+responderColumns, id, in.Code, in.Name, in.URL, sealed, pedigree.TokenHint(token), s.now()))
	if err != nil {
		return r, responderErr(err, id)
	}
	return r, tx.Commit(ctx)
}

// RemoveResponder implements pedigree.Responders.
func (s *Responders) RemoveResponder(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM responders WHERE id = $1`, id)
	if err == nil && tag.RowsAffected() == 0 {
		err = pgx.ErrNoRows
	}
	return responderErr(err, id)
}

// ResponderFor implements pedigree.Responders.
func (s *Responders) ResponderFor(ctx context.Context, gtin string) (pedigree.Responder, string, error) {
	var sealed []byte
	r, err := scanResponder(s.pool.QueryRow(ctx, `
		SELECT `+responderColumns+`, token FROM responders
		WHERE code = $1 OR (length(code) < 14 AND code = substr($1, 2, length(code)))
		ORDER BY length(code) = 14 DESC, length(code) DESC LIMIT 1`, gtin), &sealed)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, "", pedigree.Errorf(pedigree.ENOTFOUND, "no deployment in the lookup directory answers for GTIN %s", gtin)
	}
	if err != nil {
		return r, "", fmt.Errorf("look up the responder of %s: %w", gtin, err)
	}
	token, err := s.open(r.Code, sealed)
	return r, token, err
}

// HoldsGTIN implements pedigree.Responders: a batch of the GTIN is on this deployment's chain.
func (s *Responders) HoldsGTIN(ctx context.Context, gtin string) (bool, error) {
	var held bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM batches WHERE gtin = $1)`, gtin).Scan(&held); err != nil {
		return false, fmt.Errorf("is GTIN %s this deployment's: %w", gtin, err)
	}
	return held, nil
}
