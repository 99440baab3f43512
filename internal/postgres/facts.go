package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Facts reads the chain's facts from the projection, for EPCIS. It implements
// pedigree.FactReader.
type Facts struct{ pool *pgxpool.Pool }

var _ pedigree.FactReader = (*Facts)(nil)

// NewFacts returns the facts read from pool's database.
func NewFacts(pool *pgxpool.Pool) *Facts { return &Facts{pool: pool} }

// factsSQL is every fact of the projection, one row per log of the contract: the custody
// events; the pack state changes, one per event (the rows a PackStatesChanged or
// PackStatesReverted wrote share its block and log index); and the recalls.
const factsSQL = `
	SELECT c.block_number, c.log_index, c.kind, c.tx_hash, c.time, c.batch_id, c.token_id, c.parent_token_id,
	       c.range_start, c.range_end, NULL::integer[] AS indexes, NULL::text AS state,
	       c.from_account, c.to_account, NULL::bytea AS actor, NULL::smallint AS reason
	FROM custody_events c
	UNION ALL
	SELECT p.block_number, p.log_index, CASE WHEN min(p.state) = 'active' THEN 'undone' ELSE 'pack_state' END, p.tx_hash,
	       min(p.changed_at), p.batch_id, NULL, NULL, min(p.pack_index), max(p.pack_index) + 1,
	       array_agg(p.pack_index ORDER BY p.pack_index), min(p.state), NULL, NULL, p.actor, NULL
	FROM pack_states p GROUP BY p.batch_id, p.block_number, p.log_index, p.tx_hash, p.actor
	UNION ALL
	SELECT r.block_number, r.log_index, 'recalled', r.tx_hash, r.time, r.batch_id, NULL, NULL,
	       0, b.quantity, NULL, NULL, NULL, NULL, r.recalled_by, r.reason
	FROM recalls r JOIN batches b ON b.batch_id = r.batch_id AND b.superseded_at IS NULL`

// covers is the condition that fact f is about a pack of [s, e) of batch b: a custody fact
// or recall by its range, a pack fact by its packs.
func covers(b, s, e string) string {
	return `(f.batch_id = ` + b + ` AND f.range_start < ` + e + ` AND ` + s + ` < f.range_end AND
		(f.indexes IS NULL OR EXISTS (SELECT 1 FROM unnest(f.indexes) i WHERE i >= ` + s + ` AND i < ` + e + `)))`
}

// Facts implements pedigree.FactReader. What a participant has held is what the custody
// events name it in: as the holder (registered, split, accepted), as the sender of a shipment,
// or as its receiver (a shipment's history goes with it, as the US DSCSA asks).
func (x *Facts) Facts(ctx context.Context, q pedigree.FactQuery) ([]pedigree.Fact, error) {
	all := pedigree.SeesEverything(q.Viewer)
	var afterBlock, afterLog int64 = -1, -1
	if q.After != nil {
		afterBlock, afterLog = int64(q.After.Block), int64(q.After.LogIndex)
	}
	var since, until *time.Time
	if !q.Since.IsZero() {
		since = &q.Since
	}
	if !q.Until.IsZero() {
		until = &q.Until
	}
	kinds := make([]string, len(q.Kinds))
	for i, k := range q.Kinds {
		kinds[i] = string(k)
	}
	batches, starts, ends := [][]byte{}, []int64{}, []int64{} // empty, not NULL: cardinality 0
	for _, r := range q.Packs {
		batches, starts, ends = append(batches, r.Batch[:]), append(starts, int64(r.Start)), append(ends, int64(r.End))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = pedigree.MaxFactsPerPage
	}
	rows, err := x.pool.Query(ctx, `
		WITH facts AS (`+factsSQL+`),
		held AS (
			SELECT batch_id, range_start, range_end FROM custody_events
			WHERE NOT $1 AND (to_account = $2 OR (from_account = $2 AND kind IN ('shipped', 'accepted'))))
		SELECT f.block_number, f.log_index, f.kind, f.tx_hash, f.time, f.batch_id, f.token_id, f.parent_token_id,
		       f.range_start, f.range_end, f.indexes, f.state, b.gtin, b.lot, b.expiry, f.reason,
		       f.from_account, pf.role, pf.gln, f.to_account, pt.role, pt.gln, f.actor, pa.role, pa.gln
		FROM facts f
		JOIN batches b ON b.batch_id = f.batch_id AND b.superseded_at IS NULL
		LEFT JOIN participants pf ON pf.account = f.from_account AND pf.superseded_at IS NULL
		LEFT JOIN participants pt ON pt.account = f.to_account AND pt.superseded_at IS NULL
		LEFT JOIN participants pa ON pa.account = f.actor AND pa.superseded_at IS NULL
		WHERE (f.block_number, f.log_index) > ($3, $4)
		  AND ($5::timestamptz IS NULL OR f.time >= $5) AND ($6::timestamptz IS NULL OR f.time < $6)
		  AND (cardinality($7::text[]) = 0 OR f.kind = ANY($7))
		  AND (cardinality($8::bytea[]) = 0 OR EXISTS (
		       SELECT 1 FROM unnest($8::bytea[], $9::bigint[], $10::bigint[]) AS r(batch_id, s, e) WHERE `+covers("r.batch_id", "r.s", "r.e")+`))
		  AND ($1 OR EXISTS (SELECT 1 FROM held h WHERE `+covers("h.batch_id", "h.range_start", "h.range_end")+`))
		ORDER BY f.block_number, f.log_index
		LIMIT $11`,
		all, q.Viewer.Account[:], afterBlock, afterLog, since, until, kinds, batches, starts, ends, limit)
	if err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Fact, error) {
		var f pedigree.Fact
		var block int64
		var logIndex, start, end int32
		var kind string
		var tx, batch, token, parent []byte
		var indexes []int32
		var state *string
		var reason *int16
		var parties [3]struct {
			account []byte
			role    *string
			gln     *string
		}
		if err := row.Scan(&block, &logIndex, &kind, &tx, &f.Time, &batch, &token, &parent, &start, &end, &indexes, &state,
			&f.GTIN, &f.Lot, &f.Expiry, &reason,
			&parties[0].account, &parties[0].role, &parties[0].gln, &parties[1].account, &parties[1].role, &parties[1].gln,
			&parties[2].account, &parties[2].role, &parties[2].gln); err != nil {
			return f, err
		}
		f.Kind, f.Block, f.LogIndex, f.TxHash = pedigree.FactKind(kind), uint64(block), uint32(logIndex), pedigree.Hash(tx)
		f.Time = f.Time.UTC()
		f.Batch, f.Start, f.End = pedigree.TokenID(batch), uint32(start), uint32(end)
		if token != nil {
			f.Token = pedigree.TokenID(token)
		}
		f.Parent = tokenIDOrNil(parent)
		if indexes != nil {
			f.Indexes = make([]uint32, len(indexes))
			for i, v := range indexes {
				f.Indexes[i] = uint32(v)
			}
		}
		if state != nil {
			s, err := pedigree.ParsePackState(*state)
			if err != nil {
				return f, err
			}
			f.State = s
		}
		if reason != nil {
			f.RecallReason = uint8(*reason)
		}
		for i, dst := range []*pedigree.Party{&f.From, &f.To, &f.Actor} {
			p := parties[i]
			if p.account == nil {
				continue
			}
			dst.Account = pedigree.Address(p.account)
			if p.gln != nil {
				dst.GLN = *p.gln
			}
			if p.role != nil {
				r, err := pedigree.ParseRole(*p.role)
				if err != nil {
					return f, err
				}
				dst.Role = r
			}
		}
		return f, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read facts: %w", err)
	}
	return out, nil
}

// CompanyPrefixes implements pedigree.FactReader.
func (x *Facts) CompanyPrefixes(ctx context.Context) ([]string, error) {
	rows, _ := x.pool.Query(ctx, `SELECT code FROM gtin_assignments WHERE superseded_at IS NULL AND length(code) <= 12 ORDER BY code`)
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("read company prefixes: %w", err)
	}
	return out, nil
}

// TokenRange implements pedigree.FactReader.
func (x *Facts) TokenRange(ctx context.Context, token pedigree.TokenID) (pedigree.BatchPacks, error) {
	return x.packRange(ctx, fmt.Sprintf("token %s", token),
		`SELECT batch_id, range_start, range_end FROM tokens WHERE superseded_at IS NULL AND token_id = $1`, token[:])
}

// BatchRange implements pedigree.FactReader.
func (x *Facts) BatchRange(ctx context.Context, batch pedigree.TokenID) (pedigree.BatchPacks, error) {
	return x.packRange(ctx, fmt.Sprintf("batch %s", batch),
		`SELECT batch_id, 0, quantity FROM batches WHERE superseded_at IS NULL AND batch_id = $1`, batch[:])
}

// LotRange implements pedigree.FactReader.
func (x *Facts) LotRange(ctx context.Context, gtin, lot string) (pedigree.BatchPacks, error) {
	return x.packRange(ctx, fmt.Sprintf("batch of GTIN %s and lot %s", gtin, lot),
		`SELECT batch_id, 0, quantity FROM batches WHERE superseded_at IS NULL AND gtin = $1 AND lot = $2`, gtin, lot)
}

func (x *Facts) packRange(ctx context.Context, what, query string, args ...any) (pedigree.BatchPacks, error) {
	var r pedigree.BatchPacks
	var batch []byte
	var start, end int32
	err := x.pool.QueryRow(ctx, query, args...).Scan(&batch, &start, &end)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, pedigree.Errorf(pedigree.ENOTFOUND, "no %s on chain", what)
	}
	if err != nil {
		return r, fmt.Errorf("read %s: %w", what, err)
	}
	r.Batch, r.Start, r.End = pedigree.TokenID(batch), uint32(start), uint32(end)
	return r, nil
}

// SerialPacks implements pedigree.FactReader.
func (x *Facts) SerialPacks(ctx context.Context, gtin, serial string) ([]pedigree.BatchPacks, error) {
	rows, _ := x.pool.Query(ctx, `
		SELECT s.batch_id, s.pack_index FROM serials s JOIN batch_details d USING (batch_id)
		WHERE d.gtin = $1 AND s.serial = $2`, gtin, serial)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.BatchPacks, error) {
		var batch []byte
		var index int32
		err := row.Scan(&batch, &index)
		return pedigree.BatchPacks{Batch: pedigree.TokenID(batch), Start: uint32(index), End: uint32(index) + 1}, err
	})
	if err != nil {
		return nil, fmt.Errorf("find serial %s of GTIN %s: %w", serial, gtin, err)
	}
	return out, nil
}

// AddContainers implements pedigree.ContainerStore, in one transaction.
func (x *Facts) AddContainers(ctx context.Context, batch pedigree.TokenID, cs []pedigree.Container) error {
	return pgx.BeginFunc(ctx, x.pool, func(tx pgx.Tx) error {
		for _, c := range cs {
			var parent *string
			if c.Parent != "" {
				parent = &c.Parent
			}
			tag, err := tx.Exec(ctx, `
				INSERT INTO containers (sscc, batch_id, parent_sscc, pack_start, pack_end) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT (sscc) DO UPDATE SET sscc = excluded.sscc
				WHERE containers.batch_id = excluded.batch_id AND containers.pack_start = excluded.pack_start
				  AND containers.pack_end = excluded.pack_end AND containers.parent_sscc IS NOT DISTINCT FROM excluded.parent_sscc`,
				c.SSCC, batch[:], parent, int32(c.Start), int32(c.End))
			if err != nil {
				return fmt.Errorf("record SSCC %s: %w", c.SSCC, err)
			}
			if tag.RowsAffected() == 0 {
				return pedigree.Errorf(pedigree.ECONFLICT, "SSCC %s is already another batch's, or holds other packs", c.SSCC)
			}
		}
		return nil
	})
}

// Container implements pedigree.ContainerStore.
func (x *Facts) Container(ctx context.Context, sscc string) (pedigree.ContainerInfo, error) {
	var c pedigree.ContainerInfo
	var batch []byte
	var parent *string
	var start, end int32
	var opened *time.Time
	var by []byte
	err := x.pool.QueryRow(ctx, `SELECT batch_id, parent_sscc, pack_start, pack_end, created_at, opened_at, opened_by FROM containers WHERE sscc = $1`, sscc).
		Scan(&batch, &parent, &start, &end, &c.Packed, &opened, &by)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, pedigree.Errorf(pedigree.ENOTFOUND, "no case or pallet has SSCC %s", sscc)
	}
	if err != nil {
		return c, fmt.Errorf("read SSCC %s: %w", sscc, err)
	}
	c.SSCC, c.Batch, c.Start, c.End = sscc, pedigree.TokenID(batch), uint32(start), uint32(end)
	if opened != nil {
		c.Opened, c.OpenedBy = opened.UTC(), pedigree.Address(by)
	}
	if parent != nil {
		c.Parent = *parent
	}
	return c, nil
}

// PackStates implements pedigree.ContainerStore.
func (x *Facts) PackStates(ctx context.Context, batch pedigree.TokenID, start, end uint32) (map[pedigree.PackState]int, error) {
	rows, _ := x.pool.Query(ctx, `
		SELECT state, count(*) FROM pack_states
		WHERE superseded_at IS NULL AND batch_id = $1 AND pack_index >= $2 AND pack_index < $3 GROUP BY state`, batch[:], int32(start), int32(end))
	out := map[pedigree.PackState]int{pedigree.PackActive: int(end - start)}
	var state string
	var n int
	_, err := pgx.ForEachRow(rows, []any{&state, &n}, func() error {
		s, err := pedigree.ParsePackState(state)
		if err != nil {
			return err
		}
		out[s] += n
		out[pedigree.PackActive] -= n
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("count pack states: %w", err)
	}
	return out, nil
}

// Containers implements pedigree.ContainerStore.
func (x *Facts) Containers(ctx context.Context, batch pedigree.TokenID) ([]pedigree.Container, error) {
	rows, _ := x.pool.Query(ctx, `SELECT sscc, coalesce(parent_sscc, ''), pack_start, pack_end, created_at, opened_at, opened_by FROM containers WHERE batch_id = $1 ORDER BY pack_start, pack_end DESC, sscc`, batch[:])
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Container, error) {
		var c pedigree.Container
		var start, end int32
		var opened *time.Time
		var by []byte
		err := row.Scan(&c.SSCC, &c.Parent, &start, &end, &c.Packed, &opened, &by)
		c.Start, c.End, c.Packed = uint32(start), uint32(end), c.Packed.UTC()
		if opened != nil {
			c.Opened, c.OpenedBy = opened.UTC(), pedigree.Address(by)
		}
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("read the cases of batch %s: %w", batch, err)
	}
	return out, nil
}

// PackBatch implements pedigree.ContainerStore, in one transaction that holds the batch and
// the prefix's counter: SSCCs already taken (a captured document's) are passed over.
func (x *Facts) PackBatch(ctx context.Context, batch pedigree.TokenID, companyPrefix string, plan []pedigree.Container) ([]pedigree.Container, error) {
	refDigits := 16 - len(companyPrefix)
	if refDigits < 1 || strings.Trim(companyPrefix, "0123456789") != "" {
		return nil, pedigree.Errorf(pedigree.EINVALID, "company prefix %q leaves no room for an SSCC serial reference", companyPrefix)
	}
	limit := int64(1)
	for range refDigits {
		limit *= 10
	}
	out := slices.Clone(plan)
	err := pgx.BeginFunc(ctx, x.pool, func(tx pgx.Tx) error {
		var packed bool
		err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM containers WHERE batch_id = $1) FROM batch_details WHERE batch_id = $1 FOR UPDATE`, batch[:]).Scan(&packed)
		if errors.Is(err, pgx.ErrNoRows) {
			return pedigree.Errorf(pedigree.ENOTFOUND, "batch %s was not registered through this service: it has no packs to put in cases here", batch)
		}
		if err != nil {
			return fmt.Errorf("read batch %s: %w", batch, err)
		}
		if packed {
			return pedigree.Errorf(pedigree.ECONFLICT, "batch %s is already packed into cases", batch)
		}
		var next int64
		if err := tx.QueryRow(ctx, `
			INSERT INTO sscc_references (company_prefix, next) VALUES ($1, 1)
			ON CONFLICT (company_prefix) DO UPDATE SET next = sscc_references.next RETURNING next`, companyPrefix).Scan(&next); err != nil {
			return fmt.Errorf("read the next SSCC of prefix %s: %w", companyPrefix, err)
		}
		// Pallets come after their cases in the plan, named by placeholders: the cases are put
		// on them once every one has its SSCC.
		named := map[string]string{}
		for i := range out {
			for {
				if next >= limit {
					return pedigree.Errorf(pedigree.ECONFLICT, "company prefix %s has no SSCC serial reference left", companyPrefix)
				}
				body := "0" + companyPrefix + fmt.Sprintf("%0*d", refDigits, next)
				next++
				check, err := gs1.CheckDigit(body)
				if err != nil {
					return err
				}
				tag, err := tx.Exec(ctx, `INSERT INTO containers (sscc, batch_id, pack_start, pack_end) VALUES ($1, $2, $3, $4) ON CONFLICT (sscc) DO NOTHING`,
					body+string(check), batch[:], int32(out[i].Start), int32(out[i].End))
				if err != nil {
					return fmt.Errorf("record a case of batch %s: %w", batch, err)
				}
				if tag.RowsAffected() == 1 {
					if out[i].SSCC != "" {
						named[out[i].SSCC] = body + string(check) // a pallet's placeholder
					}
					out[i].SSCC = body + string(check)
					break
				}
			}
		}
		for i, c := range out {
			if c.Parent == "" {
				continue
			}
			out[i].Parent = named[c.Parent]
			if _, err := tx.Exec(ctx, `UPDATE containers SET parent_sscc = $2 WHERE sscc = $1`, out[i].SSCC, out[i].Parent); err != nil {
				return fmt.Errorf("put case %s on its pallet: %w", c.SSCC, err)
			}
		}
		_, err = tx.Exec(ctx, `UPDATE sscc_references SET next = $2 WHERE company_prefix = $1`, companyPrefix, next)
		return err
	})
	if err != nil {
		return nil, err
	}
	return x.Containers(ctx, batch)
}

// OpenContainer implements pedigree.ContainerStore.
func (x *Facts) OpenContainer(ctx context.Context, sscc string, by pedigree.Address, at time.Time) error {
	tag, err := x.pool.Exec(ctx, `UPDATE containers SET opened_at = coalesce(opened_at, $2), opened_by = coalesce(opened_by, $3) WHERE sscc = $1`, sscc, at, by[:])
	if err != nil {
		return fmt.Errorf("open SSCC %s: %w", sscc, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no case or pallet has SSCC %s", sscc)
	}
	return nil
}
