package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// LMS implements pedigree.LMSLookup over the projection and the serial lists.
type LMS struct {
	pool *pgxpool.Pool
}

var _ pedigree.LMSLookup = (*LMS)(nil)

// NewLMS returns the LMS responder's look-ups in pool.
func NewLMS(pool *pgxpool.Pool) *LMS { return &LMS{pool: pool} }

// OtherLots implements pedigree.LMSLookup.
func (l *LMS) OtherLots(ctx context.Context, code pedigree.PackCode) ([]pedigree.OtherLot, error) {
	rows, err := l.pool.Query(ctx, `
		SELECT b.lot, b.expiry FROM serials s
		JOIN batches b ON b.batch_id = s.batch_id AND b.superseded_at IS NULL
		WHERE s.serial = $3 AND b.gtin = $1 AND b.lot <> $2
		ORDER BY b.registered_block, b.lot`, code.GTIN, code.Lot, code.Serial)
	if err != nil {
		return nil, fmt.Errorf("look up serial in other lots of %s: %w", code.GTIN, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.OtherLot, error) {
		var o pedigree.OtherLot
		var expiry time.Time
		err := row.Scan(&o.Lot, &expiry)
		o.Expiry = expiry
		return o, err
	})
	if err != nil {
		return nil, fmt.Errorf("look up serial in other lots of %s: %w", code.GTIN, err)
	}
	return out, nil
}

// Active implements pedigree.LMSLookup.
func (l *LMS) Active(ctx context.Context, account pedigree.Address) (bool, error) {
	var active bool
	err := l.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM participants p WHERE p.superseded_at IS NULL AND p.account = $1 AND NOT p.suspended)`,
		account[:]).Scan(&active)
	if err != nil {
		return false, fmt.Errorf("is %s an active participant: %w", account, err)
	}
	return active, nil
}

// GTINOwner implements pedigree.LMSLookup: a single GTIN's assignment first, then the longest
// company prefix, as the contract's gtinOwner decides.
func (l *LMS) GTINOwner(ctx context.Context, gtin string) (string, error) {
	var gln string
	err := l.pool.QueryRow(ctx, `
		SELECT p.gln FROM gtin_assignments a
		JOIN participants p ON p.superseded_at IS NULL AND p.account = a.manufacturer
		WHERE a.superseded_at IS NULL AND (a.code = $1 OR (length(a.code) < 14 AND substr($1, 2, length(a.code)) = a.code))
		ORDER BY length(a.code) = 14 DESC, length(a.code) DESC LIMIT 1`, gtin).Scan(&gln)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", pedigree.Errorf(pedigree.ENOTFOUND, "no manufacturer owns GTIN %s here", gtin)
	}
	if err != nil {
		return "", fmt.Errorf("owner of GTIN %s: %w", gtin, err)
	}
	return gln, nil
}
