// Command benchindexer measures pedigree's indexer against the targets: events and
// blocks indexed per second from scratch, beside a bare COPY of as many rows, and the lag from
// a transaction mined on the embedded chain to its effect in PostgreSQL. `make bench-indexer`
// runs it; see bench/indexer for what each phase does.
//
// It needs a PostgreSQL server: DATABASE_URL (or TEST_DATABASE_URL) names one on which it may
// create and drop databases of its own; without either it starts a private cluster in a
// temporary directory and removes it at the end.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	indexbench "github.com/pedigree-rx/pedigree/bench/indexer"
	"github.com/pedigree-rx/pedigree/bench/kit"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchindexer: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchindexer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	events := fs.Int("events", 20_000, "make at least this many projection events on the simulated chain")
	lagTx := fs.Int("lag-tx", 200, "transactions for the lag measurement on the embedded chain (0 skips it)")
	lotsPerBlock := fs.Float64("lots-per-block", 0.75, "new lots started per block (each lot tells an act of the demo story a block, for up to 9 blocks)")
	maxRanges := fs.String("max-range", "2000", "indexer MaxRange; a comma-separated list indexes from scratch once per value, the first scored")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the first index from scratch to `file`")
	profile := fs.String("profile", "", "write CPU and allocations profiles of the first index from scratch to `prefix`.cpu, .allocs-start and .allocs")
	geth := fs.String("geth", "bin/geth", "a geth binary: also index the chain from scratch over JSON-RPC from it (\"\" skips it)")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *events < 1 || *lagTx < 0 || *lotsPerBlock <= 0 {
		return fmt.Errorf("-events must be positive, -lag-tx not negative, -lots-per-block positive")
	}
	var ranges []uint64
	for _, f := range strings.Split(*maxRanges, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil || n == 0 {
			return fmt.Errorf("-max-range: %q is not a positive number", f)
		}
		ranges = append(ranges, n)
	}

	opts := indexbench.Options{
		Events: *events, LotsPerBlock: *lotsPerBlock, MaxRanges: ranges, LagTx: *lagTx, CPUProfile: *cpuProfile, Profile: *profile, Geth: *geth,
		Progress: stderr,
	}
	var stop func()
	var err error
	if opts.AdminURL, opts.Server, stop, err = kit.ChooseServer(ctx, "benchindexer", getenv, stderr); err != nil {
		return err
	}
	defer stop()
	return indexbench.Run(ctx, opts, stdout)
}
