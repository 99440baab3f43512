package ethnode_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

var clients = []struct {
	name    string
	start   func(testing.TB, ethnode.Options) *ethnode.Node
	chainID uint64
}{
	{"Geth", ethnode.StartGeth, ethnode.GethChainID},
	{"Anvil", ethnode.StartAnvil, ethnode.AnvilChainID},
}

// TestRestartKeepsChain: a transfer signed by a Key, then a restart; the block, its hash and
// the balances are still there, on the same ports, and the node mines again.
func TestRestartKeepsChain(t *testing.T) {
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			n := c.start(t, ethnode.Options{})
			if got, want := n.ChainID(), c.chainID; got != want {
				t.Fatalf("ChainID() = %d, want %d", got, want)
			}
			ctx := context.Background()
			client := dial(t, n.HTTPURL())

			key := n.Key(t)
			to := common.Address{0xde, 0xad, 0xbe, 0xef}
			amount := big.NewInt(1_234_567)
			receipt := transfer(t, client, n.ChainID(), key, to, amount)
			head, err := client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if head.Number.Cmp(receipt.BlockNumber) < 0 {
				t.Fatalf("head %d is below the transfer's block %d", head.Number, receipt.BlockNumber)
			}
			from := crypto.PubkeyToAddress(key.PublicKey)
			fromBalance := balance(t, client, from)
			httpURL, wsURL := n.HTTPURL(), n.WSURL()

			n.Restart(t)

			if n.HTTPURL() != httpURL || n.WSURL() != wsURL {
				t.Errorf("endpoints moved on restart: %s %s, were %s %s", n.HTTPURL(), n.WSURL(), httpURL, wsURL)
			}
			if got, want := n.ChainID(), c.chainID; got != want {
				t.Errorf("ChainID() after restart = %d, want %d", got, want)
			}
			after, err := client.HeaderByNumber(ctx, head.Number)
			if err != nil {
				t.Fatalf("block %d after restart: %v", head.Number, err)
			}
			if got, want := after.Hash(), head.Hash(); got != want {
				t.Errorf("block %d after restart is %s, was %s", head.Number, got, want)
			}
			if got, want := balance(t, client, to), amount; got.Cmp(want) != 0 {
				t.Errorf("balance of %s after restart = %s, want %s", to, got, want)
			}
			if got, want := balance(t, client, from), fromBalance; got.Cmp(want) != 0 {
				t.Errorf("balance of %s after restart = %s, want %s", from, got, want)
			}

			// The restarted node mines on top of the old chain, and answers on WS too.
			again := transfer(t, client, n.ChainID(), key, to, amount)
			if again.BlockNumber.Cmp(head.Number) <= 0 {
				t.Errorf("a transfer after restart was mined in block %d, not above %d", again.BlockNumber, head.Number)
			}
			ws := dial(t, n.WSURL())
			if id, err := ws.ChainID(ctx); err != nil || id.Uint64() != c.chainID {
				t.Errorf("chain id over %s = %v, %v; want %d", n.WSURL(), id, err, c.chainID)
			}

			// At once again: geth serves RPC before it handles SIGTERM, so this stop may be a
			// kill, which its datadir must survive.
			n.Restart(t)
			if got, err := client.BlockNumber(ctx); err != nil || got < again.BlockNumber.Uint64() {
				t.Errorf("block number after a quick restart = %d, %v; want at least %d", got, err, again.BlockNumber)
			}
		})
	}
}

// TestBlockTime: with a block time, the node mines empty blocks on its own.
func TestBlockTime(t *testing.T) {
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			n := c.start(t, ethnode.Options{BlockTime: time.Second})
			client := dial(t, n.HTTPURL())
			ctx := context.Background()
			first, err := client.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				got, err := client.BlockNumber(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if got >= first+2 {
					return
				}
				if time.Now().After(deadline) {
					t.Fatalf("block number went from %d to %d in 10 s with a 1 s block time", first, got)
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
}

// TestStop: a stopped node no longer answers; Restart brings it back with its chain.
func TestStop(t *testing.T) {
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			n := c.start(t, ethnode.Options{})
			client := dial(t, n.HTTPURL())
			ctx := context.Background()
			key := n.Key(t)
			want := balance(t, client, crypto.PubkeyToAddress(key.PublicKey))

			n.Stop(t)
			n.Stop(t) // a no-op
			if _, err := client.BlockNumber(ctx); err == nil {
				t.Fatal("a stopped node answered eth_blockNumber")
			}

			n.Restart(t)
			if got := balance(t, client, crypto.PubkeyToAddress(key.PublicKey)); got.Cmp(want) != 0 {
				t.Errorf("balance after stop and restart = %s, want %s", got, want)
			}
		})
	}
}

func dial(tb testing.TB, url string) *ethclient.Client {
	tb.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.Close)
	return c
}

func balance(tb testing.TB, c *ethclient.Client, a common.Address) *big.Int {
	tb.Helper()
	b, err := c.BalanceAt(context.Background(), a, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// transfer signs a transfer locally, as pedigree does, and waits for its receipt.
func transfer(tb testing.TB, c *ethclient.Client, chainID uint64, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) *types.Receipt {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		tb.Fatal(err)
	}
	price, err := c.SuggestGasPrice(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: wei})
	if err != nil {
		tb.Fatal(err)
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	tx := types.MustSignNewTx(key, signer, &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Value: wei})
	if err := c.SendTransaction(ctx, tx); err != nil {
		tb.Fatal(err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				tb.Fatalf("transfer %s failed", tx.Hash())
			}
			return r
		}
		// Not found yet, or (geth) "transaction indexing is in progress": ask again.
		select {
		case <-ctx.Done():
			tb.Fatalf("transfer %s not mined: %v (last lookup: %v)", tx.Hash(), ctx.Err(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}
