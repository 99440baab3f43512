package indexbench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// lagPoll is how often the lag phase asks PostgreSQL whether a transaction's effect is there.
const lagPoll = time.Millisecond

// lagResult is the lag phase's measurements, one per transaction.
type lagResult struct {
	fromMined []time.Duration // from Sender.Wait returning the receipt to the effect being visible
	fromSent  []time.Duration // from Sender.Send returning (the node has the transaction) to the same
	mining    []time.Duration // from Send returning to Wait returning
	blocks    uint64          // blocks the lag phase's transactions were mined in
}

// measureLag starts the embedded dev chain, deploys the contract, runs the service (app.New)
// over a fresh database, which indexes, and sends n batch registrations one after another,
// each waiting for the last to be visible in PostgreSQL.
func measureLag(ctx context.Context, srv *kit.Server, n int, progress io.Writer) (*lagResult, error) {
	dir, err := os.MkdirTemp("", "benchindexer-chain-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	regKey, err1 := crypto.GenerateKey()
	manKey, err2 := crypto.GenerateKey()
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("generate keys: %v %v", err1, err2)
	}
	rich := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{regKey, manKey} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: rich}
	}
	dev, err := devchain.Start(ctx, devchain.Config{DataDir: dir, Alloc: alloc})
	if err != nil {
		return nil, err
	}
	defer dev.Close()
	client := dev.Client()
	regAddr, regSign := chain.KeySigner(regKey, dev.ChainID())
	manAddr, manSign := chain.KeySigner(manKey, dev.ChainID())
	reg, man := chain.NewSender(client, regAddr, regSign), chain.NewSender(client, manAddr, manSign)
	contract, receipt, err := chain.Deploy(ctx, reg, kit.GLNRegulator)
	if err != nil {
		return nil, err
	}
	deployBlock := receipt.BlockNumber.Uint64()
	c := chain.NewContract(client, contract)
	if _, err := c.RegisterParticipant(ctx, reg, manAddr, pedigree.RoleManufacturer, kit.GLNManufacturer); err != nil {
		return nil, err
	}
	if _, err := c.AssignPrefix(ctx, reg, gtin14[1:8], manAddr); err != nil {
		return nil, err
	}

	u, err := srv.NewDatabase(ctx)
	if err != nil {
		return nil, err
	}
	ixPool, err := kit.OpenPool(ctx, u, 0, nil)
	if err != nil {
		return nil, err
	}
	defer ixPool.Close()
	pollPool, err := kit.OpenPool(ctx, u, 0, nil)
	if err != nil {
		return nil, err
	}
	defer pollPool.Close()
	// The indexer as the service runs it: app.New's, taking the indexer lock and following
	// the chain's heads.
	svc, err := app.New(ctx, app.Config{
		Backend: dev.Direct(), Contract: contract, DeployBlock: deployBlock, Pool: ixPool, // as pedigree dev builds it
		Logger: slog.New(slog.NewTextHandler(progress, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		return nil, err
	}
	defer svc.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	defer func() {
		stop()
		<-done
	}()

	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := waitFor(ctx, 30*time.Second, func() (bool, error) {
		var cursor int64
		err := pollPool.QueryRow(ctx, `SELECT coalesce(max(block_number), -1) FROM indexer_state`).Scan(&cursor)
		return cursor >= head.Number.Int64(), err
	}); err != nil {
		return nil, fmt.Errorf("the indexer did not catch up with the new chain: %w", err)
	}

	expiry := uint16(head.Time/86400) + 365
	binding := chain.NewPedigree()
	r := &lagResult{}
	var first, last uint64
	for i := range n {
		lot := fmt.Sprintf("LAG%06d", i)
		id := pedigree.TokenIDFromBig(chain.BatchID(gtin, lot))
		data := binding.PackRegisterBatch(gtin, lot, expiry, big.NewInt(lotPacks),
			crypto.Keccak256Hash([]byte("serials "+lot)), crypto.Keccak256Hash([]byte("sorted serials "+lot)), crypto.Keccak256Hash([]byte("master data")))
		tx, err := man.Send(ctx, &contract, data)
		if err != nil {
			return nil, err
		}
		sent := time.Now()
		rc, err := man.Wait(ctx, tx)
		if err != nil {
			return nil, err
		}
		mined := time.Now()
		var visible time.Time
		if err := waitFor(ctx, 10*time.Second, func() (bool, error) {
			var ok bool
			err := pollPool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM batches WHERE batch_id = $1 AND superseded_at IS NULL)`, id[:]).Scan(&ok)
			visible = time.Now()
			return ok, err
		}); err != nil {
			return nil, fmt.Errorf("batch %s (block %d) never showed in PostgreSQL: %w", lot, rc.BlockNumber, err)
		}
		r.fromMined = append(r.fromMined, visible.Sub(mined))
		r.fromSent = append(r.fromSent, visible.Sub(sent))
		r.mining = append(r.mining, mined.Sub(sent))
		if i == 0 {
			first = rc.BlockNumber.Uint64()
		}
		last = rc.BlockNumber.Uint64()
		if (i+1)%50 == 0 {
			fmt.Fprintf(progress, "  %d of %d transactions\n", i+1, n)
		}
	}
	r.blocks = last - first + 1
	return r, nil
}

// waitFor calls cond every lagPoll until it reports true, fails, or timeout passes.
func waitFor(ctx context.Context, timeout time.Duration, cond func() (bool, error)) error {
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("gave up after %s", timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(lagPoll):
		}
	}
}
