// Package indexer follows pedigree's contract on a chain and keeps its projection
// (pedigree.Projection, in PostgreSQL) up to date.
//
// It trusts nothing it has not confirmed. It indexes only blocks at the configured confirmation
// depth; it reads a range's logs between two reads of the range's last header and retries when
// they differ; it checks that each range's first block is the child of the block the
// projection ends with. When that fails, the chain was reorganised: it walks back through the
// blocks it indexed to the newest one still canonical, rolls the projection back to it and
// indexes the new branch. A range's events and the new cursor are written in one transaction,
// so a crash, a restart or a second indexer leaves no gap and no duplicate; a range that fails
// (the node or the database went away) is retried until it succeeds.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Chain is what the indexer needs of a node.
type Chain interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Config says what to index and how.
type Config struct {
	Contract      common.Address
	DeployBlock   uint64 // the contract's deployment block (at least 1)
	Confirmations uint64 // index a block once this many blocks are on top of it (0 on the embedded chain)
	MaxRange      uint64 // blocks per range (a transaction), default 2,000
	// FetchWorkers is how many chunks of a range (MaxRange/8 blocks each) are read from the
	// node at once when catching up, default 2. At the head, blocks are read as they come.
	FetchWorkers int
	PollInterval time.Duration // how often to look for new blocks without a head subscription, default 200 ms
	Logger       *slog.Logger  // nil: discard
	// Progress, when set, is called after every range with the new cursor and the block Sync
	// is working towards.
	Progress func(cursor, target uint64)
	// Watermark, when set, follows the cursor, so readers can wait for their own writes.
	Watermark *Watermark
	// Applied, when set, is called after every range applied and every rollback, with the new
	// cursor: what readers keep of the projection in memory is brought up to it there
	// (postgres.Verifier.Follow). An error is logged; the readers catch up on their own.
	Applied func(ctx context.Context, cursor pedigree.BlockRef) error
}

// Indexer keeps a projection of the contract up to date.
type Indexer struct {
	chain Chain
	store pedigree.Projection
	cfg   Config
	log   *slog.Logger
}

// New returns an indexer of cfg.Contract on chain, writing to store.
func New(c Chain, store pedigree.Projection, cfg Config) *Indexer {
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.FetchWorkers <= 0 {
		cfg.FetchWorkers = 2
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Indexer{chain: c, store: store, cfg: cfg, log: log.With("component", "indexer")}
}

// fetchLookahead is how many chunks a prefetch reads ahead of the range being written.
const fetchLookahead = 16

// chunkSize is the blocks read from the node at once when catching up: an eighth of a range,
// so that a range's chunks are read in parallel and the next range's while one is written.
func (ix *Indexer) chunkSize() uint64 { return max(ix.cfg.MaxRange/8, 1) }

// errChainMoved means the chain changed while a range was read: read it again.
var errChainMoved = errors.New("the chain changed while the range was read")

// Run keeps the projection up to date until ctx ends, then returns nil. It wakes on every new
// head (or every PollInterval without subscriptions). Failures are logged and retried with
// growing pauses, from 100 ms to 5 s; a start with a misconfiguration (a projection of another
// contract) is returned at once.
func (ix *Indexer) Run(ctx context.Context) error {
	if _, err := ix.start(ctx); err != nil && pedigree.ErrorCode(err) == pedigree.ECONFLICT {
		return err
	}
	heads := make(chan *types.Header, 1)
	var sub ethereum.Subscription
	subscribe := func() {
		s, err := ix.chain.SubscribeNewHead(ctx, heads)
		if err != nil {
			ix.log.Debug("no head subscription; polling", "interval", ix.cfg.PollInterval, "err", err)
			return
		}
		sub = s
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	poll := time.NewTicker(ix.cfg.PollInterval)
	defer poll.Stop()

	backoff, failures := time.Duration(0), 0
	for {
		if _, err := ix.Sync(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			failures++
			backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
			ix.log.Warn("indexing failed; retrying", "attempt", failures, "in", backoff, "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			continue
		}
		if failures > 0 {
			ix.log.Info("indexing resumed", "after_failures", failures)
			failures, backoff = 0, 0
		}
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-heads:
		case <-poll.C:
		case err := <-subErr:
			ix.log.Warn("head subscription ended; polling until it is back", "err", err)
			sub = nil
			subscribe()
		}
	}
}

// start returns the projection's state, starting a projection at the deployment block when
// there is none.
func (ix *Indexer) start(ctx context.Context) (pedigree.ProjectionState, error) {
	st, err := ix.store.State(ctx)
	if err == nil {
		if st.Contract != pedigree.Address(ix.cfg.Contract) {
			return st, pedigree.Errorf(pedigree.ECONFLICT,
				"the database holds the projection of contract %s, not %s: run 'pedigree reindex' to rebuild it", st.Contract, ix.cfg.Contract)
		}
		return st, nil
	}
	if pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		return st, err
	}
	if ix.cfg.DeployBlock == 0 {
		return st, fmt.Errorf("indexer: the contract's deployment block is unknown")
	}
	id, err := ix.chain.ChainID(ctx)
	if err != nil {
		return st, fmt.Errorf("read chain id: %w", err)
	}
	before, err := ix.header(ctx, ix.cfg.DeployBlock-1)
	if err != nil {
		return st, err
	}
	st = pedigree.ProjectionState{
		ChainID: id.Uint64(), Contract: pedigree.Address(ix.cfg.Contract), DeployBlock: ix.cfg.DeployBlock,
		Cursor: pedigree.BlockRef{Number: ix.cfg.DeployBlock - 1, Hash: pedigree.Hash(before.Hash())},
	}
	if err := ix.store.Init(ctx, st); err != nil {
		return st, err
	}
	return ix.store.State(ctx)
}

// Sync indexes every confirmed block not yet in the projection and returns the new cursor.
func (ix *Indexer) Sync(ctx context.Context) (pedigree.BlockRef, error) {
	st, err := ix.start(ctx)
	if err != nil {
		return pedigree.BlockRef{}, err
	}
	// Catching up, a prefetch reads the blocks after the range being written.
	var pf *prefetch
	drop := func() {
		if pf != nil {
			pf.stop()
			pf = nil
		}
	}
	defer drop()
	for {
		head, err := ix.chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return st.Cursor, fmt.Errorf("read head: %w", err)
		}
		if head.Number.Uint64() < ix.cfg.Confirmations {
			return st.Cursor, nil
		}
		target := head.Number.Uint64() - ix.cfg.Confirmations
		if st.Cursor.Number >= target {
			// Caught up, unless the chain was reorganised to a shorter one or replaced the
			// cursor's block: then the cursor is no longer on the chain. A cursor past the
			// target on the chain (another indexer, or a reindex swapped in, indexed with
			// fewer confirmations) waits for the chain to grow.
			at, reorged := head, false
			if st.Cursor.Number != head.Number.Uint64() {
				at, err = ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(st.Cursor.Number))
				if errors.Is(err, ethereum.NotFound) {
					reorged = true
				} else if err != nil {
					return st.Cursor, fmt.Errorf("read header %d: %w", st.Cursor.Number, err)
				}
			}
			if !reorged {
				reorged = pedigree.Hash(at.Hash()) != st.Cursor.Hash
			}
			if !reorged {
				ix.reached(st.Cursor.Number)
				return st.Cursor, nil
			}
			drop()
			if err := ix.reorg(ctx, &st); err != nil {
				return st.Cursor, err
			}
			continue
		}
		var chunks []*chunk
		from := st.Cursor.Number + 1
		if pf == nil && target-st.Cursor.Number <= ix.chunkSize() {
			// At the head: read what there is, now, on this goroutine.
			var c *chunk
			if c, err = ix.fetch(ctx, from, target); err == nil {
				chunks = []*chunk{c}
			}
		} else {
			if pf != nil && pf.next != from {
				drop()
			}
			if pf == nil {
				pf = ix.startPrefetch(ctx, from, target, ix.chunkSize(), ix.cfg.FetchWorkers, fetchLookahead)
				pf.next = from
			}
			if chunks, err = pf.take(ctx, ix.cfg.MaxRange); err == nil && len(chunks) == 0 {
				drop() // read to its end: look at the head again
				continue
			}
		}
		if err == nil {
			err = ix.apply(ctx, &st, chunks)
		}
		if err != nil {
			drop()
		} else if pf != nil {
			pf.next = st.Cursor.Number + 1
		}
		switch {
		case err == nil:
			ix.reached(st.Cursor.Number)
			if ix.cfg.Progress != nil {
				ix.cfg.Progress(st.Cursor.Number, target)
			}
		case errors.Is(err, errChainMoved):
			ix.log.Debug("chain moved during a range; reading it again")
		case errors.Is(err, errReorg):
			if err := ix.reorg(ctx, &st); err != nil {
				return st.Cursor, err
			}
		case pedigree.ErrorCode(err) == pedigree.ECONFLICT:
			// Another indexer advanced the cursor: carry on from where it is.
			if st, err = ix.store.State(ctx); err != nil {
				return st.Cursor, err
			}
		default:
			return st.Cursor, err
		}
	}
}

var errReorg = errors.New("the chain was reorganised")

// reached moves the watermark, if any, to block.
func (ix *Indexer) reached(block uint64) {
	if ix.cfg.Watermark != nil {
		ix.cfg.Watermark.Set(block)
	}
}

// apply writes chunks, consecutive runs of blocks after the cursor, to the projection in one
// transaction, and moves the cursor to their end.
func (ix *Indexer) apply(ctx context.Context, st *pedigree.ProjectionState, chunks []*chunk) error {
	if pedigree.Hash(chunks[0].first.ParentHash) != st.Cursor.Hash {
		return errReorg
	}
	last := chunks[len(chunks)-1]
	r := pedigree.BlockRange{Cursor: st.Cursor, To: pedigree.BlockRef{Number: last.to, Hash: pedigree.Hash(last.last.Hash())}}
	for i, c := range chunks {
		if i > 0 && (c.from != chunks[i-1].to+1 || c.first.ParentHash != chunks[i-1].last.Hash()) {
			return errChainMoved // read before and after a change of the chain
		}
		r.Blocks = append(r.Blocks, c.blocks...)
		r.Events = append(r.Events, c.events...)
	}
	if err := ix.store.Apply(ctx, r); err != nil {
		return err
	}
	st.Cursor = r.To
	ix.applied(ctx, r.To)
	if len(r.Events) > 0 {
		ix.log.Debug("indexed", "from", chunks[0].from, "to", last.to, "events", len(r.Events))
	}
	return nil
}

// applied tells Config.Applied, if set, that the projection now ends at cursor.
func (ix *Indexer) applied(ctx context.Context, cursor pedigree.BlockRef) {
	if ix.cfg.Applied == nil {
		return
	}
	if err := ix.cfg.Applied(ctx, cursor); err != nil && ctx.Err() == nil {
		ix.log.Warn("readers of the projection did not follow it", "block", cursor.Number, "err", err)
	}
}

// reorg finds the newest indexed block still on the canonical chain and rolls the projection
// back to it.
func (ix *Indexer) reorg(ctx context.Context, st *pedigree.ProjectionState) error {
	fork, err := ix.forkPoint(ctx, st.Cursor.Number)
	if err != nil {
		return err
	}
	if err := ix.store.Rollback(ctx, fork); err != nil {
		return fmt.Errorf("roll back to block %d: %w", fork.Number, err)
	}
	ix.log.Warn("chain reorganised: rolled the projection back", "from", st.Cursor.Number, "to", fork.Number)
	st.Cursor = fork
	ix.applied(ctx, fork)
	return nil
}

func (ix *Indexer) forkPoint(ctx context.Context, below uint64) (pedigree.BlockRef, error) {
	const page = 256
	for {
		blocks, err := ix.store.IndexedBlocks(ctx, below, page)
		if err != nil {
			return pedigree.BlockRef{}, err
		}
		for _, b := range blocks {
			h, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			if errors.Is(err, ethereum.NotFound) {
				continue // the new branch is shorter
			}
			if err != nil {
				return pedigree.BlockRef{}, fmt.Errorf("read header %d: %w", b.Number, err)
			}
			if pedigree.Hash(h.Hash()) == b.Hash {
				return b, nil
			}
		}
		if len(blocks) < page || blocks[len(blocks)-1].Number == 0 {
			break
		}
		below = blocks[len(blocks)-1].Number - 1
	}
	// Nothing indexed survives: start again before the deployment block.
	h, err := ix.header(ctx, ix.cfg.DeployBlock-1)
	if err != nil {
		return pedigree.BlockRef{}, err
	}
	return pedigree.BlockRef{Number: ix.cfg.DeployBlock - 1, Hash: pedigree.Hash(h.Hash())}, nil
}

func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := ix.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return nil, errChainMoved // the chain got shorter under us
	}
	if err != nil {
		return nil, fmt.Errorf("read header %d: %w", n, err)
	}
	return h, nil
}
