package devchain

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Direct is the embedded node as a client: the in-process JSON-RPC client, except that logs
// and headers are read from the node itself, with no JSON in between. An indexer catching
// up reads every log of the chain: over JSON-RPC most of its time would go to encoding and
// decoding them. What it answers is what eth_getLogs and eth_getBlockByNumber answer.
type Direct struct {
	*ethclient.Client
	filters *filters.FilterSystem
	chain   *core.BlockChain
	api     *eth.EthAPIBackend
}

// Direct returns the node as a client reading logs and headers directly.
func (c *Chain) Direct() *Direct {
	return &Direct{Client: c.client, filters: c.filters, chain: c.chain, api: c.api}
}

// FilterLogs implements ethereum.LogFilterer as eth_getLogs does, for a block range or a
// block hash. The logs are copies: the caller may change them.
func (d *Direct) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var f *filters.Filter
	if q.BlockHash != nil {
		if q.FromBlock != nil || q.ToBlock != nil {
			return nil, errors.New("devchain: a log query names a block hash and a range")
		}
		f = d.filters.NewBlockFilter(*q.BlockHash, q.Addresses, q.Topics)
	} else {
		begin, end := rpc.LatestBlockNumber.Int64(), rpc.LatestBlockNumber.Int64()
		if q.FromBlock != nil {
			begin = q.FromBlock.Int64()
		}
		if q.ToBlock != nil {
			end = q.ToBlock.Int64()
		}
		if begin >= 0 && end >= 0 && begin > end {
			return nil, errors.New("devchain: invalid block range")
		}
		f = d.filters.NewRangeFilter(begin, end, q.Addresses, q.Topics, 0)
	}
	found, err := f.Logs(ctx)
	if err != nil {
		return nil, err
	}
	logs := make([]types.Log, len(found))
	for i, l := range found {
		logs[i] = *l
	}
	return logs, nil
}

// HeaderByNumber returns the canonical header of block number, or the head's for nil;
// ethereum.NotFound when there is no such block.
func (d *Direct) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var h *types.Header
	if number == nil || number.Sign() < 0 {
		if number != nil && number.Int64() != rpc.LatestBlockNumber.Int64() {
			return d.Client.HeaderByNumber(ctx, number) // pending, safe, finalized: as the node says
		}
		h = d.chain.CurrentBlock()
	} else if number.IsUint64() {
		h = d.chain.GetHeaderByNumber(number.Uint64())
	}
	if h == nil {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(h), nil
}

// WaitLogIndex waits until the node's log index covers every block to the head. A node
// opened on blocks it did not index as they came (a chain another node wrote) builds the
// index in the background first, which takes CPU and makes log queries scan blocks: a
// benchmark waits for it.
func (d *Direct) WaitLogIndex(ctx context.Context) error {
	for {
		mb := d.api.NewMatcherBackend()
		r, err := mb.SyncLogIndex(ctx)
		mb.Close()
		if err != nil {
			return err
		}
		if head := d.chain.CurrentBlock(); !r.IndexedBlocks.IsEmpty() && r.IndexedBlocks.First() <= 1 && r.IndexedBlocks.Last() >= head.Number.Uint64() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
