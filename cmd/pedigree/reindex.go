package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

func runReindex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f baseFlags
	var rpcURL, contractHex string
	var deployBlock, confirmations uint64
	fs := newFlags("reindex", `Rebuilds the projection of the contract in the database from the chain, from the
contract's deployment block. The new projection is built beside the live one and swapped in
in one transaction, so a service may run and serve meanwhile: its readers see the old
projection until the swap and the new one after it, and its indexer carries on from there.

Without -rpc-url it reads the embedded chain in DATA/chain (or, while 'pedigree dev' runs,
that process's JSON-RPC), and without -contract the contract of the demo environment.
The database is DATABASE_URL, or without it the private cluster in DATA/pg.`, stderr)
	f.register(fs)
	fs.StringVar(&rpcURL, "rpc-url", getenv("PEDIGREE_RPC_URL"), "JSON-RPC endpoint of a node (default $PEDIGREE_RPC_URL)")
	fs.StringVar(&contractHex, "contract", getenv("PEDIGREE_CONTRACT"), "address of pedigree's contract (default $PEDIGREE_CONTRACT)")
	fs.Uint64Var(&deployBlock, "deploy-block", 0, "the contract's deployment block; 0 finds it on the chain (needs an archive node)")
	fs.Uint64Var(&confirmations, "confirmations", 0, "index only blocks with this many blocks on top of them")
	log, err := f.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	if contractHex != "" && !common.IsHexAddress(contractHex) {
		return usageError{fmt.Sprintf("-contract: %q is not an address (0x and 40 hex digits)", contractHex)}
	}

	backend, closeChain, err := openChain(ctx, f.dataDir, rpcURL, getenv, log)
	if err != nil {
		return err
	}
	defer closeChain()

	var contract common.Address
	if contractHex != "" {
		contract = common.HexToAddress(contractHex)
	} else {
		env, err := demo.Open(f.dataDir, getenv)
		if err != nil {
			return err
		}
		if env.State.Contract == (common.Address{}) {
			return usageError{fmt.Sprintf("no contract: pass -contract, or run 'pedigree dev' once to deploy the demo one in %s", f.dataDir)}
		}
		contract, deployBlock = env.State.Contract, env.State.DeployBlock
	}
	if deployBlock == 0 {
		if deployBlock, err = chain.DeployBlock(ctx, backend, contract); err != nil {
			return fmt.Errorf("find the deployment block of %s: %w", contract, err)
		}
	}

	// Not own: while 'pedigree dev' runs, its PostgreSQL is reused and left running.
	db, err := openDatabase(ctx, f.dataDir, false, getenv, log)
	if err != nil {
		return err
	}
	defer db.close()
	// The new projection is built beside the live one, which readers and a running service's
	// indexer go on using, and swapped in at the end in one transaction.
	rebuild, err := postgres.NewRebuild(ctx, db.pool)
	if err != nil {
		return err
	}
	defer func() {
		if err := rebuild.Close(); err != nil {
			log.Warn("reindex: the new projection was left behind", "err", err)
		}
	}()
	started, last := time.Now(), time.Now()
	ix := indexer.New(backend, rebuild, indexer.Config{
		Contract: contract, DeployBlock: deployBlock, Confirmations: confirmations, Logger: log,
		Progress: func(cursor, target uint64) {
			if time.Since(last) > time.Second {
				last = time.Now()
				fmt.Fprintf(stderr, "reindex: block %d of %d (%.0f%%)\n", cursor, target,
					100*float64(cursor-deployBlock+1)/float64(target-deployBlock+1))
			}
		},
	})
	built, err := ix.Sync(ctx)
	if err != nil {
		return fmt.Errorf("rebuild the projection: %w", err)
	}
	fmt.Fprintf(stderr, "reindex: built the new projection up to block %d in %s; swapping it in\n",
		built.Number, time.Since(started).Round(time.Millisecond))
	swapped, err := rebuild.Swap(ctx, func(ctx context.Context, live pedigree.BlockRef) error {
		// A running service's indexer is ahead: index the blocks it has.
		cursor, err := ix.Sync(ctx)
		if err == nil && cursor.Number < live.Number {
			err = fmt.Errorf("the live projection is at block %d, past the %d confirmed blocks: pass the service's -confirmations", live.Number, cursor.Number)
		}
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "reindex: %s\n", describeSwap(swapped))
	var events int64
	if err := db.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM custody_events) + (SELECT count(*) FROM recalls) +
		(SELECT count(*) FROM pack_states) + (SELECT count(*) FROM participants)`).Scan(&events); err != nil {
		return fmt.Errorf("count the projection: %w", err)
	}
	fmt.Fprintf(stdout, "rebuilt the projection of %s from block %d to %d in %s: %d rows (%s)\n",
		contract, deployBlock, swapped.New.Number, time.Since(started).Round(time.Millisecond), events, db.where)
	return nil
}

// describeSwap says what a swap did, for people.
func describeSwap(s postgres.Swapped) string {
	var changed []string
	for table, n := range s.Changed {
		changed = append(changed, fmt.Sprintf("%s %d", table, n))
	}
	slices.Sort(changed)
	where := ""
	if len(changed) > 0 {
		where = " (" + strings.Join(changed, ", ") + ")"
	}
	before := fmt.Sprintf("the live projection was at %d", s.Live.Number)
	if s.Fresh {
		before = "there was no projection"
	}
	return fmt.Sprintf("swapped in at block %d (%s): %d rows removed, %d added%s; the live indexer paused %s",
		s.New.Number, before, s.Deleted, s.Inserted, where, s.Paused.Round(time.Millisecond))
}

// openChain connects to rpcURL, or without it to the embedded chain in DATA/chain: opened
// here, or, while 'pedigree dev' holds it, through that process's JSON-RPC.
func openChain(ctx context.Context, dataDir, rpcURL string, getenv func(string) string, log *slog.Logger) (chain.Backend, func(), error) {
	if rpcURL != "" {
		c, err := ethclient.DialContext(ctx, rpcURL)
		if err != nil {
			return nil, nil, fmt.Errorf("connect to %s: %w", rpcURL, err)
		}
		return c, c.Close, nil
	}
	c, err := devchain.Start(ctx, devchain.Config{DataDir: filepath.Join(dataDir, "chain"), HTTPPort: 0, Logger: log})
	if err == nil {
		return c.Direct(), func() { c.Close() }, nil
	}
	if !errors.Is(err, node.ErrDatadirUsed) {
		return nil, nil, err
	}
	env, envErr := demo.Open(dataDir, getenv)
	if envErr != nil || env.State.RPC == "" {
		return nil, nil, fmt.Errorf("%w; pass -rpc-url to read it through the running node", err)
	}
	client, dialErr := ethclient.DialContext(ctx, env.State.RPC)
	if dialErr != nil {
		return nil, nil, fmt.Errorf("%w; and its JSON-RPC %s does not answer: %v", err, env.State.RPC, dialErr)
	}
	log.Info("the embedded chain is in use; reading it through its JSON-RPC", "rpc", env.State.RPC)
	return client, client.Close, nil
}
