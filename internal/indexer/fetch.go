package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// chunk is a run of blocks read from the node and decoded, not yet applied: its first and
// last headers, the blocks that hold events and the events, in chain order.
type chunk struct {
	from, to    uint64
	first, last *types.Header
	blocks      []pedigree.BlockRef
	events      []pedigree.Event
}

// fetch reads blocks from..to: the last header, the logs, the last header again (the chain
// must not have moved meanwhile) and the first header, and decodes the logs. It does not
// check that from follows the cursor: applying the chunk does.
func (ix *Indexer) fetch(ctx context.Context, from, to uint64) (*chunk, error) {
	last, err := ix.header(ctx, to)
	if err != nil {
		return nil, err
	}
	first := last
	if from != to {
		if first, err = ix.header(ctx, from); err != nil {
			return nil, err
		}
	}
	logs, err := ix.logs(ctx, from, to)
	if err != nil {
		return nil, err
	}
	again, err := ix.header(ctx, to)
	if err != nil {
		return nil, err
	}
	if again.Hash() != last.Hash() {
		return nil, errChainMoved
	}
	c := &chunk{from: from, to: to, first: first, last: last}
	hashes := map[uint64]common.Hash{}
	times := map[uint64]uint64{}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			return nil, errChainMoved
		}
		if l.BlockNumber < from || l.BlockNumber > to || l.Address != ix.cfg.Contract {
			return nil, fmt.Errorf("the node answered a query for blocks %d-%d of %s with a log of block %d of %s", from, to, ix.cfg.Contract, l.BlockNumber, l.Address)
		}
		if i > 0 && (l.BlockNumber < logs[i-1].BlockNumber || l.BlockNumber == logs[i-1].BlockNumber && l.Index <= logs[i-1].Index) {
			return nil, fmt.Errorf("the node answered a query for blocks %d-%d with logs out of order (block %d log %d after block %d log %d)",
				from, to, l.BlockNumber, l.Index, logs[i-1].BlockNumber, logs[i-1].Index)
		}
		if h, ok := hashes[l.BlockNumber]; ok && h != l.BlockHash {
			return nil, errChainMoved
		} else if !ok {
			hashes[l.BlockNumber] = l.BlockHash
			c.blocks = append(c.blocks, pedigree.BlockRef{Number: l.BlockNumber, Hash: pedigree.Hash(l.BlockHash)})
		}
		if l.BlockNumber == to && l.BlockHash != last.Hash() {
			return nil, errChainMoved
		}
		if l.BlockTimestamp == 0 {
			// Older nodes leave it out of logs: read it once per block.
			t, ok := times[l.BlockNumber]
			if !ok {
				h, err := ix.header(ctx, l.BlockNumber)
				if err != nil {
					return nil, err
				}
				if h.Hash() != l.BlockHash {
					return nil, errChainMoved
				}
				t = h.Time
				times[l.BlockNumber] = t
			}
			l.BlockTimestamp = t
		}
	}
	c.events, err = decode(logs)
	return c, err
}

// minDecodeShare is the fewest logs worth decoding on a goroutine of their own.
const minDecodeShare = 512

// decode decodes logs into the projection's events, in order, on up to GOMAXPROCS goroutines.
func decode(logs []types.Log) ([]pedigree.Event, error) {
	decoded := make([]pedigree.Event, len(logs))
	kept := make([]bool, len(logs))
	workers := max(min(runtime.GOMAXPROCS(0), len(logs)/minDecodeShare), 1)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(logs)*w/workers, len(logs)*(w+1)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				ev, ok, err := chain.DecodeEvent(&logs[i])
				if err != nil {
					errs[w] = err
					return
				}
				decoded[i], kept[i] = ev, ok
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	events := decoded[:0]
	for i, ev := range decoded {
		if kept[i] {
			events = append(events, ev)
		}
	}
	return events, nil
}

// logs reads the contract's logs of blocks from..to. A node that refuses a range as too
// large (too many results, or too many blocks for its limits) is asked for its halves.
func (ix *Indexer) logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	logs, err := ix.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{ix.cfg.Contract},
		Topics:    [][]common.Hash{chain.EventTopics()},
	})
	if err != nil && from < to && rangeTooLarge(err) && ctx.Err() == nil {
		mid := from + (to-from)/2
		ix.log.Debug("the node refused a range of logs as too large: reading its halves", "from", from, "to", to, "err", err)
		a, err := ix.logs(ctx, from, mid)
		if err != nil {
			return nil, err
		}
		b, err := ix.logs(ctx, mid+1, to)
		if err != nil {
			return nil, err
		}
		return append(a, b...), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read logs of blocks %d-%d: %w", from, to, err)
	}
	return logs, nil
}

// rangeTooLarge says whether a node's error refuses a log query for its size: geth's
// "query returned more than 10000 results" and "exceed maximum block range", and the
// wordings of other nodes and providers.
func rangeTooLarge(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"more than", "too many", "too large", "exceed", "limit", "range is too", "response size"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// prefetch reads chunks of blocks ahead of the indexer, on a few goroutines, and hands them
// over in block order. It holds at most lookahead chunks read and not yet taken.
type prefetch struct {
	cancel  context.CancelFunc
	queue   chan chan result // one per chunk, in block order
	done    chan struct{}
	size    uint64      // blocks per chunk (the last may be shorter)
	next    uint64      // the first block the indexer wants next
	to      uint64      // the last block it reads
	pending chan result // taken from queue, not yet read
	err     error       // a chunk failed: every later take returns it
}

type result struct {
	c   *chunk
	err error
}

// startPrefetch starts reading blocks from..to in chunks of size blocks.
func (ix *Indexer) startPrefetch(ctx context.Context, from, to, size uint64, workers, lookahead int) *prefetch {
	ctx, cancel := context.WithCancel(ctx)
	p := &prefetch{cancel: cancel, queue: make(chan chan result, lookahead), done: make(chan struct{}), size: size, to: to}
	go func() {
		var wg sync.WaitGroup
		defer close(p.done)
		defer close(p.queue)
		defer wg.Wait()
		sem := make(chan struct{}, workers)
		for lo := from; lo <= to; lo += size {
			hi := min(to, lo+size-1)
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			out := make(chan result, 1)
			select {
			case p.queue <- out:
			case <-ctx.Done():
				<-sem
				return
			}
			wg.Go(func() {
				defer func() { <-sem }()
				c, err := ix.fetch(ctx, lo, hi)
				out <- result{c, err}
			})
			if hi == to {
				return
			}
		}
	}()
	return p
}

// stop stops reading ahead and waits for the goroutines to end.
func (p *prefetch) stop() {
	p.cancel()
	<-p.done
}

// take waits for the next chunk and returns it, with the chunks after it that are already
// read, up to maxBlocks blocks in all. It returns no chunk when every one was taken.
func (p *prefetch) take(ctx context.Context, maxBlocks uint64) ([]*chunk, error) {
	if p.err != nil {
		return nil, p.err
	}
	var out []*chunk
	var blocks uint64
	for len(out) == 0 || blocks+p.size <= maxBlocks {
		if p.pending == nil {
			if len(out) > 0 && len(p.queue) == 0 {
				return out, nil
			}
			var ok bool
			select {
			case p.pending, ok = <-p.queue:
			case <-ctx.Done():
				return out, ctx.Err()
			}
			if !ok {
				return out, nil
			}
		}
		var r result
		if len(out) == 0 {
			select {
			case r = <-p.pending:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		} else {
			select {
			case r = <-p.pending:
			default:
				return out, nil // not read yet: the next take waits for it
			}
		}
		p.pending = nil
		if r.err != nil {
			p.err = r.err
			if len(out) == 0 {
				return nil, r.err
			}
			return out, nil
		}
		out = append(out, r.c)
		blocks += r.c.to - r.c.from + 1
	}
	return out, nil
}
