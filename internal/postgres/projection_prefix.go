package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Assignments implements pedigree.Directory: the current version of every GTIN assignment, its
// manufacturer named by a join, ordered by the GS1 company prefix it falls under, so a single
// GTIN follows its prefix.
func (d *Directory) Assignments(ctx context.Context) ([]pedigree.Assignment, error) {
	rows, err := d.pool.Query(ctx, `
		SELECT a.code, a.manufacturer, p.role, p.gln, o.name, a.assigned_by, a.changed_at, a.block_number, a.tx_hash
		FROM gtin_assignments a
		LEFT JOIN participants p ON p.superseded_at IS NULL AND p.account = a.manufacturer
		LEFT JOIN organisations o ON o.account = a.manufacturer
		WHERE a.superseded_at IS NULL
		ORDER BY CASE WHEN length(a.code) = 14 THEN substr(a.code, 2) ELSE a.code END, length(a.code)`)
	if err != nil {
		return nil, fmt.Errorf("read GTIN assignments: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Assignment, error) {
		var a pedigree.Assignment
		var code string
		var party partyRow
		var by, txHash []byte
		var block int64
		if err := row.Scan(append([]any{&code}, append(party.dest(), &by, &a.ChangedAt, &block, &txHash)...)...); err != nil {
			return a, err
		}
		if len(code) == 14 {
			a.GTIN = code
		} else {
			a.Prefix = code
		}
		var err error
		a.Manufacturer, err = party.party()
		a.Account, a.By, a.Block, a.TxHash = a.Manufacturer.Account, pedigree.Address(by), uint64(block), pedigree.Hash(txHash)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("read GTIN assignments: %w", err)
	}
	return out, nil
}
