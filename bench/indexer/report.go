package indexbench

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/pedigree-rx/pedigree/bench/kit"
)

// report is everything the run measured.
type report struct {
	machine  kit.Machine
	opts     Options
	workload *workload
	scratch  []*scratchResult
	baseline baselineResult
	// baselineRows is the same COPY of as many rows as the projection wrote.
	baselineRows baselineResult
	decode       decodeResult
	lag          *lagResult
	geth         *scratchResult // the same index from scratch over JSON-RPC from a geth process
	jsonInProc   *scratchResult // and through the embedded node's in-process JSON-RPC client
	gethSetup    time.Duration
	gethErr      error
}

func (r *report) print(out io.Writer) {
	w := r.workload
	m := r.machine
	p := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	tab := func() *tabwriter.Writer { return tabwriter.NewWriter(out, 0, 0, 2, ' ', 0) }

	p("pedigree indexer benchmark")
	p("")
	p("Machine")
	cpu := m.CPU()
	if m.LoadAvg != "" {
		cpu += "; load average " + m.LoadAvg + " as the run began (a shared machine: compare figures within a run)"
	}
	p("  CPUs         %s", cpu)
	p("  Go           %s", m.GoVersion)
	p("  PostgreSQL   %s", m.Postgres)
	p("  server       %s; %s", m.Server, m.Settings)

	p("")
	p("Phase 1: events on the simulated chain (Osaka rules; not scored)")
	p("  lots          %s of %d packs, %.2f started per block, each telling the demo story (demo.Story) an act a block, for up to %d blocks",
		kit.Thousands(w.lots), lotPacks, r.opts.LotsPerBlock, w.lotActs)
	p("  blocks        %s (deployment block %d to head %d; %d extra for transactions the pool had not yet made minable)",
		kit.Thousands(int(w.blocks())), w.deployBlock, w.head, w.stragglers)
	p("  transactions  %s (%.1f per block)", kit.Thousands(w.txs), float64(w.txs)/float64(w.blocks()))
	p("  logs          %s of the contract, mints' Transfers included", kit.Thousands(w.counts.Logs))
	p("  events        %s the projection's (chain.DecodeEvent ok):", kit.Thousands(w.counts.Events))
	t := tab()
	for _, k := range eventKinds {
		fmt.Fprintf(t, "    %s\t%s\n", k, kit.Thousands(w.counts.ByKind[k]))
	}
	t.Flush()
	p("  pack rows     %s (packs named by PackStatesChanged and PackStatesReverted)", kit.Thousands(w.counts.PackRows))
	p("  took          %.1f s; then the chain opened as the embedded node (devchain.Start), its log index built in %.1f s", w.took.Seconds(), w.logIndex.Seconds())

	p("")
	p("Phase 2: index from scratch (fresh migrated database, one indexer.Sync), reading the chain as the embedded node (devchain.Direct)")
	t = tab()
	fmt.Fprintf(t, "  MaxRange\tranges\tseconds\tevents/s\tblocks/s\trows written\trows/s\n")
	for _, s := range r.scratch {
		sec := s.took.Seconds()
		fmt.Fprintf(t, "  %d\t%d\t%.3f\t%s\t%s\t%s\t%s\n", s.maxRange, s.ranges, sec,
			kit.Thousands(int(float64(w.counts.Events)/sec)), kit.Thousands(int(float64(w.blocks())/sec)),
			kit.Thousands(int(s.totalRows())), kit.Thousands(int(float64(s.totalRows())/sec)))
	}
	t.Flush()
	head := r.scratch[0]
	p("  %s (the first)", head.cpu)
	p("  rows written per table (MaxRange %d):", head.maxRange)
	t = tab()
	for _, tb := range projectionTables {
		fmt.Fprintf(t, "    %s\t%s\n", tb, kit.Thousands(int(head.rows[tb])))
	}
	t.Flush()
	r.printBreakdown(out, head)

	p("")
	p("Phase 3: baseline, in the same database")
	bsec := r.baseline.took.Seconds()
	baseRate := float64(r.baseline.rows) / bsec
	evRate := float64(w.counts.Events) / head.took.Seconds()
	p("  COPY of %s rows (bytea(32), bigint, integer, timestamptz, text) into an unindexed table: %.3f s, %s rows/s",
		kit.Thousands(r.baseline.rows), bsec, kit.Thousands(int(baseRate)))
	p("  ratio indexer/baseline: %.3f (indexer %s events/s, baseline %s rows/s; the baseline is %.1fx faster)",
		evRate/baseRate, kit.Thousands(int(evRate)), kit.Thousands(int(baseRate)), baseRate/evRate)
	rsec := r.baselineRows.took.Seconds()
	rowRate := float64(head.totalRows()) / head.took.Seconds()
	p("  the same COPY of %s rows, as many as the projection wrote: %.3f s, %s rows/s; indexer rows/s over it: %.3f",
		kit.Thousands(r.baselineRows.rows), rsec, kit.Thousands(int(float64(r.baselineRows.rows)/rsec)), rowRate/(float64(r.baselineRows.rows)/rsec))

	if j := r.jsonInProc; j != nil {
		rate := float64(w.counts.Events) / j.took.Seconds()
		p("")
		p("Phase 2a: the same index from scratch through the embedded node's in-process JSON-RPC client (logs encoded to JSON and back)")
		p("  MaxRange %d: %.3f s, %s events/s; ratio to the baseline COPY %.3f; %s", j.maxRange, j.took.Seconds(), kit.Thousands(int(rate)), rate/baseRate, j.cpu)
	}
	var gethRate float64
	if g := r.geth; g != nil {
		gethRate = float64(w.counts.Events) / g.took.Seconds()
		p("")
		p("Phase 2b: index from scratch over HTTP JSON-RPC from a geth process (%s) serving the same chain", r.opts.Geth)
		p("  (geth init with the simulated chain's genesis, geth import of its blocks, then geth serving them: %.1f s, not scored)", r.gethSetup.Seconds())
		p("  MaxRange %d: %.3f s, %s events/s, %s blocks/s; ratio to the baseline COPY %.3f; %s",
			g.maxRange, g.took.Seconds(), kit.Thousands(int(gethRate)), kit.Thousands(int(float64(w.blocks())/g.took.Seconds())), gethRate/baseRate, g.cpu)
		r.printBreakdown(out, g)
	}

	if r.lag != nil {
		l := r.lag
		p("")
		p("Phase 4: lag on the embedded chain (the service app.New builds, indexing with Run; Confirmations 0, the node read directly as pedigree dev reads it)")
		p("  %d registerBatch transactions, one at a time, in %d blocks; PostgreSQL polled every %s", len(l.fromMined), l.blocks, lagPoll)
		t = tab()
		fmt.Fprintf(t, "  \tp50\tp90\tp99\tmax\n")
		for _, row := range []struct {
			name string
			ds   []time.Duration
		}{
			{"receipt (Sender.Wait returned) -> row visible", l.fromMined},
			{"sent (Sender.Send returned) -> row visible", l.fromSent},
			{"sent -> receipt (mining)", l.mining},
		} {
			fmt.Fprintf(t, "  %s\t%s\t%s\t%s\t%s\n", row.name, ms(kit.Percentile(row.ds, 50)), ms(kit.Percentile(row.ds, 90)),
				ms(kit.Percentile(row.ds, 99)), ms(kit.Percentile(row.ds, 100)))
		}
		t.Flush()
	}

	p("")
	p("Summary")
	t = tab()
	fmt.Fprintf(t, "  figure\tmeasured\ttarget\tresult\n")
	fmt.Fprintf(t, "  events/s, index from scratch in process (MaxRange %d)\t%s\t>= %s\t%s\n", head.maxRange, kit.Thousands(int(evRate)),
		kit.Thousands(TargetEventsPerSecond), kit.PassMiss(evRate >= TargetEventsPerSecond))
	fmt.Fprintf(t, "    its ratio to the baseline COPY (%s rows/s, same run)\t%.3f\t\t\n", kit.Thousands(int(baseRate)), evRate/baseRate)
	if r.gethErr != nil {
		fmt.Fprintf(t, "  events/s, index from scratch over JSON-RPC from geth\t-\t>= %s\tMISS (%v)\n", kit.Thousands(TargetGethEventsPerSecond), r.gethErr)
	}
	if r.geth != nil {
		fmt.Fprintf(t, "  events/s, index from scratch over JSON-RPC from geth\t%s\t>= %s\t%s\n", kit.Thousands(int(gethRate)),
			kit.Thousands(TargetGethEventsPerSecond), kit.PassMiss(gethRate >= TargetGethEventsPerSecond))
		fmt.Fprintf(t, "    its ratio to the baseline COPY\t%.3f\t\t\n", gethRate/baseRate)
	}
	if r.lag != nil {
		p99 := kit.Percentile(r.lag.fromMined, 99)
		fmt.Fprintf(t, "  lag p99, receipt -> visible in PostgreSQL\t%s\t<= %s\t%s\n", ms(p99), ms(TargetLagP99), kit.PassMiss(p99 <= TargetLagP99))
		fmt.Fprintf(t, "  lag p50\t%s\t\t\n", ms(kit.Percentile(r.lag.fromMined, 50)))
	}
	fmt.Fprintf(t, "  blocks/s, index from scratch\t%s\t\t\n", kit.Thousands(int(float64(w.blocks())/head.took.Seconds())))
	fmt.Fprintf(t, "  COPY baseline rows/s\t%s\t\t\n", kit.Thousands(int(baseRate)))
	fmt.Fprintf(t, "  ratio indexer/baseline\t%.3f\t\t\n", evRate/baseRate)
	t.Flush()
}

// printBreakdown says where an index from scratch spent its time.
func (r *report) printBreakdown(out io.Writer, s *scratchResult) {
	total := s.took
	pct := func(d time.Duration) string { return fmt.Sprintf("%.1f%%", 100*d.Seconds()/total.Seconds()) }
	var sqlTotal time.Duration
	for _, l := range s.sqlLabels {
		sqlTotal += s.sql[l].Took
	}
	fmt.Fprintf(out, "  where the time went (MaxRange %d, %.3f s; wall clock in this process, SQL as the client waited for it;\n", s.maxRange, total.Seconds())
	fmt.Fprintf(out, "  the node is read ahead on other goroutines while a range is written, so the node's and the projection's shares overlap):\n")
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, n int, d time.Duration) {
		fmt.Fprintf(t, "    %s\t%d\t%.3f s\t%s\t\n", name, n, d.Seconds(), pct(d))
	}
	fmt.Fprintf(t, "    \tcalls\ttime\tshare\t\n")
	row("node, summed over the reading goroutines: FilterLogs (eth_getLogs)", s.filterLogs.N, s.filterLogs.Took)
	row("node, summed over the reading goroutines: HeaderByNumber", s.headers.N, s.headers.Took)
	row("node: ChainID", s.other.N, s.other.Took)
	row("projection: State and Init", s.state.N, s.state.Took)
	row("projection: Apply", s.apply.N, s.apply.Took)
	for _, l := range s.sqlLabels {
		st := s.sql[l]
		row("  SQL "+l, st.N, st.Took)
	}
	row("  Apply outside SQL (events applied in memory)", 0, s.apply.Took+s.state.Took-sqlTotal)
	// The writing goroutine's time not in the projection: waiting for the chunks read ahead
	// (their logs, headers and decoding), and its checks.
	rest := total - s.other.Took - s.state.Took - s.apply.Took
	row("indexer: waiting for the reads ahead (logs, headers, decoding), checks", 0, rest)
	t.Flush()
	d := r.decode
	fmt.Fprintf(out, "  measured apart: chain.DecodeEvent on all %s logs %.3f s (%.1f µs a log); one FilterLogs over all %s blocks %.3f s\n",
		kit.Thousands(d.logs), d.took.Seconds(), float64(d.took.Microseconds())/float64(max(d.logs, 1)), kit.Thousands(int(r.workload.blocks())), d.filterAll.Seconds())
}

// ms formats d in milliseconds, to a tenth.
func ms(d time.Duration) string { return kit.Millis(d, 1) }
