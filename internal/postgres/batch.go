package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Batches stores what manufacturers register with their batches: product master data and the
// serial lists, and each registration's progress (pedigree.RegistrationStore).
type Batches struct {
	pool *pgxpool.Pool
	// Instance, when set, owns the registrations this store begins or records a mint of: while
	// it lives, other instances' reconcilers leave them alone. Without one they are orphaned
	// from the start.
	Instance *Instance
}

// NewBatches returns the batch details stored in pool's database.
func NewBatches(pool *pgxpool.Pool) *Batches { return &Batches{pool: pool} }

var (
	_ pedigree.BatchStore        = (*Batches)(nil)
	_ pedigree.RegistrationStore = (*Batches)(nil)
)

// Create stores a batch's details and its serials, in pack order, in one transaction; the
// serials go in with COPY. ECONFLICT when the (GTIN, lot) is already stored.
func (s *Batches) Create(ctx context.Context, d pedigree.BatchDetails, serials []string) error {
	return s.Begin(ctx, pedigree.Registration{BatchDetails: d}, serials)
}

// Begin implements pedigree.RegistrationStore: Create, with what a registration's recovery
// needs.
func (s *Batches) Begin(ctx context.Context, r pedigree.Registration, serials []string) error {
	return s.BeginWhile(ctx, r, serials, nil)
}

// BeginWhile is Begin for a caller still building the serials' tree: r.SerialsRoot is
// ignored, and root, called once the serials are written, waits for the root and returns
// it. The batch's row has its root when the transaction commits; nothing is stored when
// root fails. A nil root is Begin's: r.SerialsRoot is the root.
func (s *Batches) BeginWhile(ctx context.Context, r pedigree.Registration, serials []string, root func() (pedigree.Hash, error)) error {
	d := r.BatchDetails
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
	var request any
	if r.Request != "" {
		request = r.Request
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO batch_details (batch_id, gtin, lot, product, master_data_hash, serials_root, quantity, organisation_id, status, tx_hash,
			                           request, generated, owner)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
			d.ID[:], d.GTIN, d.Lot, product, d.MasterDataHash[:], d.SerialsRoot[:], d.Quantity, nullID(d.OrganisationID), d.Status.String(), txHash,
			request, r.Generated, ownerID(s.Instance))
		if err != nil {
			return err
		}
		if _, err = tx.CopyFrom(ctx, pgx.Identifier{"serials"}, []string{"batch_id", "serial", "pack_index"}, &serialRows{id: d.ID[:], serials: serials, i: -1}); err != nil {
			return err
		}
		if root == nil {
			return nil
		}
		h, err := root()
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE batch_details SET serials_root = $2 WHERE batch_id = $1`, d.ID[:], h[:])
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

// serialRows are a batch's serials rows for COPY with no allocation per row: one []any
// reused for every row, holding pointers (pgx encodes a row before it asks for the next).
type serialRows struct {
	id      []byte
	serials []string
	i       int
	index   int32
	row     [3]any
}

func (r *serialRows) Next() bool {
	r.i++
	return r.i < len(r.serials)
}

func (r *serialRows) Values() ([]any, error) {
	if r.row[0] == nil {
		r.row[0], r.row[2] = r.id, &r.index // boxed once
	}
	r.index, r.row[1] = int32(r.i), &r.serials[r.i]
	return r.row[:], nil
}

func (r *serialRows) Err() error { return nil }

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// registrationColumns are what scanRegistration reads, from batch_details d joined to
// organisations o.
var registrationColumns = `d.batch_id, d.gtin, d.lot, d.product, d.master_data_hash, d.serials_root, d.quantity,
	coalesce(d.organisation_id, 0), d.status, d.tx_hash, o.account, coalesce(d.request, ''), d.generated, d.mint,
	coalesce(d.block, 0), ` + orphaned("d.owner") + `, extract(epoch FROM now() - d.updated_at)`

func scanRegistration(row pgx.Row) (pedigree.Registration, error) {
	var r pedigree.Registration
	var id, master, root, tx, account []byte
	var product []byte
	var status string
	var age float64
	err := row.Scan(&id, &r.GTIN, &r.Lot, &product, &master, &root, &r.Quantity, &r.OrganisationID, &status, &tx, &account,
		&r.Request, &r.Generated, &r.Mint, &r.Block, &r.Orphaned, &age)
	if err != nil {
		return r, err
	}
	r.ID, r.MasterDataHash, r.SerialsRoot = pedigree.TokenID(id), pedigree.Hash(master), pedigree.Hash(root)
	if tx != nil {
		h := pedigree.Hash(tx)
		r.TxHash = &h
	}
	copy(r.Manufacturer[:], account)
	r.Age = time.Duration(age * float64(time.Second))
	if err := json.Unmarshal(product, &r.Product); err != nil {
		return r, fmt.Errorf("decode product of batch %x: %w", id, err)
	}
	return r, r.Status.UnmarshalText([]byte(status))
}

// Load implements pedigree.RegistrationStore.
func (s *Batches) Load(ctx context.Context, id pedigree.TokenID) (pedigree.Registration, error) {
	r, err := scanRegistration(s.pool.QueryRow(ctx, `SELECT `+registrationColumns+`
		FROM batch_details d LEFT JOIN organisations o ON o.id = d.organisation_id WHERE d.batch_id = $1`, id[:]))
	if errors.Is(err, pgx.ErrNoRows) {
		return r, pedigree.Errorf(pedigree.ENOTFOUND, "no registration of batch %s is stored", id)
	}
	if err != nil {
		return r, fmt.Errorf("read registration of batch %s: %w", id, err)
	}
	return r, nil
}

// Unfinished implements pedigree.RegistrationStore.
func (s *Batches) Unfinished(ctx context.Context) ([]pedigree.Registration, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+registrationColumns+`
		FROM batch_details d LEFT JOIN organisations o ON o.id = d.organisation_id
		WHERE d.status <> 'confirmed' ORDER BY d.updated_at`)
	if err != nil {
		return nil, fmt.Errorf("list unfinished registrations: %w", err)
	}
	defer rows.Close()
	var out []pedigree.Registration
	for rows.Next() {
		r, err := scanRegistration(rows)
		if err != nil {
			return nil, fmt.Errorf("list unfinished registrations: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list unfinished registrations: %w", err)
	}
	return out, nil
}

// RecordMint implements pedigree.RegistrationStore. It is a compare-and-set: of an instance
// about to send a mint and one undoing or taking over the same registration, one wins.
func (s *Batches) RecordMint(ctx context.Context, id pedigree.TokenID, mint []byte, hash pedigree.Hash, prev *pedigree.Hash) (bool, error) {
	tag, err := s.pool.Exec(ctx, `
		UPDATE batch_details SET mint = $2, tx_hash = $3, owner = $4, updated_at = now()
		WHERE batch_id = $1 AND status = 'pending' AND tx_hash IS NOT DISTINCT FROM $5`,
		id[:], mint, hash[:], ownerID(s.Instance), optHash(prev))
	if err != nil {
		return false, fmt.Errorf("record the mint of batch %s: %w", id, err)
	}
	return tag.RowsAffected() == 1, nil
}

func optHash(h *pedigree.Hash) []byte {
	if h == nil {
		return nil
	}
	return h[:]
}

// Confirm implements pedigree.RegistrationStore.
func (s *Batches) Confirm(ctx context.Context, id pedigree.TokenID, tx pedigree.Hash, block uint64) error {
	tag, err := s.pool.Exec(ctx, `
		UPDATE batch_details SET status = 'confirmed', tx_hash = $2, block = $3, error = NULL, owner = NULL, updated_at = now()
		WHERE batch_id = $1`, id[:], tx[:], int64(block))
	if err != nil {
		return fmt.Errorf("confirm batch %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no registration of batch %s is stored", id)
	}
	return nil
}

// Undo implements pedigree.RegistrationStore. The row is locked first, so an Undo and a
// RecordMint of the same registration never both succeed.
func (s *Batches) Undo(ctx context.Context, id pedigree.TokenID, mint *pedigree.Hash) (bool, error) {
	done := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM batch_details WHERE batch_id = $1 AND status <> 'confirmed' AND tx_hash IS NOT DISTINCT FROM $2 FOR UPDATE`,
			id[:], optHash(mint)).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM serials WHERE batch_id = $1`, id[:]); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM batch_details WHERE batch_id = $1`, id[:])
		done = err == nil
		return err
	})
	if err != nil {
		return false, fmt.Errorf("undo the registration of batch %s: %w", id, err)
	}
	return done, nil
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
	tag, err := s.pool.Exec(ctx, `UPDATE batch_details SET status = $2, tx_hash = coalesce($3, tx_hash), error = $4, updated_at = now() WHERE batch_id = $1`,
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
		// A confirmed batch keeps its serials: they are its only copy.
		if _, err := tx.Exec(ctx, `DELETE FROM serials WHERE batch_id = $1 AND EXISTS (
			SELECT 1 FROM batch_details WHERE batch_id = $1 AND status <> $2)`, id[:], pedigree.RegistrationConfirmed.String()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM batch_details WHERE batch_id = $1 AND status <> $2`, id[:], pedigree.RegistrationConfirmed.String())
		return err
	})
}

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
