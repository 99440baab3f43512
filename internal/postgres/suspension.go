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

// StatusChanges keeps the regulators' suspensions and reinstatements with their reasons
// (participant_status_changes), each tied to its transaction; see the migration for the states.
type StatusChanges struct {
	pool *pgxpool.Pool
	// Instance owns the changes this store begins; while it lives, other instances'
	// reconcilers leave them alone. Nil: they are orphaned at once.
	Instance *Instance
}

// NewStatusChanges returns the store over pool.
func NewStatusChanges(pool *pgxpool.Pool) *StatusChanges { return &StatusChanges{pool: pool} }

// Begin records c as pending, before anything is signed, and returns it with its ID.
// ECONFLICT when another change of the same participant is pending.
func (s *StatusChanges) Begin(ctx context.Context, c pedigree.StatusChange) (pedigree.StatusChange, error) {
	var user any
	if c.UserID != 0 {
		user = c.UserID
	}
	err := s.pool.QueryRow(ctx, `
		INSERT INTO participant_status_changes (account, action, reason, organisation_id, user_id, owner)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		c.Account[:], string(c.Action), c.Reason, c.OrganisationID, user, ownerID(s.Instance)).Scan(&c.ID)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return c, pedigree.Errorf(pedigree.ECONFLICT, "another change of this participant's status is on its way: try again in a moment")
	}
	if err != nil {
		return c, fmt.Errorf("record a change of %s's status: %w", c.Account, err)
	}
	c.State = pedigree.StatusChangePending
	return c, nil
}

// Sent records the signed transaction of pending change id, before it is sent.
func (s *StatusChanges) Sent(ctx context.Context, id int64, tx []byte, hash pedigree.Hash) error {
	tag, err := s.pool.Exec(ctx, `
		UPDATE participant_status_changes SET tx = $2, tx_hash = $3, updated_at = now()
		WHERE id = $1 AND status = 'pending'`, id, tx, hash[:])
	if err != nil {
		return fmt.Errorf("record the transaction of status change %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ECONFLICT, "the status change %d was settled meanwhile", id)
	}
	return nil
}

// Done settles pending change id as done by transaction hash in block, at the block's time.
// It reports whether it did: false when the change was settled meanwhile.
func (s *StatusChanges) Done(ctx context.Context, id int64, hash pedigree.Hash, block uint64, at time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `
		UPDATE participant_status_changes SET status = 'done', tx_hash = $2, block = $3, at = $4, owner = NULL, error = NULL, updated_at = now()
		WHERE id = $1 AND status = 'pending' AND tx_hash = $2`, id, hash[:], int64(block), at)
	if err != nil {
		return false, fmt.Errorf("settle status change %d: %w", id, err)
	}
	return tag.RowsAffected() == 1, nil
}

// Fail settles pending change id as failed for why, if it still has the transaction it was
// read with (hash; nil: none). It reports whether it did.
func (s *StatusChanges) Fail(ctx context.Context, id int64, hash *pedigree.Hash, why string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `
		UPDATE participant_status_changes SET status = 'failed', error = $3, owner = NULL, updated_at = now()
		WHERE id = $1 AND status = 'pending' AND tx_hash IS NOT DISTINCT FROM $2`, id, optHash(hash), why)
	if err != nil {
		return false, fmt.Errorf("settle status change %d: %w", id, err)
	}
	return tag.RowsAffected() == 1, nil
}

var statusChangeColumns = `id, account, action, reason, organisation_id, coalesce(user_id, 0), status, tx, tx_hash,
	coalesce(block, 0), coalesce(at, 'epoch'), coalesce(error, ''), ` + orphaned("owner") + `, extract(epoch FROM now() - updated_at)`

func scanStatusChange(row pgx.CollectableRow) (pedigree.StatusChange, error) {
	var c pedigree.StatusChange
	var account, hash []byte
	var action, state string
	var block int64
	var age float64
	err := row.Scan(&c.ID, &account, &action, &c.Reason, &c.OrganisationID, &c.UserID, &state, &c.Tx, &hash,
		&block, &c.At, &c.Error, &c.Orphaned, &age)
	c.Account, c.Action, c.State, c.Block = pedigree.Address(account), pedigree.StatusAction(action), pedigree.StatusChangeState(state), uint64(block)
	c.TxHash, c.Age = optionalHash(hash), time.Duration(age*float64(time.Second))
	return c, err
}

// Load returns change id. ENOTFOUND when there is none.
func (s *StatusChanges) Load(ctx context.Context, id int64) (pedigree.StatusChange, error) {
	rows, _ := s.pool.Query(ctx, `SELECT `+statusChangeColumns+` FROM participant_status_changes WHERE id = $1`, id)
	c, err := pgx.CollectExactlyOneRow(rows, scanStatusChange)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, pedigree.Errorf(pedigree.ENOTFOUND, "no status change %d", id)
	}
	return c, err
}

// Pending returns the pending changes, oldest first: of account only, unless it is nil.
func (s *StatusChanges) Pending(ctx context.Context, account *pedigree.Address) ([]pedigree.StatusChange, error) {
	var a []byte
	if account != nil {
		a = account[:]
	}
	rows, _ := s.pool.Query(ctx, `SELECT `+statusChangeColumns+` FROM participant_status_changes
		WHERE status = 'pending' AND ($1::bytea IS NULL OR account = $1) ORDER BY id`, a)
	out, err := pgx.CollectRows(rows, scanStatusChange)
	if err != nil {
		return nil, fmt.Errorf("read pending status changes: %w", err)
	}
	return out, nil
}

// suspensionQuery reads the suspended participants of the projection with their last
// suspension done through pedigree, if it is the one in force: the projection's suspended
// version began at its block (a suspension done outside pedigree has no reason here).
const suspensionQuery = `
	SELECT p.account, coalesce(o.name, ''), p.gln, p.changed_at, c.reason, c.at, c.tx_hash, coalesce(r.name, '')
	FROM participants p
	LEFT JOIN organisations o ON o.account = p.account
	LEFT JOIN LATERAL (
		SELECT reason, at, tx_hash, organisation_id FROM participant_status_changes c
		WHERE c.account = p.account AND c.status = 'done' AND c.action = 'suspend' AND c.block = p.block_number
		ORDER BY c.id DESC LIMIT 1) c ON true
	LEFT JOIN organisations r ON r.id = c.organisation_id
	WHERE p.superseded_at IS NULL AND p.suspended`

func scanSuspension(row pgx.CollectableRow) (pedigree.Suspension, error) {
	var sp pedigree.Suspension
	var account, hash []byte
	var gln string
	var changed time.Time
	var reason *string
	var at *time.Time
	if err := row.Scan(&account, &sp.Name, &gln, &changed, &reason, &at, &hash, &sp.By); err != nil {
		return sp, err
	}
	sp.Account, sp.Since, sp.TxHash = pedigree.Address(account), changed, optionalHash(hash)
	if sp.Name == "" {
		sp.Name = "GLN " + gln
	}
	if reason != nil {
		sp.Reason, sp.Recorded = *reason, true
		sp.Since = *at
	}
	return sp, nil
}

// Suspension implements pedigree.StatusChanges.
func (s *StatusChanges) Suspension(ctx context.Context, account pedigree.Address) (pedigree.Suspension, error) {
	rows, _ := s.pool.Query(ctx, suspensionQuery+` AND p.account = $1`, account[:])
	sp, err := pgx.CollectExactlyOneRow(rows, scanSuspension)
	if errors.Is(err, pgx.ErrNoRows) {
		return sp, pedigree.Errorf(pedigree.ENOTFOUND, "%s is not suspended", account)
	}
	if err != nil {
		return sp, fmt.Errorf("read the suspension of %s: %w", account, err)
	}
	return sp, nil
}

// Suspensions implements pedigree.StatusChanges.
func (s *StatusChanges) Suspensions(ctx context.Context) (map[pedigree.Address]pedigree.Suspension, error) {
	rows, _ := s.pool.Query(ctx, suspensionQuery)
	list, err := pgx.CollectRows(rows, scanSuspension)
	if err != nil {
		return nil, fmt.Errorf("read suspensions: %w", err)
	}
	out := make(map[pedigree.Address]pedigree.Suspension, len(list))
	for _, sp := range list {
		out[sp.Account] = sp
	}
	return out, nil
}
