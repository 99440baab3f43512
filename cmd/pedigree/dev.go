package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
)

// baseFlags are the flags every command that keeps state has.
type baseFlags struct {
	dataDir  string
	logLevel string
}

func (f *baseFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dataDir, "data", ".pedigree", "directory for the chain, the keys, the demo state and the private PostgreSQL cluster")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn or error")
}

// parse parses args into fs (with f registered on it) and returns the logger -log-level asks for.
func (f *baseFlags) parse(fs *flag.FlagSet, args []string, stderr io.Writer) (*slog.Logger, error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(f.logLevel)); err != nil {
		return nil, usageError{fmt.Sprintf("-log-level: %q is not debug, info, warn or error", f.logLevel)}
	}
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})), nil
}

// chainFlags are the flags of the commands that run the embedded chain.
type chainFlags struct {
	baseFlags
	rpcHost      string
	rpcPort      int
	httpAddr     string // dev only
	operatorAddr string // dev only
}

func (f *chainFlags) register(fs *flag.FlagSet) {
	f.baseFlags.register(fs)
	fs.StringVar(&f.rpcHost, "rpc-host", devchain.DefaultHTTPHost, "interface for the chain's JSON-RPC (HTTP and WebSocket)")
	fs.IntVar(&f.rpcPort, "rpc-port", devchain.DefaultHTTPPort, "port for the chain's JSON-RPC; 0 picks a free one")
}

// startChain opens the demo environment in the data dir (creating its keys on first use) and
// starts the embedded chain, its genesis funding the demo accounts.
func (f *chainFlags) startChain(ctx context.Context, getenv func(string) string, log *slog.Logger) (*demo.Env, *devchain.Chain, error) {
	env, err := demo.Open(f.dataDir, getenv)
	if err != nil {
		return nil, nil, err
	}
	c, err := devchain.Start(ctx, devchain.Config{
		DataDir:  filepath.Join(f.dataDir, "chain"),
		HTTPHost: f.rpcHost,
		HTTPPort: f.rpcPort,
		Alloc:    env.Alloc(),
		Logger:   log,
	})
	if err != nil {
		return nil, nil, err
	}
	return env, c, nil
}

func runChain(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f chainFlags
	fs := newFlags("chain", "Runs the embedded Ethereum dev chain alone (a block per transaction), until interrupted.\nIts data lives in DATA/chain; the demo accounts are funded at genesis.", stderr)
	f.register(fs)
	log, err := f.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	_, c, err := f.startChain(ctx, getenv, log)
	if err != nil {
		return err
	}
	defer c.Close()
	fmt.Fprintf(stdout, "embedded chain %d is running: JSON-RPC on %s and %s (Ctrl-C to stop)\n", c.ChainID(), c.HTTPEndpoint(), c.WSEndpoint())
	<-ctx.Done()
	log.Info("stopping the embedded chain")
	return c.Close()
}

func runDev(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f chainFlags
	fs := newFlags("dev", `Runs pedigree on its embedded defaults: the embedded chain with data under DATA,
pedigree's contract deployed once, four demo organisations registered on it, and the
projection of the contract kept up to date in PostgreSQL: DATABASE_URL, or without it a
private cluster in DATA/pg started and stopped with pedigree. A second start reuses the
same state.`, stderr)
	f.register(fs)
	fs.StringVar(&f.httpAddr, "http", "127.0.0.1:8080", "address for the web UI and the API (port 0 picks a free one)")
	fs.StringVar(&f.operatorAddr, "operator-http", "127.0.0.1:0", "address for /metrics, /healthz and /readyz, apart from the web UI (port 0 picks a free one)")
	log, err := f.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	env, c, err := f.startChain(ctx, getenv, log)
	if err != nil {
		return err
	}
	defer c.Close()

	client := c.Client()
	senders, err := env.Senders(ctx, client)
	if err != nil {
		return err
	}
	contract, err := env.Setup(ctx, client, senders, log)
	if err != nil {
		return err
	}
	env.State.RPC = c.HTTPEndpoint()
	if err := env.Save(); err != nil {
		return err
	}

	db, err := openDatabase(ctx, f.dataDir, true, getenv, log)
	if err != nil {
		return err
	}
	defer db.close()
	svc, err := app.New(ctx, app.Config{
		// The embedded node read directly: the indexer reads logs and headers without JSON.
		Backend:     c.Direct(),
		Contract:    contract.Address,
		DeployBlock: env.State.DeployBlock,
		Senders:     slices.Collect(maps.Values(senders)),
		Pool:        db.pool,
		Passphrase:  env.Passphrase(),
		// The demo keystore, so a regulator onboarding an organisation makes its key there.
		Keystore: filepath.Join(f.dataDir, "keys"),
		Logger:   log,
		// The embedded chain answers browsers: the verdict page suggests it for checking.
		PublicRPCURL: c.HTTPEndpoint(),
	})
	if err != nil {
		return err
	}
	defer svc.Close()
	if err := svc.Check(ctx); err != nil {
		return err
	}
	if _, err := svc.Sync(ctx); err != nil {
		return fmt.Errorf("index the contract: %w", err)
	}

	// The demo organisations, their API tokens, and a demo batch with a custody history.
	orgs, err := env.Organisations(ctx, svc.Organisations)
	if err != nil {
		return err
	}
	tokens, tokensPath, err := env.Tokens(ctx, orgs, svc.Tokens)
	if err != nil {
		return err
	}
	demoUsers, usersPath, err := env.Users(ctx, orgs, svc.Users)
	if err != nil {
		return err
	}
	demoBatch, err := env.SeedBatch(ctx, svc.Contract, svc.Registrar, svc.Batches.Serials, orgs, senders, time.Now())
	if err != nil {
		return err
	}
	cursor, err := svc.Sync(ctx)
	if err != nil {
		return fmt.Errorf("index the contract: %w", err)
	}
	runCtx, stopRun := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var runErr error
	wg.Go(func() { runErr = svc.Run(runCtx) })
	defer func() {
		stopRun()
		wg.Wait()
	}()

	web, err := serveHTTP(f.httpAddr, "-http", svc.Handler(), log)
	if err != nil {
		return err
	}
	defer web.stop()
	operator, err := serveHTTP(f.operatorAddr, "-operator-http", svc.OperatorHandler(), log)
	if err != nil {
		return err
	}
	defer operator.stop()

	samples, err := demoSamples(ctx, svc.Contract, svc.Batches, demoBatch)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "pedigree dev is ready\n")
	fmt.Fprintf(&b, "  web        %s\n", web.url)
	fmt.Fprintf(&b, "  operator   %s/metrics (and /healthz, /readyz)\n", operator.url)
	fmt.Fprintf(&b, "  chain      %d, JSON-RPC %s (WebSocket %s)\n", c.ChainID(), c.HTTPEndpoint(), c.WSEndpoint())
	fmt.Fprintf(&b, "  contract   %s (deployed in block %d)\n", contract.Address, env.State.DeployBlock)
	for _, o := range demo.Orgs {
		fmt.Fprintf(&b, "  %-12s %s  %s, GLN %013d\n", o.Key, env.State.Accounts[o.Key], o.Name, o.GLN)
	}
	fmt.Fprintf(&b, "  sign in    %s/login as (kept in %s):\n", web.url, usersPath)
	for _, o := range demo.Orgs {
		fmt.Fprintf(&b, "    %-12s %-36s password %s\n", o.Key, demoUsers[o.Key].Email, demoUsers[o.Key].Password)
	}
	fmt.Fprintf(&b, "  api tokens %s (%d organisations; send as Authorization: Bearer <token>)\n", tokensPath, len(tokens))
	fmt.Fprintf(&b, "  database   %s (schema %d; projection at block %d)\n", db.where, db.version, cursor.Number)
	fmt.Fprintf(&b, "  demo batch %s lot %s, %d packs; try:\n", demo.DemoGTIN, demo.DemoLot, demo.DemoQuantity)
	for _, sample := range samples {
		fmt.Fprintf(&b, "    %-36s %s%s\n", sample.what, web.url, sample.path)
	}
	fmt.Fprintf(&b, "    curl -s %s/api/v1/verify -H 'Content-Type: application/json' -d '{\"code\": \"%s\"}'\n", web.url, samples[0].bracketed)
	fmt.Fprintf(&b, "  data       %s (Ctrl-C to stop)\n", f.dataDir)
	fmt.Fprint(stdout, b.String())

	<-ctx.Done()
	log.Info("stopping")
	stopRun()
	wg.Wait()
	return runErr
}
