package indexbench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// projectionTables are the tables an index from scratch fills, in the report's order.
var projectionTables = []string{"participants", "batches", "tokens", "pack_states", "custody_events", "recalls", "indexed_blocks"}

// scratchResult is one index from scratch.
type scratchResult struct {
	maxRange uint64
	url      string // the database it filled
	cpu      kit.CPU
	took     time.Duration
	rows     map[string]int64
	ranges   int

	// Where the time went: calls to the node, to the projection, and each SQL statement.
	mu                         sync.Mutex // the indexer reads the node on several goroutines
	filterLogs, headers, other kit.Stat
	logs                       int
	apply, state               kit.Stat
	sqlLabels                  []string
	sql                        map[string]kit.Stat
}

func (r *scratchResult) totalRows() int64 {
	var n int64
	for _, t := range projectionTables {
		n += r.rows[t]
	}
	return n
}

// timedChain times the indexer's calls to the node.
type timedChain struct {
	indexer.Chain
	r *scratchResult
}

func (c timedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	began := time.Now()
	logs, err := c.Chain.FilterLogs(ctx, q)
	c.r.mu.Lock()
	defer c.r.mu.Unlock()
	c.r.filterLogs.Add(time.Since(began))
	c.r.logs += len(logs)
	return logs, err
}

func (c timedChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	began := time.Now()
	h, err := c.Chain.HeaderByNumber(ctx, n)
	c.r.mu.Lock()
	defer c.r.mu.Unlock()
	c.r.headers.Add(time.Since(began))
	return h, err
}

func (c timedChain) ChainID(ctx context.Context) (*big.Int, error) {
	began := time.Now()
	id, err := c.Chain.ChainID(ctx)
	c.r.mu.Lock()
	defer c.r.mu.Unlock()
	c.r.other.Add(time.Since(began))
	return id, err
}

// timedProjection times the indexer's calls to the projection.
type timedProjection struct {
	pedigree.Projection
	r *scratchResult
}

func (p timedProjection) Apply(ctx context.Context, br pedigree.BlockRange) error {
	began := time.Now()
	err := p.Projection.Apply(ctx, br)
	p.r.apply.Add(time.Since(began))
	if err == nil {
		p.r.ranges++
	}
	return err
}

func (p timedProjection) Init(ctx context.Context, st pedigree.ProjectionState) error {
	began := time.Now()
	err := p.Projection.Init(ctx, st)
	p.r.state.Add(time.Since(began))
	return err
}

func (p timedProjection) State(ctx context.Context) (pedigree.ProjectionState, error) {
	began := time.Now()
	s, err := p.Projection.State(ctx)
	p.r.state.Add(time.Since(began))
	return s, err
}

// indexFromScratch indexes the workload's chain into a fresh database with one Sync, and
// checks the projection holds what the events say.
func indexFromScratch(ctx context.Context, srv *kit.Server, w *workload, node indexer.Chain, maxRange uint64) (*scratchResult, error) {
	u, err := srv.NewDatabase(ctx)
	if err != nil {
		return nil, err
	}
	r := &scratchResult{maxRange: maxRange, url: u, rows: map[string]int64{}}
	tracer := newSQLTracer()
	pool, err := kit.OpenPool(ctx, u, 0, tracer)
	if err != nil {
		return nil, err
	}
	defer pool.Close()
	ix := indexer.New(timedChain{node, r}, timedProjection{postgres.NewProjection(pool), r}, indexer.Config{
		Contract: w.contract, DeployBlock: w.deployBlock, MaxRange: maxRange,
	})

	cpu := kit.ReadCPU(ctx, pool)
	began := time.Now()
	cursor, err := ix.Sync(ctx)
	r.took = time.Since(began)
	r.cpu = kit.ReadCPU(ctx, pool).Sub(cpu)
	if err != nil {
		return nil, err
	}
	r.sqlLabels, r.sql = tracer.snapshot()
	if cursor.Number != w.head {
		return nil, fmt.Errorf("the indexer stopped at block %d, not at the head, %d", cursor.Number, w.head)
	}
	for _, t := range projectionTables {
		var n int64
		if err := pool.QueryRow(ctx, "SELECT count(*) FROM "+pgx.Identifier{t}.Sanitize()).Scan(&n); err != nil {
			return nil, err
		}
		r.rows[t] = n
	}
	for t, want := range w.counts.expectedRows() {
		if r.rows[t] != int64(want) {
			return nil, fmt.Errorf("the projection's %s holds %d rows, but the chain's events make %d", t, r.rows[t], want)
		}
	}
	if r.logs != w.counts.Logs {
		return nil, fmt.Errorf("the indexer read %d logs, but the chain holds %d", r.logs, w.counts.Logs)
	}
	return r, nil
}

// decodeResult is the cost of decoding the workload's logs, measured alone.
type decodeResult struct {
	filterAll time.Duration // one FilterLogs over every block
	logs      int
	took      time.Duration // chain.DecodeEvent on every log
}

// measureDecode reads every log of the workload with one query and decodes them all, timing
// each part apart from the indexer.
func measureDecode(ctx context.Context, w *workload) (decodeResult, error) {
	var r decodeResult
	began := time.Now()
	logs, err := w.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.deployBlock),
		ToBlock:   new(big.Int).SetUint64(w.head),
		Addresses: []common.Address{w.contract},
		Topics:    [][]common.Hash{chain.EventTopics()},
	})
	r.filterAll = time.Since(began)
	if err != nil {
		return r, err
	}
	r.logs = len(logs)
	began = time.Now()
	for i := range logs {
		if _, _, err := chain.DecodeEvent(&logs[i]); err != nil {
			return r, err
		}
	}
	r.took = time.Since(began)
	return r, nil
}

// baselineResult is the bare COPY.
type baselineResult struct {
	rows int
	took time.Duration
}

// copyBaseline copies rows rows of about a custody event's width (a 32-byte hash, a bigint, an
// integer, a timestamptz and a short text) into a new table with no key and no index: what
// writing the events costs PostgreSQL with nothing else to do.
func copyBaseline(ctx context.Context, u, table string, rows int) (baselineResult, error) {
	pool, err := kit.OpenPool(ctx, u, 0, nil)
	if err != nil {
		return baselineResult{}, err
	}
	defer pool.Close()
	if _, err := pool.Exec(ctx, `CREATE TABLE `+pgx.Identifier{table}.Sanitize()+` (id bytea, block_number bigint, log_index integer, time timestamptz, kind text)`); err != nil {
		return baselineResult{}, err
	}
	kinds := []string{"registered", "split", "shipped", "accepted", "cancelled"}
	t0 := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	hashes := make([][]byte, rows)
	for i := range hashes {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		h := sha256.Sum256(b[:])
		hashes[i] = h[:]
	}
	began := time.Now()
	n, err := pool.CopyFrom(ctx, pgx.Identifier{table}, []string{"id", "block_number", "log_index", "time", "kind"},
		pgx.CopyFromSlice(rows, func(i int) ([]any, error) {
			return []any{hashes[i], int64(i / 8), int32(i % 8), t0.Add(time.Duration(i/8) * time.Second), kinds[i%len(kinds)]}, nil
		}))
	took := time.Since(began)
	if err != nil {
		return baselineResult{}, err
	}
	if n != int64(rows) {
		return baselineResult{}, fmt.Errorf("COPY wrote %d rows, not %d", n, rows)
	}
	return baselineResult{rows: rows, took: took}, nil
}
