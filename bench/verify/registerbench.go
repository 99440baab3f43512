package verify

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Registration targets of the issue, on a 2-core machine: given serials, parse to confirmed.
const (
	TargetRegistration      = 1 * time.Second  // 100,000 serials
	TargetRegistrationLarge = 10 * time.Second // LargeSerials
	LargeSerials            = 1_000_000
	largeLot                = "BENCH-LARGE"
)

// registerMeasured registers serials as the batch lot, with a CPU and allocations profile
// of it when profile is set, then times a bare COPY of as many rows beside it.
func (w *world) registerMeasured(ctx context.Context, registrar pedigree.BatchService, stats *kit.Stats, pool *pgxpool.Pool,
	serials []string, lot string, expiry time.Time, profile string) (*batch, pedigree.NewBatch, registration, error) {
	stop, err := kit.StartProfiles(profile)
	if err != nil {
		return nil, pedigree.NewBatch{}, registration{}, err
	}
	b, nb, reg, err := w.register(ctx, registrar, stats, pool, serials, lot, expiry)
	if perr := stop(); err == nil {
		err = perr
	}
	if err != nil {
		return nil, nb, reg, err
	}
	reg.copyBaseline, err = copySerialsBaseline(ctx, pool, b, serials)
	return b, nb, reg, err
}

// registerLarge generates and registers a batch of n serials (generation not timed).
func (w *world) registerLarge(ctx context.Context, registrar pedigree.BatchService, stats *kit.Stats, pool *pgxpool.Pool, n int, expiry time.Time, profile string) (registration, error) {
	serials, err := chain.GenerateSerials(n)
	if err != nil {
		return registration{}, err
	}
	_, _, reg, err := w.registerMeasured(ctx, registrar, stats, pool, serials, largeLot, expiry, profile)
	return reg, err
}

// copySerialsBaseline copies the batch's serials rows, as Register writes them, into a new
// table with no key, no index and no trigger: what writing them costs PostgreSQL alone.
func copySerialsBaseline(ctx context.Context, pool *pgxpool.Pool, b *batch, serials []string) (time.Duration, error) {
	table := pgx.Identifier{"bench_serials_copy"}
	if _, err := pool.Exec(ctx, `CREATE TABLE `+table.Sanitize()+` (batch_id bytea, serial text, pack_index integer)`); err != nil {
		return 0, err
	}
	defer pool.Exec(context.WithoutCancel(ctx), `DROP TABLE `+table.Sanitize())
	id := b.id.FillBytes(make([]byte, 32))
	began := time.Now()
	n, err := pool.CopyFrom(ctx, table, []string{"batch_id", "serial", "pack_index"},
		pgx.CopyFromSlice(len(serials), func(i int) ([]any, error) { return []any{id, serials[i], int32(i)}, nil }))
	took := time.Since(began)
	if err != nil {
		return 0, err
	}
	if n != int64(len(serials)) {
		return 0, fmt.Errorf("COPY wrote %d rows, not %d", n, len(serials))
	}
	return took, nil
}

// printRegistrationSummary prints the registration lines of the summary: each figure, its
// target, the same run's bare COPY of as many rows, and the peak RSS.
func printRegistrationSummary(t *tabwriter.Writer, regs ...registration) {
	for _, g := range regs {
		if g.serials == 0 {
			continue
		}
		target, ok := TargetRegistration, g.serials <= 100_000
		if !ok {
			target = TargetRegistrationLarge
		}
		fmt.Fprintf(t, "  registration of %s given serials (parse to confirmed)\t%s\t<= %s\t%s\n", kit.Thousands(g.serials), sec(g.total()), sec(target),
			kit.PassMiss(g.total() <= target))
		fmt.Fprintf(t, "    baseline: bare COPY of as many rows; ratio registration/COPY\t%s; %.2f\t\t\n", sec(g.copyBaseline), g.total().Seconds()/g.copyBaseline.Seconds())
		fmt.Fprintf(t, "    peak RSS of the process since %s\t%.0f MB\t\t\n", g.peakSince, float64(g.peakRSS)/1e6)
		fmt.Fprintf(t, "    %s\t\t\t\n", g.cpu)
	}
}

// printRegistration prints where a registration's time went.
func printRegistration(out io.Writer, g registration) {
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	row := func(name string, d time.Duration) { fmt.Fprintf(t, "  %s\t%10s\n", name, ms(d)) }
	fmt.Fprintf(out, "\nRegistration of %s given serials, lot %s (the service's chain.Registrar.Register as the manufacturer; SQL as the pool saw it)\n", kit.Thousands(g.serials), g.lot)
	row(fmt.Sprintf("parse: JSON decode of the request body (%.1f MB) into a pedigree.NewBatch", float64(g.bodyBytes)/1e6), g.parse)
	row("Register, call to return", g.register)
	for _, k := range sqlNames(g.sql) {
		row(fmt.Sprintf("  store: %s (%d)", k, g.sql[k].N), g.sql[k].Took)
	}
	row(fmt.Sprintf("  store: %s (%d)", statAcquire, g.sql[statAcquire].N), g.sql[statAcquire].Took)
	row(fmt.Sprintf("  chain: EstimateGas (%d)", g.estimate.N), g.estimate.Took)
	row(fmt.Sprintf("  chain: gas tip, head, nonce (%d calls)", g.prepare.N), g.prepare.Took)
	row("  chain: SendTransaction into the node's pool", g.send.Took)
	row("  chain: mining the block (the simulated chain's Commit, which its auto-mining client runs in SendTransaction)", g.mine.Took)
	row(fmt.Sprintf("  chain: receipt (Sender.Wait, %d TransactionReceipt)", g.receipts.N), g.receipts.Took)
	rest := g.register - g.store() - g.estimate.Took - g.prepare.Took - g.send.Took - g.mine.Took - g.receipts.Took
	row("  the rest: validation, Merkle tree, hashing, signing (the Registrar's own work)", rest)
	row("measured apart: merkle.New over the same serials", g.tree)
	row("measured apart: bare COPY of as many rows into an unindexed table (the baseline)", g.copyBaseline)
	row("parse to mint sent (in the node's pool)", g.toSent)
	row("parse to confirmed (receipt, status recorded): the scored figure", g.total())
	t.Flush()
	fmt.Fprintf(out, "  peak RSS of the process since %s: %.0f MB; %s\n", g.peakSince, float64(g.peakRSS)/1e6, g.cpu)
}

// profileName is the profile prefix for a batch of n serials, "" without a prefix.
func profileName(prefix string, n int) string {
	if prefix == "" {
		return ""
	}
	return fmt.Sprintf("%s-%d", prefix, n)
}

// printRegistrationsOnly is the report of a run with Options.RegisterOnly.
func (r *report) printRegistrationsOnly(out io.Writer) {
	m := r.machine
	cpu := m.CPU()
	if m.LoadAvg != "" {
		cpu += "; load average " + m.LoadAvg + " as the run began"
	}
	fmt.Fprintf(out, "pedigree registration benchmark (-register-only)\n\nMachine\n  CPUs         %s\n  PostgreSQL   %s\n  server       %s; %s\n", cpu, m.Postgres, m.Server, m.Settings)
	printRegistration(out, r.reg)
	if r.large.serials > 0 {
		printRegistration(out, r.large)
	}
	fmt.Fprintf(out, "\nSummary\n")
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(t, "  figure\tmeasured\ttarget\tresult\n")
	printRegistrationSummary(t, r.reg, r.large)
	t.Flush()
}
