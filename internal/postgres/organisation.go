package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Organisations stores the organisations this service signs for.
type Organisations struct{ pool *pgxpool.Pool }

// NewOrganisations returns the organisations stored in pool's database.
func NewOrganisations(pool *pgxpool.Pool) *Organisations { return &Organisations{pool: pool} }

// Create stores o and returns it with its id. ECONFLICT when its account is already stored.
func (s *Organisations) Create(ctx context.Context, o pedigree.Organisation) (pedigree.Organisation, error) {
	err := s.pool.QueryRow(ctx, `INSERT INTO organisations (name, gln, role, account) VALUES ($1, $2, $3, $4) RETURNING id`,
		o.Name, o.GLN, o.Role.String(), o.Account[:]).Scan(&o.ID)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return o, pedigree.Errorf(pedigree.ECONFLICT, "an organisation with account %s exists", o.Account)
	}
	if err != nil {
		return o, fmt.Errorf("store organisation %q: %w", o.Name, err)
	}
	return o, nil
}

// ByAccount returns the organisation whose key is account. ENOTFOUND when there is none.
func (s *Organisations) ByAccount(ctx context.Context, account pedigree.Address) (pedigree.Organisation, error) {
	o := pedigree.Organisation{Account: account}
	var role string
	err := s.pool.QueryRow(ctx, `SELECT id, name, gln, role FROM organisations WHERE account = $1`, account[:]).Scan(&o.ID, &o.Name, &o.GLN, &role)
	if errors.Is(err, pgx.ErrNoRows) {
		return o, pedigree.Errorf(pedigree.ENOTFOUND, "no organisation with account %s", account)
	}
	if err != nil {
		return o, fmt.Errorf("read organisation %s: %w", account, err)
	}
	o.Role, err = pedigree.ParseRole(role)
	return o, err
}

// NoteAction records that the organisation's latest action is in block (or a later one already
// recorded), so its next verifications can wait for the projection to show it.
func (s *Organisations) NoteAction(ctx context.Context, id int64, block uint64) error {
	_, err := s.pool.Exec(ctx, `UPDATE organisations SET last_action_block = greatest(last_action_block, $2) WHERE id = $1`, id, int64(block))
	if err != nil {
		return fmt.Errorf("record organisation %d's action in block %d: %w", id, block, err)
	}
	return nil
}

// LastAction returns the block of the organisation's latest action, 0 when it has none.
func (s *Organisations) LastAction(ctx context.Context, id int64) (uint64, error) {
	var block int64
	err := s.pool.QueryRow(ctx, `SELECT last_action_block FROM organisations WHERE id = $1`, id).Scan(&block)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("read organisation %d's last action: %w", id, err)
	}
	return uint64(block), nil
}
