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
}

func (r *report) print(out io.Writer) {
	w := r.workload
	m := r.machine
	p := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	tab := func() *tabwriter.Writer { return tabwriter.NewWriter(out, 0, 0, 2, ' ', 0) }

	p("pedigree indexer benchmark")
	p("")
	p("Machine")
	p("  CPUs         %s", m.CPU())
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
	p("  took          %.1f s", w.took.Seconds())

	p("")
	p("Phase 2: index from scratch (fresh migrated database, one indexer.Sync)")
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

	if r.lag != nil {
		l := r.lag
		p("")
		p("Phase 4: lag on the embedded chain (the service app.New builds, indexing with Run; Confirmations 0, in-process client)")
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
	fmt.Fprintf(t, "  events/s, index from scratch (MaxRange %d)\t%s\t>= %s\t%s\n", head.maxRange, kit.Thousands(int(evRate)),
		kit.Thousands(TargetEventsPerSecond), kit.PassMiss(evRate >= TargetEventsPerSecond))
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
	fmt.Fprintf(out, "  where the time went (MaxRange %d, %.3f s; wall clock in this process, SQL as the client waited for it):\n", s.maxRange, total.Seconds())
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, n int, d time.Duration) {
		fmt.Fprintf(t, "    %s\t%d\t%.3f s\t%s\t\n", name, n, d.Seconds(), pct(d))
	}
	fmt.Fprintf(t, "    \tcalls\ttime\tshare\t\n")
	row("node: FilterLogs (eth_getLogs)", s.filterLogs.N, s.filterLogs.Took)
	row("node: HeaderByNumber", s.headers.N, s.headers.Took)
	row("node: ChainID", s.other.N, s.other.Took)
	row("projection: State and Init", s.state.N, s.state.Took)
	row("projection: Apply", s.apply.N, s.apply.Took)
	for _, l := range s.sqlLabels {
		st := s.sql[l]
		row("  SQL "+l, st.N, st.Took)
	}
	row("  Apply outside SQL (events applied in memory)", 0, s.apply.Took+s.state.Took-sqlTotal)
	rest := total - s.filterLogs.Took - s.headers.Took - s.other.Took - s.state.Took - s.apply.Took
	row("indexer: decoding and checks (the rest)", 0, rest)
	t.Flush()
	d := r.decode
	fmt.Fprintf(out, "  measured apart: chain.DecodeEvent on all %s logs %.3f s (%.1f µs a log); one FilterLogs over all %s blocks %.3f s\n",
		kit.Thousands(d.logs), d.took.Seconds(), float64(d.took.Microseconds())/float64(max(d.logs, 1)), kit.Thousands(int(r.workload.blocks())), d.filterAll.Seconds())
}

// ms formats d in milliseconds, to a tenth.
func ms(d time.Duration) string { return kit.Millis(d, 1) }
