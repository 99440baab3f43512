package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
)

// chainFlags are the flags of the commands that run the embedded chain.
type chainFlags struct {
	dataDir  string
	rpcHost  string
	rpcPort  int
	logLevel string
}

func (f *chainFlags) register(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
}) {
	fs.StringVar(&f.dataDir, "data", ".pedigree", "directory for the chain, the keys and the demo state")
	fs.StringVar(&f.rpcHost, "rpc-host", devchain.DefaultHTTPHost, "interface for the chain's JSON-RPC (HTTP and WebSocket)")
	fs.IntVar(&f.rpcPort, "rpc-port", devchain.DefaultHTTPPort, "port for the chain's JSON-RPC; 0 picks a free one")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn or error")
}

func (f *chainFlags) logger(stderr io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(f.logLevel)); err != nil {
		return nil, usageError{fmt.Sprintf("-log-level: %q is not debug, info, warn or error", f.logLevel)}
	}
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})), nil
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
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := f.logger(stderr)
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
	fs := newFlags("dev", "Runs pedigree on its embedded defaults: the embedded chain with data under DATA,\npedigree's contract deployed once, and four demo organisations registered on it.\nA second start reuses the same state.", stderr)
	f.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := f.logger(stderr)
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

	var b strings.Builder
	fmt.Fprintf(&b, "pedigree dev is ready\n")
	fmt.Fprintf(&b, "  chain      %d, JSON-RPC %s (WebSocket %s)\n", c.ChainID(), c.HTTPEndpoint(), c.WSEndpoint())
	fmt.Fprintf(&b, "  contract   %s (deployed in block %d)\n", contract.Address, env.State.DeployBlock)
	for _, o := range demo.Orgs {
		fmt.Fprintf(&b, "  %-12s %s  %s, GLN %013d\n", o.Key, env.State.Accounts[o.Key], o.Name, o.GLN)
	}
	fmt.Fprintf(&b, "  data       %s (Ctrl-C to stop)\n", f.dataDir)
	fmt.Fprint(stdout, b.String())

	<-ctx.Done()
	log.Info("stopping")
	return c.Close()
}
