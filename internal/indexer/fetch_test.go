package indexer_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// narrowNode refuses, as providers do, log queries over more than max blocks, with geth's
// wording for a query with too many results.
type narrowNode struct {
	indexer.Chain
	max      uint64
	refused  atomic.Int64
	answered atomic.Int64
}

func (n *narrowNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > n.max {
		n.refused.Add(1)
		return nil, fmt.Errorf("query returned more than 10000 results")
	}
	n.answered.Add(1)
	return n.Chain.FilterLogs(ctx, q)
}

// TestNarrowNode indexes from scratch through a node that answers only narrow log queries:
// the indexer halves the ranges it refuses, and the projection is the one a node without
// limits gives, whatever the range and the number of readers.
func TestNarrowNode(t *testing.T) {
	h := chaintest.New(t)
	story(h, "N")
	want := reindexed(t, h)
	for _, tc := range []struct {
		maxRange uint64
		workers  int
	}{{5000, 2}, {64, 3}, {3, 1}} {
		t.Run(fmt.Sprintf("MaxRange%dWorkers%d", tc.maxRange, tc.workers), func(t *testing.T) {
			pool := pgtest.NewPool(t)
			node := &narrowNode{Chain: h.Client, max: 2}
			ix := indexer.New(node, postgres.NewProjection(pool), indexer.Config{
				Contract: h.C.Address, DeployBlock: h.DeployBlock(), MaxRange: tc.maxRange, FetchWorkers: tc.workers, PollInterval: 20 * time.Millisecond,
				Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
			})
			sync_(t, ix)
			sameDump(t, dump(t, pool), want)
			if tc.maxRange > 8 && node.refused.Load() == 0 {
				t.Fatal("the node refused no query: the test shows nothing")
			}
		})
	}
}
