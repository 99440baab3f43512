// Package indexbench is `make bench-indexer`: it measures the indexer against the targets
// and prints the figures beside them.
//
// It runs four phases in one process:
//
//  1. Generate: on a simulated chain (Osaka rules) with pedigree's contract and a cast of
//     participants, drive lots of packs through the demo story (demo.Story, written out as
//     calldata: registration, splits, shipments accepted and cancelled, pack states set and
//     undone, recalls) until the chain holds the requested number of events. A new lot starts
//     every few blocks and every lot takes one act of its story per block, signed and sent
//     without waiting, so a block mixes every kind of transaction. Not scored.
//  2. Index from scratch: a fresh migrated database, one indexer.Sync over the whole chain,
//     timed, with where the time went (node, decoding, SQL statement by statement).
//  3. Baseline: COPY of as many rows as there are events into an unindexed table of the same
//     database, and the ratio of the two.
//  4. Lag: on the embedded dev chain (a block per transaction), the service as app.New builds
//     it follows the chain (its Run) while transactions are sent one at a time; for each, the
//     time from its receipt to its effect being visible in PostgreSQL.
//
// Phase 2 times the indexer itself (indexer.New over timed wrappers of the node and the
// projection): the one piece the benchmark builds, because it measures it from inside.
//
// It never asserts timing: it prints, and says PASS or MISS beside each target.
package indexbench

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/pedigree-rx/pedigree/bench/kit"
)

// Targets of the issue, on a 2-core machine.
const (
	TargetEventsPerSecond     = 15000 // from scratch, reading the simulated node in process
	TargetGethEventsPerSecond = 5000  // from scratch, over JSON-RPC from a geth process
	TargetLagP99              = 250 * time.Millisecond
)

// Options says what to measure.
type Options struct {
	Events       int      // make at least this many projection events (what chain.DecodeEvent keeps)
	LotsPerBlock float64  // new lots started per block; each lot then tells an act of its story per block
	MaxRanges    []uint64 // index from scratch once per value (indexer.Config.MaxRange); the first is scored
	LagTx        int      // transactions for the lag measurement; 0 skips it
	CPUProfile   string   // if set, write a CPU profile of the first index from scratch there
	Profile      string   // if set, CPU and allocations profiles of the first index from scratch (kit.StartProfiles)
	Geth         string   // a geth binary: also index from scratch over JSON-RPC from it; "" skips it

	// AdminURL is a connection string to a PostgreSQL server on which the benchmark may create
	// (and drop) databases of its own.
	AdminURL string
	// Server says where AdminURL points, for the report.
	Server string
	// Progress receives progress lines for the long steps.
	Progress io.Writer
}

// Run runs every phase and prints the report to out.
func Run(ctx context.Context, o Options, out io.Writer) error {
	if o.Events < 1 || o.LotsPerBlock <= 0 || len(o.MaxRanges) == 0 || o.LagTx < 0 {
		return fmt.Errorf("bench: invalid options %+v", o)
	}
	progress := o.Progress
	if progress == nil {
		progress = io.Discard
	}
	srv, err := kit.OpenServer(ctx, o.AdminURL, "benchindexer")
	if err != nil {
		return err
	}
	defer srv.Close(context.WithoutCancel(ctx))
	machine, err := srv.DescribeMachine(ctx, o.Server, "fsync", "synchronous_commit", "shared_buffers")
	if err != nil {
		return err
	}
	r := &report{machine: machine, opts: o}

	fmt.Fprintf(progress, "phase 1: making %d events on the simulated chain\n", o.Events)
	w, err := generate(ctx, o.Events, o.LotsPerBlock, progress)
	if err != nil {
		return fmt.Errorf("generate events: %w", err)
	}
	defer w.close()
	r.workload = w
	if err := w.reopen(ctx); err != nil {
		return err
	}

	for i, maxRange := range o.MaxRanges {
		fmt.Fprintf(progress, "phase 2: indexing %d blocks from scratch (MaxRange %d)\n", w.blocks(), maxRange)
		var stop func()
		if i == 0 && o.CPUProfile != "" {
			if stop, err = kit.StartCPUProfile(o.CPUProfile); err != nil {
				return err
			}
		}
		stopProfiles := func() error { return nil }
		if i == 0 {
			if stopProfiles, err = kit.StartProfiles(o.Profile); err != nil {
				return err
			}
		}
		res, err := indexFromScratch(ctx, srv, w, w.direct, maxRange)
		if stop != nil {
			stop()
		}
		if perr := stopProfiles(); err == nil {
			err = perr
		}
		if err != nil {
			return fmt.Errorf("index from scratch (MaxRange %d): %w", maxRange, err)
		}
		r.scratch = append(r.scratch, res)
		if i == 0 {
			fmt.Fprintf(progress, "phase 3: COPY of %d rows into an unindexed table\n", w.counts.Events)
			if r.baseline, err = copyBaseline(ctx, res.url, "bench_baseline", w.counts.Events); err != nil {
				return fmt.Errorf("baseline: %w", err)
			}
			if r.baselineRows, err = copyBaseline(ctx, res.url, "bench_baseline_rows", int(res.totalRows())); err != nil {
				return fmt.Errorf("baseline: %w", err)
			}
		}
	}
	if r.decode, err = measureDecode(ctx, w); err != nil {
		return err
	}
	fmt.Fprintf(progress, "phase 2a: the same, through the embedded node's in-process JSON-RPC client\n")
	if r.jsonInProc, err = indexFromScratch(ctx, srv, w, w.client, o.MaxRanges[0]); err != nil {
		return fmt.Errorf("index from scratch through the in-process JSON-RPC client: %w", err)
	}
	if o.Geth != "" {
		fmt.Fprintf(progress, "phase 2b: the same chain served by geth (%s), indexed from scratch over JSON-RPC\n", o.Geth)
		// A failure here is reported, not fatal: the other phases' figures still stand.
		if g, err := startGeth(ctx, o.Geth, w, w.genesis, progress); err != nil {
			r.gethErr = fmt.Errorf("geth: %w", err)
		} else {
			r.gethSetup = g.setup
			if r.geth, err = indexFromScratch(ctx, srv, w, g.client, o.MaxRanges[0]); err != nil {
				r.gethErr = fmt.Errorf("index from scratch over JSON-RPC: %w", err)
			}
			g.close()
		}
	}

	if o.LagTx > 0 {
		fmt.Fprintf(progress, "phase 4: lag over %d transactions on the embedded chain\n", o.LagTx)
		if r.lag, err = measureLag(ctx, srv, o.LagTx, progress); err != nil {
			return fmt.Errorf("lag: %w", err)
		}
	}
	r.print(out)
	return nil
}
