package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Batches stores what manufacturers register with their batches: product master data and the
// serial lists.
type Batches struct{ pool *pgxpool.Pool }

// NewBatches returns the batch details stored in pool's database.
func NewBatches(pool *pgxpool.Pool) *Batches { return &Batches{pool: pool} }

// Create stores a batch's details and its serials, in pack order, in one transaction; the
// serials go in with COPY. ECONFLICT when the (GTIN, lot) is already stored.
func (s *Batches) Create(ctx context.Context, d pedigree.BatchDetails, serials []string) error {
	if len(serials) != d.Quantity {
		return pedigree.Errorf(pedigree.EINVALID, "%d serials for a quantity of %d", len(serials), d.Quantity)
	}
	product, err := json.Marshal(d.Product)
	if err != nil {
		return fmt.Errorf("encode product data: %w", err)
	}
	var txHash []byte
	if d.TxHash != nil {
		txHash = d.TxHash[:]
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO batch_details (batch_id, gtin, lot, product, master_data_hash, serials_root, quantity, organisation_id, status, tx_hash)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			d.ID[:], d.GTIN, d.Lot, product, d.MasterDataHash[:], d.SerialsRoot[:], d.Quantity, nullID(d.OrganisationID), d.Status.String(), txHash)
		if err != nil {
			return err
		}
		_, err = tx.CopyFrom(ctx, pgx.Identifier{"serials"}, []string{"batch_id", "serial", "pack_index"},
			pgx.CopyFromSlice(len(serials), func(i int) ([]any, error) { return []any{d.ID[:], serials[i], int32(i)}, nil }))
		return err
	})
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return pedigree.Errorf(pedigree.ECONFLICT, "batch %s/%s is already registered, or its serial list has a duplicate", d.GTIN, d.Lot)
	}
	if err != nil {
		return fmt.Errorf("store batch %s/%s: %w", d.GTIN, d.Lot, err)
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// SetStatus implements pedigree.BatchStore.
func (s *Batches) SetStatus(ctx context.Context, id pedigree.TokenID, status pedigree.RegistrationStatus, tx *pedigree.Hash, failure string) error {
	var txHash []byte
	if tx != nil {
		txHash = tx[:]
	}
	var errText any
	if failure != "" {
		errText = failure
	}
	tag, err := s.pool.Exec(ctx, `UPDATE batch_details SET status = $2, tx_hash = coalesce($3, tx_hash), error = $4 WHERE batch_id = $1`,
		id[:], status.String(), txHash, errText)
	if err != nil {
		return fmt.Errorf("record status of batch %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no batch %s", id)
	}
	return nil
}

// Delete removes a batch that never reached the chain (its mint failed), with its serials,
// so the (GTIN, lot) can be registered again.
func (s *Batches) Delete(ctx context.Context, id pedigree.TokenID) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM serials WHERE batch_id = $1`, id[:]); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM batch_details WHERE batch_id = $1 AND status <> $2`, id[:], pedigree.RegistrationConfirmed.String())
		return err
	})
}

var _ pedigree.BatchStore = (*Batches)(nil)

// Serials returns a batch's serials in pack order.
func (s *Batches) Serials(ctx context.Context, id pedigree.TokenID) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT serial FROM serials WHERE batch_id = $1 ORDER BY pack_index`, id[:])
	if err != nil {
		return nil, fmt.Errorf("read serials of %s: %w", id, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("read serials of %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, pedigree.Errorf(pedigree.ENOTFOUND, "no serials stored for batch %s", id)
	}
	return out, nil
}

var _ pedigree.PackLocator = (*Batches)(nil)

// LocatePacks implements pedigree.PackLocator, in one query however many codes there are.
func (s *Batches) LocatePacks(ctx context.Context, codes []pedigree.PackCode) ([]pedigree.PackLocation, error) {
	gtins, lots, serials := make([]string, len(codes)), make([]string, len(codes)), make([]string, len(codes))
	for i, c := range codes {
		gtins[i], lots[i], serials[i] = c.GTIN, c.Lot, c.Serial
	}
	rows, err := s.pool.Query(ctx, `
		SELECT b.batch_id, s.pack_index, t.token_id
		FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS k(gtin, lot, serial, ord)
		LEFT JOIN batches b ON b.superseded_at IS NULL AND b.gtin = k.gtin AND b.lot = k.lot
		LEFT JOIN serials s ON s.batch_id = b.batch_id AND s.serial = k.serial
		LEFT JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = b.batch_id
		                  AND t.range_start <= s.pack_index AND t.range_end > s.pack_index
		ORDER BY k.ord`, gtins, lots, serials)
	if err != nil {
		return nil, fmt.Errorf("locate packs: %w", err)
	}
	out := make([]pedigree.PackLocation, 0, len(codes))
	var batch, token []byte
	var index *int32
	_, err = pgx.ForEachRow(rows, []any{&batch, &index, &token}, func() error {
		c := codes[len(out)]
		switch {
		case batch == nil:
			return pedigree.Errorf(pedigree.EINVALID, "no batch %s lot %s is registered", c.GTIN, c.Lot)
		case index == nil:
			return pedigree.Errorf(pedigree.EINVALID, "serial %s is not in batch %s lot %s", c.Serial, c.GTIN, c.Lot)
		case token == nil:
			return pedigree.Errorf(pedigree.EINTERNAL, "no token covers pack %d of %s lot %s", *index, c.GTIN, c.Lot)
		}
		out = append(out, pedigree.PackLocation{Serial: c.Serial, Batch: pedigree.TokenID(batch), Index: int(*index), Token: pedigree.TokenID(token)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Registration returns the GTIN and the status of a batch of this lot registered here, and
// this GTIN unless gtin is "". ENOTFOUND when there is none.
func (s *Batches) Registration(ctx context.Context, gtin, lot string) (string, pedigree.RegistrationStatus, error) {
	var status pedigree.RegistrationStatus
	var text string
	err := s.pool.QueryRow(ctx, `SELECT gtin, status FROM batch_details WHERE lot = $1 AND ($2 = '' OR gtin = $2) ORDER BY gtin LIMIT 1`,
		lot, gtin).Scan(&gtin, &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return gtin, "", pedigree.Errorf(pedigree.ENOTFOUND, "no batch of lot %s is registered here", lot)
	}
	if err != nil {
		return gtin, "", fmt.Errorf("find registration of lot %s: %w", lot, err)
	}
	if err := status.UnmarshalText([]byte(text)); err != nil {
		return gtin, "", fmt.Errorf("find registration of lot %s: %w", lot, err)
	}
	return gtin, status, nil
}
