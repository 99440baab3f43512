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

// Provenance shows batches from the projection. It implements pedigree.ProvenanceService.
type Provenance struct{ pool *pgxpool.Pool }

var _ pedigree.ProvenanceService = (*Provenance)(nil)

// NewProvenance returns the provenance read from pool's database.
func NewProvenance(pool *pgxpool.Pool) *Provenance { return &Provenance{pool: pool} }

// Batch implements pedigree.ProvenanceService.
func (p *Provenance) Batch(ctx context.Context, id pedigree.TokenID) (pedigree.BatchView, error) {
	var v pedigree.BatchView
	var expiry time.Time
	var quantity int32
	var status string
	var reason *int16
	var manufacturer []byte
	var product []byte
	err := p.pool.QueryRow(ctx, `
		SELECT b.gtin, b.lot, b.expiry, b.quantity, b.status, b.recall_reason, b.manufacturer, d.product
		FROM batches b LEFT JOIN batch_details d USING (batch_id)
		WHERE b.superseded_at IS NULL AND b.batch_id = $1`, id[:]).
		Scan(&v.Batch.GTIN, &v.Batch.Lot, &expiry, &quantity, &status, &reason, &manufacturer, &product)
	if errors.Is(err, pgx.ErrNoRows) {
		return v, pedigree.Errorf(pedigree.ENOTFOUND, "no batch %s", id)
	}
	if err != nil {
		return v, fmt.Errorf("read batch %s: %w", id, err)
	}
	v.Batch.ID, v.Batch.Expiry, v.Batch.Quantity = id, pedigree.DateOf(expiry), int(quantity)
	if reason != nil {
		v.Batch.RecallReason = int(*reason)
	}
	if v.Batch.Status, err = pedigree.ParseBatchStatus(status); err != nil {
		return v, fmt.Errorf("read batch %s: %w", id, err)
	}
	if v.Batch.Product, err = readProduct(product); err != nil {
		return v, fmt.Errorf("read batch %s: %w", id, err)
	}

	type tokenRow struct {
		id, holder, pending []byte
		start, end          int32
		changed             time.Time
		block               int64
	}
	var tokens []tokenRow
	var custody []pedigree.CustodyEvent
	var recallBy []byte
	var recallAt time.Time
	v.PackStates = map[pedigree.PackState]int{}
	batch := &pgx.Batch{}
	batch.Queue(`SELECT token_id, range_start, range_end, holder, pending_to, changed_at, block_number
		FROM tokens WHERE superseded_at IS NULL AND batch_id = $1 ORDER BY range_start`, id[:]).Query(func(rows pgx.Rows) error {
		var t tokenRow
		_, err := pgx.ForEachRow(rows, []any{&t.id, &t.start, &t.end, &t.holder, &t.pending, &t.changed, &t.block}, func() error {
			tokens = append(tokens, t)
			return nil
		})
		return err
	})
	batch.Queue(`SELECT state, count(*) FROM pack_states WHERE superseded_at IS NULL AND batch_id = $1 GROUP BY state`, id[:]).Query(func(rows pgx.Rows) error {
		var state string
		var n int
		_, err := pgx.ForEachRow(rows, []any{&state, &n}, func() error {
			s, err := pedigree.ParsePackState(state)
			if err != nil {
				return err
			}
			v.PackStates[s] = n
			return nil
		})
		return err
	})
	batch.Queue(`SELECT `+custodyColumns+` FROM custody_events WHERE batch_id = $1 ORDER BY block_number, log_index`, id[:]).
		Query(func(rows pgx.Rows) error {
			var err error
			custody, err = collectCustody(rows)
			return err
		})
	batch.Queue(`SELECT recalled_by, time FROM recalls WHERE batch_id = $1`, id[:]).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&recallBy, &recallAt)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		return err
	})
	if err := p.pool.SendBatch(ctx, batch).Close(); err != nil {
		return v, fmt.Errorf("read batch %s: %w", id, err)
	}

	// Name every party once.
	var accounts [][]byte
	accounts = append(accounts, manufacturer)
	for _, t := range tokens {
		accounts = append(accounts, t.holder)
		if t.pending != nil {
			accounts = append(accounts, t.pending)
		}
	}
	if recallBy != nil {
		accounts = append(accounts, recallBy)
	}
	parties, err := p.parties(ctx, custody, accounts...)
	if err != nil {
		return v, err
	}
	v.Batch.Manufacturer = *parties[pedigree.Address(manufacturer)]
	active := int(quantity)
	for _, n := range v.PackStates {
		active -= n
	}
	v.PackStates[pedigree.PackActive] += active
	for _, t := range tokens {
		tv := pedigree.TokenView{ID: pedigree.TokenID(t.id), Start: int(t.start), End: int(t.end), Holder: *parties[pedigree.Address(t.holder)],
			ChangedAt: pedigree.DateOf(t.changed), Packs: int(t.end - t.start), BlockNumber: uint64(t.block)}
		if t.pending != nil {
			tv.PendingTo = parties[pedigree.Address(t.pending)]
		}
		v.Tokens = append(v.Tokens, tv)
	}
	nameParties(custody, parties)
	v.Custody = custody
	if recallBy != nil {
		v.Recall = &pedigree.RecallInfo{Reason: v.Batch.RecallReason, By: *parties[pedigree.Address(recallBy)], At: pedigree.DateOf(recallAt)}
	}
	return v, nil
}

// BatchesByLot returns the batches on chain with this lot, and this GTIN unless gtin is "",
// GTIN order, at most ten.
func (p *Provenance) BatchesByLot(ctx context.Context, gtin, lot string) ([]pedigree.BatchInfo, error) {
	rows, err := p.pool.Query(ctx, `
		SELECT b.batch_id, b.gtin, b.expiry, b.quantity, b.status, b.recall_reason, d.product
		FROM batches b LEFT JOIN batch_details d ON d.batch_id = b.batch_id
		WHERE b.superseded_at IS NULL AND b.lot = $1 AND ($2 = '' OR b.gtin = $2)
		ORDER BY b.gtin LIMIT 10`, lot, gtin)
	if err != nil {
		return nil, fmt.Errorf("find batches of lot %s: %w", lot, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.BatchInfo, error) {
		b := pedigree.BatchInfo{Lot: lot}
		var id, product []byte
		var expiry time.Time
		var quantity int32
		var status string
		var reason *int16
		if err := row.Scan(&id, &b.GTIN, &expiry, &quantity, &status, &reason, &product); err != nil {
			return b, err
		}
		b.ID, b.Expiry, b.Quantity = pedigree.TokenID(id), pedigree.DateOf(expiry), int(quantity)
		if reason != nil {
			b.RecallReason = int(*reason)
		}
		var err error
		if b.Status, err = pedigree.ParseBatchStatus(status); err != nil {
			return b, err
		}
		b.Product, err = readProduct(product)
		return b, err
	})
	if err != nil {
		return nil, fmt.Errorf("find batches of lot %s: %w", lot, err)
	}
	return out, nil
}

// Token returns a token's provenance: the custody events of its batch that covered any of its
// packs. ENOTFOUND when there is no such token.
func (p *Provenance) Token(ctx context.Context, id pedigree.TokenID) (pedigree.TokenProvenance, error) {
	var out pedigree.TokenProvenance
	var batch []byte
	err := p.pool.QueryRow(ctx, `SELECT batch_id FROM tokens WHERE superseded_at IS NULL AND token_id = $1`, id[:]).Scan(&batch)
	if errors.Is(err, pgx.ErrNoRows) {
		return out, pedigree.Errorf(pedigree.ENOTFOUND, "no token %s", id)
	}
	if err != nil {
		return out, fmt.Errorf("read token %s: %w", id, err)
	}
	v, err := p.Batch(ctx, pedigree.TokenID(batch))
	if err != nil {
		return out, err
	}
	out.Batch = v.Batch
	for _, t := range v.Tokens {
		if t.ID == id {
			out.Token = t
		}
	}
	rows, err := p.pool.Query(ctx, `SELECT `+custodyColumns+` FROM custody_events
		WHERE batch_id = $1 AND range_start < $3 AND range_end > $2 ORDER BY block_number, log_index`,
		batch, out.Token.Start, out.Token.End)
	if err != nil {
		return out, fmt.Errorf("read provenance of token %s: %w", id, err)
	}
	if out.Custody, err = collectCustody(rows); err != nil {
		return out, fmt.Errorf("read provenance of token %s: %w", id, err)
	}
	parties, err := p.parties(ctx, out.Custody)
	if err != nil {
		return out, err
	}
	nameParties(out.Custody, parties)
	return out, nil
}

// parties names the accounts of custody events and more: GLN and role from the projection,
// the name from the organisations this service hosts.
func (p *Provenance) parties(ctx context.Context, events []pedigree.CustodyEvent, more ...[]byte) (map[pedigree.Address]*pedigree.Party, error) {
	var accounts [][]byte
	for _, e := range events {
		if e.From != nil {
			accounts = append(accounts, e.From.Account[:])
		}
		if e.To != nil {
			accounts = append(accounts, e.To.Account[:])
		}
	}
	for _, a := range more {
		if a != nil {
			accounts = append(accounts, a)
		}
	}
	out := map[pedigree.Address]*pedigree.Party{}
	if len(accounts) == 0 {
		return out, nil
	}
	rows, err := p.pool.Query(ctx, `
		SELECT p.account, p.role, p.gln, coalesce(o.name, '')
		FROM participants p LEFT JOIN organisations o ON o.account = p.account
		WHERE p.superseded_at IS NULL AND p.account = ANY($1)`, accounts)
	if err != nil {
		return nil, fmt.Errorf("read parties: %w", err)
	}
	var account []byte
	var role, gln, name string
	_, err = pgx.ForEachRow(rows, []any{&account, &role, &gln, &name}, func() error {
		r, err := pedigree.ParseRole(role)
		if err != nil {
			return err
		}
		out[pedigree.Address(account)] = &pedigree.Party{Role: r, GLN: gln, Name: name, Account: pedigree.Address(account)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read parties: %w", err)
	}
	for _, a := range accounts {
		if _, ok := out[pedigree.Address(a)]; !ok { // not a participant: cannot happen on a consistent projection
			out[pedigree.Address(a)] = &pedigree.Party{Account: pedigree.Address(a)}
		}
	}
	return out, nil
}

// custodyColumns are the columns collectCustody reads.
const custodyColumns = `kind, time, token_id, parent_token_id, block_number, tx_hash, from_account, to_account`

// collectCustody reads custody events, their parties known by account only.
func collectCustody(rows pgx.Rows) ([]pedigree.CustodyEvent, error) {
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.CustodyEvent, error) {
		var e pedigree.CustodyEvent
		var token, parent, tx, from, to []byte
		var block int64
		if err := row.Scan(&e.Kind, &e.Time, &token, &parent, &block, &tx, &from, &to); err != nil {
			return e, err
		}
		e.Token, e.Parent, e.Block, e.TxHash = pedigree.TokenID(token), tokenIDOrNil(parent), uint64(block), pedigree.Hash(tx)
		if from != nil {
			e.From = &pedigree.Party{Account: pedigree.Address(from)}
		}
		if to != nil {
			e.To = &pedigree.Party{Account: pedigree.Address(to)}
		}
		return e, nil
	})
}

// nameParties replaces the events' parties by the named ones.
func nameParties(events []pedigree.CustodyEvent, parties map[pedigree.Address]*pedigree.Party) {
	for i := range events {
		if events[i].From != nil {
			events[i].From = parties[events[i].From.Account]
		}
		if events[i].To != nil {
			events[i].To = parties[events[i].To.Account]
		}
	}
}
