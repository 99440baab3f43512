package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// RebuildSchema is the schema a Rebuild builds its projection in, beside the live one.
const RebuildSchema = "projection_next"

// RebuildLock is the advisory lock key a Rebuild holds: one at a time per database.
const RebuildLock int64 = 0x7265696e646578 // "reindex"

// Rebuild is a projection built from scratch beside the live one, which readers and the live
// indexer go on using meanwhile; Swap then makes the live projection equal to it in one
// transaction. Its Projection is the one to index into.
//
// Swap copies rows, not tables: it deletes the live rows the new projection lacks and inserts
// the new projection's rows the live one lacks. Moving tables in (ALTER TABLE ... SET SCHEMA)
// would take ACCESS EXCLUSIVE locks on tables that repeatable-read readers lock one query at a
// time, in their own order, so a swap and a verification could deadlock; and a reader whose
// snapshot predates the swap would read the moved-in tables with that snapshot, missing rows
// written just before it. Rows are MVCC: a reader sees the old projection or the new one,
// never a mix, never an empty one, and never waits.
type Rebuild struct {
	*Projection
	live    *Projection
	lease   *Lease
	swapped bool
}

// NewRebuild starts a rebuild in pool's database: it takes RebuildLock (ECONFLICT when another
// rebuild holds it) and creates RebuildSchema, dropping what a rebuild that died left there,
// with an empty table like each of the live projection's.
func NewRebuild(ctx context.Context, pool *pgxpool.Pool) (*Rebuild, error) {
	lease, err := TryLease(ctx, pool, RebuildLock, 5*time.Second)
	if err != nil {
		return nil, err
	}
	if lease == nil {
		return nil, pedigree.Errorf(pedigree.ECONFLICT, "another 'pedigree reindex' is rebuilding this database's projection")
	}
	r := &Rebuild{Projection: &Projection{pool: pool, tables: tables{RebuildSchema}}, live: NewProjection(pool), lease: lease}
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		schema := pgx.Identifier{RebuildSchema}.Sanitize()
		if _, err := tx.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
			return err
		}
		for _, t := range projectionTables {
			// INCLUDING ALL: the defaults, checks and indexes, unique ones included, that the
			// indexer's writes rely on.
			if _, err := tx.Exec(ctx, `CREATE TABLE `+r.tables.sql(t.name)+` (LIKE `+t.name+` INCLUDING ALL)`); err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
		}
		return nil
	})
	if err != nil {
		lease.Release()
		return nil, fmt.Errorf("create the new projection's tables: %w", err)
	}
	return r, nil
}

// Swapped says what a swap did.
type Swapped struct {
	Live, New pedigree.BlockRef // the live projection's cursor before, and after
	Fresh     bool              // there was no live projection: Live is the zero BlockRef
	Deleted   int64             // live rows the new projection lacks
	Inserted  int64             // the new projection's rows the live one lacks
	Changed   map[string]int64  // rows deleted and inserted, by table, for the tables with any
	Paused    time.Duration     // how long the live indexer could not write
}

// Swap makes the live projection equal to the rebuilt one, in one transaction, and drops the
// rebuilt one's schema.
//
// The live projection must not go back in time, so the rebuilt one first reaches the live
// cursor: Swap calls catchUp with the live cursor, which must index the rebuilt projection up
// to that block at least, once before the transaction, and again inside it if the live
// indexer moved meanwhile. Inside it, the live cursor's table is locked in EXCLUSIVE mode:
// readers read on, but the live indexer's next Apply, Rollback or Init waits at the cursor.
// When the transaction commits, the live indexer finds the new cursor: at the block it
// expected, it carries on; past it (the rebuilt projection went further), its Apply fails
// with ECONFLICT and it carries on from there.
//
// When the rebuilt projection is of another contract or chain than the live one, it replaces
// it whatever their cursors.
func (r *Rebuild) Swap(ctx context.Context, catchUp func(ctx context.Context, live pedigree.BlockRef) error) (Swapped, error) {
	out := Swapped{Changed: map[string]int64{}}
	if r.swapped {
		return out, errors.New("swap: the rebuilt projection was already swapped in")
	}
	if live, err := r.live.State(ctx); err == nil {
		if next, err := r.State(ctx); err == nil && sameProjection(live, next) && next.Cursor.Number < live.Cursor.Number {
			if err := catchUp(ctx, live.Cursor); err != nil {
				return out, fmt.Errorf("catch up with the live projection: %w", err)
			}
		}
	} else if pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		return out, err
	}

	var began time.Time
	err := pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `LOCK TABLE indexer_state IN EXCLUSIVE MODE`); err != nil {
			return fmt.Errorf("pause the live indexer: %w", err)
		}
		began = time.Now()
		live, err := readState(ctx, tx, tables{})
		if err != nil && pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			return err
		}
		started := err == nil
		next, err := r.State(ctx)
		if err != nil {
			return fmt.Errorf("the rebuilt projection: %w", err)
		}
		if started && sameProjection(live, next) && next.Cursor.Number < live.Cursor.Number {
			if err := catchUp(ctx, live.Cursor); err != nil {
				return fmt.Errorf("catch up with the live projection: %w", err)
			}
			if next, err = r.State(ctx); err != nil {
				return err
			}
			if next.Cursor.Number < live.Cursor.Number {
				return pedigree.Errorf(pedigree.ECONFLICT, "the rebuilt projection reached block %d, short of the live one's %d", next.Cursor.Number, live.Cursor.Number)
			}
		}
		out.Live, out.New, out.Fresh = live.Cursor, next.Cursor, !started
		for _, t := range projectionTables {
			if t.name == "indexer_state" {
				continue
			}
			deleted, inserted, err := r.copyDifference(ctx, tx, t.name)
			if err != nil {
				return fmt.Errorf("swap %s: %w", t.name, err)
			}
			out.Deleted, out.Inserted = out.Deleted+deleted, out.Inserted+inserted
			if deleted+inserted > 0 {
				out.Changed[t.name] = deleted + inserted
			}
		}
		// The cursor row is updated in place, not replaced: a live Apply waiting to lock it
		// then reads the new cursor (a deleted row it would not find at all).
		if _, err := tx.Exec(ctx, `
			INSERT INTO indexer_state (singleton, chain_id, contract, deploy_block, block_number, block_hash, epoch)
			SELECT singleton, chain_id, contract, deploy_block, block_number, block_hash, epoch FROM `+r.tables.sql("indexer_state")+`
			ON CONFLICT (singleton) DO UPDATE SET chain_id = excluded.chain_id, contract = excluded.contract,
				deploy_block = excluded.deploy_block, block_number = excluded.block_number, block_hash = excluded.block_hash,
				epoch = greatest(indexer_state.epoch + 1, excluded.epoch), updated_at = now()`); err != nil {
			return fmt.Errorf("swap the cursor: %w", err)
		}
		if _, err := tx.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{RebuildSchema}.Sanitize()+` CASCADE`); err != nil {
			return fmt.Errorf("drop the rebuilt projection: %w", err)
		}
		select {
		case <-r.lease.Lost():
			return errors.New("lost the rebuild lock's database session")
		default:
		}
		return nil
	})
	if !began.IsZero() {
		out.Paused = time.Since(began)
	}
	if err != nil {
		return out, fmt.Errorf("swap in the rebuilt projection: %w", err)
	}
	r.swapped = true
	return out, nil
}

// sameProjection reports whether a and b are projections of the same contract on the same chain.
func sameProjection(a, b pedigree.ProjectionState) bool {
	return a.ChainID == b.ChainID && a.Contract == b.Contract
}

// copyDifference makes the live table equal to the rebuilt one: it deletes the live rows not
// in the rebuilt table, found by their primary key, then inserts the rebuilt rows not in the
// live one. Rows equal in both, usually nearly all, are neither written nor locked.
func (r *Rebuild) copyDifference(ctx context.Context, tx pgx.Tx, table string) (deleted, inserted int64, err error) {
	var key []string
	if err := tx.QueryRow(ctx, `
		SELECT array_agg(quote_ident(a.attname) ORDER BY k.n)
		FROM pg_index i
		CROSS JOIN unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
		JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
		WHERE i.indrelid = $1::text::regclass AND i.indisprimary`, table).Scan(&key); err != nil {
		return 0, 0, fmt.Errorf("read the primary key: %w", err)
	}
	if len(key) == 0 {
		return 0, 0, errors.New("no primary key")
	}
	match := make([]string, len(key))
	for i, k := range key {
		match[i] = "t." + k + " = g." + k
	}
	next := r.tables.sql(table)
	tag, err := tx.Exec(ctx, `DELETE FROM `+table+` t USING (SELECT * FROM `+table+` EXCEPT ALL SELECT * FROM `+next+`) g
		WHERE `+strings.Join(match, " AND "))
	if err != nil {
		return 0, 0, err
	}
	deleted = tag.RowsAffected()
	if tag, err = tx.Exec(ctx, `INSERT INTO `+table+` SELECT * FROM `+next+` EXCEPT ALL SELECT * FROM `+table); err != nil {
		return deleted, 0, err
	}
	return deleted, tag.RowsAffected(), nil
}

// Close drops the rebuilt projection unless it was swapped in, and gives the rebuild lock up.
func (r *Rebuild) Close() error {
	defer r.lease.Release()
	if r.swapped {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := r.pool.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{RebuildSchema}.Sanitize()+` CASCADE`); err != nil {
		return fmt.Errorf("drop the rebuilt projection: %w", err)
	}
	return nil
}
