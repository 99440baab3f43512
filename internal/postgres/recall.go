package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Recalls answers the recall's pages from the projection. It implements pedigree.Recalls.
type Recalls struct{ pool *pgxpool.Pool }

var _ pedigree.Recalls = (*Recalls)(nil)

// NewRecalls returns the recalls read from pool's database.
func NewRecalls(pool *pgxpool.Pool) *Recalls { return &Recalls{pool: pool} }

// recallColumns are the columns of recallJoins that recallRow reads.
const recallColumns = `rc.reason, rc.time, rc.tx_hash, rc.recalled_by, rp.role, rp.gln, rpo.name`

// recallJoins join the recall rc of each batch b, and its recaller's participant version rp and
// organisation rpo: only recalled batches are left.
const recallJoins = `
	JOIN recalls rc ON rc.batch_id = b.batch_id
	LEFT JOIN participants rp ON rp.superseded_at IS NULL AND rp.account = rc.recalled_by
	LEFT JOIN organisations rpo ON rpo.account = rc.recalled_by`

// recallRow scans recallColumns.
type recallRow struct {
	reason int16
	at     time.Time
	tx     []byte
	by     partyRow
}

func (r *recallRow) dest() []any { return append([]any{&r.reason, &r.at, &r.tx}, r.by.dest()...) }

func (r *recallRow) info() (pedigree.RecallInfo, error) {
	by, err := r.by.party()
	return pedigree.RecallInfo{Reason: int(r.reason), By: by, At: pedigree.DateOf(r.at)}, err
}

// RecalledStock implements pedigree.Recalls: the tokens of recalled batches account holds or is
// being shipped, then, in the same snapshot, the packs of them that are no longer active.
func (s *Recalls) RecalledStock(ctx context.Context, account pedigree.Address) ([]pedigree.RecalledHolding, error) {
	var out []pedigree.RecalledHolding
	err := readOnly(ctx, s.pool, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			SELECT `+holdingColumns+`, `+recallColumns+` FROM `+holdingJoins+recallJoins+`
			WHERE b.superseded_at IS NULL AND (t.holder = $1 OR t.pending_to = $1)
			ORDER BY rc.block_number DESC, rc.log_index DESC, t.range_start`, account[:])
		if err != nil {
			return err
		}
		all, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.RecalledHolding, error) {
			var h holdingRow
			var r recallRow
			if err := row.Scan(append(h.dest(), r.dest()...)...); err != nil {
				return pedigree.RecalledHolding{}, err
			}
			var out pedigree.RecalledHolding
			var err error
			if out.Holding, err = h.holding(); err != nil {
				return out, err
			}
			out.Recall, err = r.info()
			return out, err
		})
		if err != nil || len(all) == 0 {
			return err
		}
		ids := make([][]byte, len(all))
		for i, h := range all {
			ids[i] = h.Token.ID[:]
		}
		// The packs of those tokens that left the active state, in pack order per batch.
		rows, err = tx.Query(ctx, `
			SELECT t.token_id, p.pack_index, p.state FROM tokens t
			JOIN pack_states p ON p.superseded_at IS NULL AND p.batch_id = t.batch_id
			     AND p.pack_index >= t.range_start AND p.pack_index < t.range_end AND p.state <> 'active'
			WHERE t.superseded_at IS NULL AND t.token_id = ANY($1)
			ORDER BY t.token_id, p.pack_index`, ids)
		if err != nil {
			return err
		}
		changed, gone := map[pedigree.TokenID][]int{}, map[pedigree.TokenID]int{}
		var id []byte
		var index int
		var name string
		if _, err := pgx.ForEachRow(rows, []any{&id, &index, &name}, func() error {
			state, err := pedigree.ParsePackState(name)
			if err != nil {
				return err
			}
			t := pedigree.TokenID(id)
			changed[t] = append(changed[t], index)
			if !state.InHand() {
				gone[t]++
			}
			return nil
		}); err != nil {
			return err
		}
		for _, h := range all {
			h.Active = activeRanges(h.Token.Start, h.Token.End, changed[h.Token.ID])
			h.InHand = h.Token.Packs - gone[h.Token.ID]
			if h.Pressing(account) {
				out = append(out, h)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read recalled stock of %s: %w", account, err)
	}
	return out, nil
}

// activeRanges returns [start, end) without the ascending indexes gone, as ranges.
func activeRanges(start, end int, gone []int) []pedigree.PackRange {
	var out []pedigree.PackRange
	from := start
	for _, i := range gone {
		if i > from {
			out = append(out, pedigree.PackRange{Start: from, End: i})
		}
		from = i + 1
	}
	if end > from {
		out = append(out, pedigree.PackRange{Start: from, End: end})
	}
	return out
}

// Register implements pedigree.Recalls, from one snapshot: the recalled batches, then who
// holds what of them, how much their manufacturers accepted back after the recall, and how
// much is destroyed.
func (s *Recalls) Register(ctx context.Context) ([]pedigree.RecalledBatch, error) {
	var out []pedigree.RecalledBatch
	err := readOnly(ctx, s.pool, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			SELECT `+batchColumns+`, `+recallColumns+` FROM `+batchJoins+recallJoins+`
			WHERE b.superseded_at IS NULL
			ORDER BY rc.block_number DESC, rc.log_index DESC`)
		if err != nil {
			return err
		}
		if out, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.RecalledBatch, error) {
			var b batchInfoRow
			var r recallRow
			var out pedigree.RecalledBatch
			if err := row.Scan(append(b.dest(), r.dest()...)...); err != nil {
				return out, err
			}
			var err error
			if out.Batch, err = b.info(); err != nil {
				return out, err
			}
			out.TxHash = pedigree.Hash(r.tx)
			out.Recall, err = r.info()
			return out, err
		}); err != nil || len(out) == 0 {
			return err
		}
		byID := make(map[pedigree.TokenID]*pedigree.RecalledBatch, len(out))
		for i := range out {
			byID[out[i].Batch.ID] = &out[i]
		}
		var id []byte
		// Who holds what: packs per holder and pending receiver, and how many are still active.
		rows, err = tx.Query(ctx, `
			SELECT t.batch_id, t.holder, h.role, h.gln, ho.name, t.pending_to, r.role, r.gln, ro.name,
			       sum(t.range_end - t.range_start)::int,
			       sum(t.range_end - t.range_start - (SELECT count(*) FROM pack_states p
			           WHERE p.superseded_at IS NULL AND p.batch_id = t.batch_id AND p.state <> 'active'
			             AND p.pack_index >= t.range_start AND p.pack_index < t.range_end))::int
			FROM recalls rc JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = rc.batch_id
			LEFT JOIN participants h ON h.superseded_at IS NULL AND h.account = t.holder
			LEFT JOIN organisations ho ON ho.account = t.holder
			LEFT JOIN participants r ON r.superseded_at IS NULL AND r.account = t.pending_to
			LEFT JOIN organisations ro ON ro.account = t.pending_to
			GROUP BY t.batch_id, t.holder, h.role, h.gln, ho.name, t.pending_to, r.role, r.gln, ro.name
			ORDER BY t.batch_id, min(t.range_start)`)
		if err != nil {
			return err
		}
		var holder, pending partyRow
		var row pedigree.RecallHolder
		if _, err := pgx.ForEachRow(rows, append(append(append([]any{&id}, holder.dest()...), pending.dest()...), &row.Packs, &row.Active), func() error {
			b, ok := byID[pedigree.TokenID(id)]
			if !ok {
				return nil // recalled after the first query's snapshot: not in this register
			}
			h := row
			var err error
			if h.Holder, err = holder.party(); err != nil {
				return err
			}
			if h.PendingTo, err = pending.optionalParty(); err != nil {
				return err
			}
			b.Holders = append(b.Holders, h)
			if h.Holder.Account != b.Batch.Manufacturer.Account || h.PendingTo != nil {
				b.Outstanding += h.Active
			}
			return nil
		}); err != nil {
			return err
		}
		// What came back: the packs of the acceptances by the manufacturer after the recall.
		var n int
		rows, err = tx.Query(ctx, `
			SELECT rc.batch_id, sum(c.range_end - c.range_start)::int
			FROM recalls rc
			JOIN batches b ON b.superseded_at IS NULL AND b.batch_id = rc.batch_id
			JOIN custody_events c ON c.batch_id = rc.batch_id AND c.kind = 'accepted' AND c.to_account = b.manufacturer
			     AND (c.block_number, c.log_index) > (rc.block_number, rc.log_index)
			GROUP BY rc.batch_id`)
		if err != nil {
			return err
		}
		if _, err := pgx.ForEachRow(rows, []any{&id, &n}, func() error {
			if b, ok := byID[pedigree.TokenID(id)]; ok {
				b.Returned = n
			}
			return nil
		}); err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `
			SELECT p.batch_id, count(*)::int FROM recalls rc
			JOIN pack_states p ON p.superseded_at IS NULL AND p.batch_id = rc.batch_id AND p.state = 'destroyed'
			GROUP BY p.batch_id`)
		if err != nil {
			return err
		}
		_, err = pgx.ForEachRow(rows, []any{&id, &n}, func() error {
			if b, ok := byID[pedigree.TokenID(id)]; ok {
				b.Destroyed = n
			}
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read the recall register: %w", err)
	}
	return out, nil
}

// readOnly runs f in a read-only transaction with one snapshot (repeatable read), so that the
// queries of one answer agree with one another.
func readOnly(ctx context.Context, pool *pgxpool.Pool, f func(pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, f)
}
