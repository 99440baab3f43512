package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/jws"
)

// AnswerKeys keeps the keys that sign verification answers (migrations/004_answer_keys.sql):
// every instance of a service signs with the newest, and all are published.
type AnswerKeys struct {
	pool *pgxpool.Pool
	// ScryptN is the cost of sealing a new key (jws.ScryptN by default; tests lower it).
	ScryptN int
}

// NewAnswerKeys returns the answer keys stored in pool's database.
func NewAnswerKeys(pool *pgxpool.Pool) *AnswerKeys {
	return &AnswerKeys{pool: pool, ScryptN: jws.ScryptN}
}

// answerKeysLock serialises the creation of the first key between instances starting at once.
const answerKeysLock int64 = 0x7065646967726566

// Current returns the newest key, opened with passphrase; when there is none it makes one,
// seals it under passphrase and stores it.
func (s *AnswerKeys) Current(ctx context.Context, passphrase string) (*jws.Key, error) {
	var key *jws.Key
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, answerKeysLock); err != nil {
			return err
		}
		var kid string
		var sealed []byte
		var n int
		err := tx.QueryRow(ctx, `SELECT kid, sealed, scrypt_n FROM answer_keys ORDER BY created_at DESC, kid LIMIT 1`).Scan(&kid, &sealed, &n)
		if err == nil {
			key, err = jws.Open(sealed, kid, passphrase, n)
			if err != nil {
				return fmt.Errorf("the answer-signing key %s: %w", kid, err)
			}
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		if key, err = jws.NewKey(); err != nil {
			return err
		}
		if sealed, err = key.Seal(passphrase, s.ScryptN); err != nil {
			return err
		}
		public, err := json.Marshal(key.Public())
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO answer_keys (kid, public_jwk, sealed, scrypt_n) VALUES ($1, $2, $3, $4)`, key.ID, public, sealed, s.ScryptN)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load the answer-signing key: %w", err)
	}
	return key, nil
}

// Set returns the public half of every key, newest first.
func (s *AnswerKeys) Set(ctx context.Context) (jws.Set, error) {
	rows, err := s.pool.Query(ctx, `SELECT public_jwk FROM answer_keys ORDER BY created_at DESC, kid`)
	if err != nil {
		return jws.Set{}, fmt.Errorf("read the answer keys: %w", err)
	}
	keys, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (jws.JWK, error) {
		var k jws.JWK
		var b []byte
		if err := row.Scan(&b); err != nil {
			return k, err
		}
		return k, json.Unmarshal(b, &k)
	})
	if err != nil {
		return jws.Set{}, fmt.Errorf("read the answer keys: %w", err)
	}
	return jws.Set{Keys: keys}, nil
}
