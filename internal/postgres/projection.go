package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Projection is the projection of pedigree's contract in PostgreSQL (migrations/001_projection.sql,
// 006_gtin_ownership.sql): the live one, which readers read, or one a Rebuild builds beside it.
// It implements pedigree.Projection.
type Projection struct {
	pool   *pgxpool.Pool
	tables tables
}

var _ pedigree.Projection = (*Projection)(nil)

// NewProjection returns the projection stored in pool's database.
func NewProjection(pool *pgxpool.Pool) *Projection { return &Projection{pool: pool} }

// tables names a projection's tables in SQL. The live projection's are unqualified, found
// through the search_path as readers find them; a rebuilt one's are in a schema of its own.
type tables struct{ schema string }

// sql returns the table's name for a statement.
func (t tables) sql(table string) string {
	if t.schema == "" {
		return table
	}
	return t.ident(table).Sanitize()
}

// ident returns the table's name for CopyFrom.
func (t tables) ident(table string) pgx.Identifier {
	if t.schema == "" {
		return pgx.Identifier{table}
	}
	return pgx.Identifier{t.schema, table}
}

// State implements pedigree.Projection.
func (p *Projection) State(ctx context.Context) (pedigree.ProjectionState, error) {
	return readState(ctx, p.pool, p.tables)
}

// queryRower is a pool, a connection or a transaction.
type queryRower interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// readState reads the cursor of the projection in t.
func readState(ctx context.Context, q queryRower, t tables) (pedigree.ProjectionState, error) {
	var s pedigree.ProjectionState
	var contract, hash []byte
	var number int64
	err := q.QueryRow(ctx, `SELECT chain_id, contract, deploy_block, block_number, block_hash FROM `+t.sql("indexer_state")).
		Scan(&s.ChainID, &contract, &s.DeployBlock, &number, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, pedigree.Errorf(pedigree.ENOTFOUND, "the projection has not been started")
	}
	if err != nil {
		return s, fmt.Errorf("read projection state: %w", err)
	}
	s.Contract = pedigree.Address(contract)
	s.Cursor = pedigree.BlockRef{Number: uint64(number), Hash: pedigree.Hash(hash)}
	return s, nil
}

// newEpoch is the epoch of a projection started afresh (indexer_state.epoch): after any a
// projection dropped (Reset) had, as the clock counts microseconds.
const newEpoch = `(extract(epoch FROM clock_timestamp()) * 1000000)::bigint`

// Init implements pedigree.Projection.
func (p *Projection) Init(ctx context.Context, s pedigree.ProjectionState) error {
	_, err := p.pool.Exec(ctx, `
		INSERT INTO `+p.tables.sql("indexer_state")+` (chain_id, contract, deploy_block, block_number, block_hash, epoch)
		VALUES ($1, $2, $3, $4, $5, `+newEpoch+`) ON CONFLICT (singleton) DO NOTHING`,
		int64(s.ChainID), s.Contract[:], int64(s.DeployBlock), int64(s.Cursor.Number), s.Cursor.Hash[:])
	if err != nil {
		return fmt.Errorf("start projection: %w", err)
	}
	got, err := p.State(ctx)
	if err != nil {
		return err
	}
	if got.ChainID != s.ChainID || got.Contract != s.Contract {
		return pedigree.Errorf(pedigree.ECONFLICT,
			"the database holds the projection of contract %s on chain %d, not of %s on chain %d: run 'pedigree reindex' to rebuild it",
			got.Contract, got.ChainID, s.Contract, s.ChainID)
	}
	return nil
}

// Apply implements pedigree.Projection. The range's events are applied in memory to the
// current versions of the rows they touch, read in one query per table; the new versions are
// then written with one UPDATE and one COPY per table, in the same transaction as the cursor.
func (p *Projection) Apply(ctx context.Context, r pedigree.BlockRange) error {
	return pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if err := lockCursor(ctx, tx, p.tables, r.Cursor); err != nil {
			return err
		}
		w := newRangeWriter(p.tables)
		if err := w.load(ctx, tx, r.Events); err != nil {
			return err
		}
		for _, ev := range r.Events {
			if err := w.apply(ev); err != nil {
				m := ev.Meta()
				return fmt.Errorf("apply %T of block %d, log %d: %w", ev, m.Block, m.LogIndex, err)
			}
		}
		if err := w.flush(ctx, tx); err != nil {
			return err
		}
		numbers := make([]int64, 0, len(r.Blocks)+1)
		hashes := make([][]byte, 0, len(r.Blocks)+1)
		for _, b := range r.Blocks {
			numbers = append(numbers, int64(b.Number))
			hashes = append(hashes, b.Hash[:])
		}
		if n := len(r.Blocks); n == 0 || r.Blocks[n-1].Number != r.To.Number {
			numbers = append(numbers, int64(r.To.Number))
			hashes = append(hashes, r.To.Hash[:])
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO `+p.tables.sql("indexed_blocks")+` (number, hash) SELECT * FROM unnest($1::bigint[], $2::bytea[])
			ON CONFLICT (number) DO UPDATE SET hash = excluded.hash`, numbers, hashes); err != nil {
			return fmt.Errorf("record blocks: %w", err)
		}
		if _, err := tx.Exec(ctx, `UPDATE `+p.tables.sql("indexer_state")+` SET block_number = $1, block_hash = $2, updated_at = now()`,
			int64(r.To.Number), r.To.Hash[:]); err != nil {
			return fmt.Errorf("advance cursor: %w", err)
		}
		return nil
	})
}

// lockCursor locks the cursor row for the transaction and checks it is where the caller
// expects: two indexers never apply the same range twice.
func lockCursor(ctx context.Context, tx pgx.Tx, t tables, want pedigree.BlockRef) error {
	var number int64
	var hash []byte
	err := tx.QueryRow(ctx, `SELECT block_number, block_hash FROM `+t.sql("indexer_state")+` FOR UPDATE`).Scan(&number, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return pedigree.Errorf(pedigree.ENOTFOUND, "the projection has not been started")
	}
	if err != nil {
		return fmt.Errorf("lock cursor: %w", err)
	}
	if uint64(number) != want.Number || !bytes.Equal(hash, want.Hash[:]) {
		return pedigree.Errorf(pedigree.ECONFLICT, "the projection's cursor is at block %d, not %d: another indexer moved it", number, want.Number)
	}
	return nil
}

// versionedTables are the tables whose rows have versions; see the migration.
var versionedTables = []string{"participants", "batches", "tokens", "pack_states", "gtin_assignments"}

// Rollback implements pedigree.Projection.
func (p *Projection) Rollback(ctx context.Context, to pedigree.BlockRef) error {
	return pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		var number int64
		if err := tx.QueryRow(ctx, `SELECT block_number FROM `+p.tables.sql("indexer_state")+` FOR UPDATE`).Scan(&number); err != nil {
			return fmt.Errorf("lock cursor: %w", err)
		}
		after := int64(to.Number)
		// Newer versions go first, so the revived ones never meet them in a unique index.
		for _, t := range versionedTables {
			if _, err := tx.Exec(ctx, `DELETE FROM `+p.tables.sql(t)+` WHERE block_number > $1`, after); err != nil {
				return fmt.Errorf("roll back %s: %w", t, err)
			}
			if _, err := tx.Exec(ctx, `UPDATE `+p.tables.sql(t)+` SET superseded_at = NULL WHERE superseded_at > $1`, after); err != nil {
				return fmt.Errorf("roll back %s: %w", t, err)
			}
		}
		for _, q := range []string{
			`DELETE FROM ` + p.tables.sql("custody_events") + ` WHERE block_number > $1`,
			`DELETE FROM ` + p.tables.sql("recalls") + ` WHERE block_number > $1`,
			`DELETE FROM ` + p.tables.sql("key_events") + ` WHERE block_number > $1`,
			`DELETE FROM ` + p.tables.sql("indexed_blocks") + ` WHERE number > $1`,
		} {
			if _, err := tx.Exec(ctx, q, after); err != nil {
				return fmt.Errorf("roll back: %w", err)
			}
		}
		// A history rewritten: readers holding what the projection said past the fork learn so.
		_, err := tx.Exec(ctx, `UPDATE `+p.tables.sql("indexer_state")+` SET block_number = $1, block_hash = $2, epoch = epoch + 1, updated_at = now()`, after, to.Hash[:])
		return err
	})
}

// IndexedBlocks implements pedigree.Projection.
func (p *Projection) IndexedBlocks(ctx context.Context, number uint64, limit int) ([]pedigree.BlockRef, error) {
	rows, err := p.pool.Query(ctx, `SELECT number, hash FROM `+p.tables.sql("indexed_blocks")+` WHERE number <= $1 ORDER BY number DESC LIMIT $2`, int64(number), limit)
	if err != nil {
		return nil, fmt.Errorf("read indexed blocks: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.BlockRef, error) {
		var n int64
		var h []byte
		err := row.Scan(&n, &h)
		return pedigree.BlockRef{Number: uint64(n), Hash: pedigree.Hash(h)}, err
	})
}

// Reset implements pedigree.Projection. On the live projection, readers see it empty until it
// is rebuilt (and TRUNCATE is not MVCC-safe): 'pedigree reindex' uses a Rebuild instead.
func (p *Projection) Reset(ctx context.Context) error {
	names := make([]string, len(projectionTables))
	for i, t := range projectionTables {
		names[i] = p.tables.sql(t.name)
	}
	_, err := p.pool.Exec(ctx, `TRUNCATE `+strings.Join(names, ", "))
	if err != nil {
		return fmt.Errorf("drop projection: %w", err)
	}
	return nil
}

// day returns t's date in UTC, as the contract counts days.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// WaitCursor returns once the projection holds block, reading its cursor every interval, or
// ctx's error when it ends first. It reads the database, not an indexer in this process, so
// it works on every instance of a service whatever instance indexes.
func (p *Projection) WaitCursor(ctx context.Context, block uint64, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		var number int64
		err := p.pool.QueryRow(ctx, `SELECT block_number FROM `+p.tables.sql("indexer_state")).Scan(&number)
		if err == nil && uint64(number) >= block {
			return nil
		}
		if err != nil && !errors.Is(err, pgx.ErrNoRows) && ctx.Err() == nil {
			return fmt.Errorf("read the projection's cursor: %w", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
