package verify

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pedigree-rx/pedigree/bench/kit"
)

// report is everything the run measured.
type report struct {
	opts      Options
	machine   kit.Machine
	poolConns int32

	chainSetup, generate time.Duration
	reg, large           registration
	batch                *batch
	custody, index       time.Duration
	blocks               uint64
	txs                  int
	first                time.Duration // the first verification: builds the batch's tree
	sampleEvents         int           // provenance events of a pharmacy's pack
	apart                apart

	serverStats, baselineStats *kit.Stats
	levels                     []*level

	scans, alerts           int64
	scansBytes, alertsBytes int64
	scale                   []scaleRow
}

func (r *report) errors() int {
	n := 0
	counted := map[*result]bool{}
	for _, l := range r.levels {
		n += l.verify.errors + l.baseline.errors
		counted[l.verify] = true
		if l.floor != nil {
			n += l.floor.errors
		}
	}
	for _, row := range r.scale {
		if row.res != nil && !counted[row.res] {
			n += row.res.errors
			counted[row.res] = true
		}
	}
	return n
}

func (r *report) print(out io.Writer) {
	m, o, g := r.machine, r.opts, r.reg
	p := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	tab := func() *tabwriter.Writer { return tabwriter.NewWriter(out, 0, 0, 2, ' ', 0) }
	n := kit.Thousands(o.Serials)

	p("pedigree verification benchmark")
	p("")
	p("Machine")
	cpu := m.CPU()
	if m.LoadAvg != "" {
		cpu += "; load average " + m.LoadAvg + " as the run began"
	}
	p("  CPUs         %s; the server, the load generator and PostgreSQL share them", cpu)
	p("  Go           %s", m.GoVersion)
	p("  PostgreSQL   %s", m.Postgres)
	p("  server       %s; %s", m.Server, m.Settings)
	conns := fmt.Sprintf("%d (postgres.PoolSize, max(8, 4 x GOMAXPROCS): what postgres.Open gives pedigree)", r.poolConns)
	if o.MaxConns > 0 {
		conns = fmt.Sprintf("%d (-max-conns)", r.poolConns)
	}
	p("  pools        the server's and the baseline's, MaxConns %s each", conns)

	p("")
	p("Set-up (not scored)")
	p("  chain        simulated, Osaka rules, a block per transaction (devchain.AutoMine); contract and %d participants in %s", participantCount, sec(r.chainSetup))
	p("  serials      %s generated with chain.GenerateSerials (%d characters) in %s", n, len(r.batch.serials[0]), sec(r.generate))
	p("  custody      the demo story (demo.Story), %d transactions in %s; at the end:", r.batch.script.Sent, sec(r.custody))
	for _, s := range r.batch.where() {
		p("                 %s", s)
	}
	p("  index        indexer.Sync of %d blocks (%d transactions) in %s", r.blocks, r.txs, sec(r.index))
	p("  first verification of the batch (builds its Merkle tree from the %s stored serials): %s", n, ms(r.first))

	printRegistration(out, g)
	if r.large.serials > 0 {
		printRegistration(out, r.large)
	}
	p("  The simulated chain mines the block as the mint is sent, so the receipt is there at once: on a")
	p("  real network Register waits up to Registrar.Wait for it, then answers \"pending\".")

	p("")
	p("Verification load: POST /api/v1/verify over loopback, net/http server and client in this process")
	p("  random packs of the %s; the bracketed form or a scanner's element string (]d2, GS) at random;", n)
	p("  %.0f%% with the pharmacy's API token, the rest anonymous; %s warm-up, then %s per concurrency", 100*o.AuthShare, o.Warmup, o.Duration)
	r.printRuns(out, func(l *level) *result { return l.verify })
	p("")
	p("Baseline: pgx primary-key SELECT of one random serial through a pgxpool, no HTTP, same concurrency and time")
	p("  %s", baselineSQL)
	r.printRuns(out, func(l *level) *result { return l.baseline })

	floor := len(r.levels) > 0 && r.levels[0].floor != nil
	if floor {
		p("")
		p("Reference, the HTTP floor: GET /healthz on the same server with the same client (no database, a 16-byte answer)")
		r.printRuns(out, func(l *level) *result { return l.floor })
	}

	p("")
	p("Ratio verify/baseline throughput")
	t := tab()
	fmt.Fprintf(t, "  concurrency\tverify req/s\tbaseline req/s\tratio\tbaseline SQL, mean as its pool saw it")
	if floor {
		fmt.Fprintf(t, "\tHTTP floor req/s\tfloor/baseline")
	}
	fmt.Fprintf(t, "\n")
	for _, l := range r.levels {
		fmt.Fprintf(t, "  %d\t%s\t%s\t%.3f\t%s", l.concurrency, kit.Thousands(int(l.verify.rate())), kit.Thousands(int(l.baseline.rate())),
			l.verify.rate()/l.baseline.rate(), us(l.baselineSQL["SQL SELECT serials"].Mean()))
		if floor {
			fmt.Fprintf(t, "\t%s\t%.3f", kit.Thousands(int(l.floor.rate())), l.floor.rate()/l.baseline.rate())
		}
		fmt.Fprintf(t, "\n")
	}
	t.Flush()

	p("")
	p("Verdicts and answers")
	verdicts, total, auth, bytes := map[string]int{}, 0, 0, int64(0)
	for _, l := range r.levels {
		for k, v := range l.verify.verdicts {
			verdicts[k] += v
			total += v
		}
		auth += l.verify.auth
		bytes += l.verify.bytes
	}
	var vs []string
	for _, v := range verdictOrder {
		if c := verdicts[string(v)]; c > 0 {
			vs = append(vs, fmt.Sprintf("%s %s", v, kit.Thousands(c)))
			delete(verdicts, string(v))
		}
	}
	for k, c := range verdicts {
		vs = append(vs, fmt.Sprintf("%s %s", k, kit.Thousands(c)))
	}
	p("  %s verifications measured: %s", kit.Thousands(total), strings.Join(vs, ", "))
	if total > 0 {
		p("  %s with the token; mean answer %s bytes; a pharmacy's pack has %d provenance events", kit.Thousands(auth), kit.Thousands(int(bytes/int64(total))), r.sampleEvents)
	}
	p("  (CUSTODY_MISMATCH: the pharmacy verifying a pack it does not hold; ALREADY_DECOMMISSIONED: a dispensed pack)")

	r.printBreakdown(out)
	r.printScale(out)

	p("")
	p("Scan log")
	p("  every verification inserts a row into scans, and into alerts when a rule fires, as in production;")
	p("  after the run: %s scans, %s alerts; scans %.1f MB and alerts %.1f MB with their indexes",
		kit.Thousands(int(r.scans)), kit.Thousands(int(r.alerts)), float64(r.scansBytes)/1e6, float64(r.alertsBytes)/1e6)

	p("")
	p("Summary")
	t = tab()
	fmt.Fprintf(t, "  figure\tmeasured\ttarget\tresult\n")
	printRegistrationSummary(t, g, r.large)
	for _, l := range r.levels {
		if l.concurrency == TargetConcurrency {
			p99 := kit.Percentile(l.verify.latencies, 99)
			fmt.Fprintf(t, "  verify p99 at concurrency %d\t%s\t<= %s\t%s\n", l.concurrency, ms(p99), ms(TargetP99), kit.PassMiss(p99 <= TargetP99))
		}
	}
	for _, l := range r.levels {
		ratio := l.verify.rate() / l.baseline.rate()
		fmt.Fprintf(t, "  verify/baseline throughput at concurrency %d\t%.3f\t>= %.1f\t%s\n", l.concurrency, ratio, TargetRatio, kit.PassMiss(ratio >= TargetRatio))
	}
	for _, l := range r.levels {
		fmt.Fprintf(t, "  verify req/s, p50, p99 at concurrency %d\t%s, %s, %s\t\t\n", l.concurrency, kit.Thousands(int(l.verify.rate())),
			ms(kit.Percentile(l.verify.latencies, 50)), ms(kit.Percentile(l.verify.latencies, 99)))
	}
	for _, row := range r.scale {
		if row.result != "" {
			fmt.Fprintf(t, "  %s\t%s\t%s\t%s\n", row.what, scaleFigure(row), row.target, row.result)
		}
	}
	fmt.Fprintf(t, "  failed requests\t%d\t0\t%s\n", r.errors(), kit.PassMiss(r.errors() == 0))
	t.Flush()
}

// printRuns prints one line per concurrency of the runs pick chooses.
func (r *report) printRuns(out io.Writer, pick func(*level) *result) {
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(t, "  concurrency\trequests\treq/s\tp50\tp90\tp99\tmax\terrors\tCPU/request: this process\tthe rest (PostgreSQL)\tmachine busy\t\n")
	for _, l := range r.levels {
		res := pick(l)
		proc, rest, busy := "-", "-", "-"
		if n := len(res.latencies); res.cpu.ok && n > 0 {
			proc = us(res.cpu.process / time.Duration(n))
			// The machine's figure comes in 10 ms ticks: clamp the noise of an idle PostgreSQL.
			rest = us(max(res.cpu.machine-res.cpu.process, 0) / time.Duration(n))
			busy = fmt.Sprintf("%.0f%%", 100*res.cpu.machine.Seconds()/(res.took.Seconds()*float64(r.machine.CPUs)))
		}
		fmt.Fprintf(t, "  %d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t\n", l.concurrency, kit.Thousands(len(res.latencies)), kit.Thousands(int(res.rate())),
			ms(kit.Percentile(res.latencies, 50)), ms(kit.Percentile(res.latencies, 90)), ms(kit.Percentile(res.latencies, 99)),
			ms(kit.Percentile(res.latencies, 100)), res.errors, proc, rest, busy)
	}
	t.Flush()
	for _, l := range r.levels {
		for _, s := range pick(l).samples {
			fmt.Fprintf(out, "  error at concurrency %d: %s\n", l.concurrency, s)
		}
	}
}

// printBreakdown says where a verification's time went, per concurrency: the mean per request
// of each piece the server times, so that the pieces of a row group add up.
func (r *report) printBreakdown(out io.Writer) {
	fmt.Fprintf(out, "\nWhere a verification's time goes: milliseconds per request, mean (SQL as the client waited for it)\n")
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(t, "  concurrency\t")
	for _, l := range r.levels {
		fmt.Fprintf(t, "%18d\t", l.concurrency)
	}
	fmt.Fprintf(t, "\n")
	perReq := func(l *level, d time.Duration) string {
		if len(l.verify.latencies) == 0 {
			return "-"
		}
		return strconv.FormatFloat(d.Seconds()*1000/float64(len(l.verify.latencies)), 'f', 3, 64)
	}
	row := func(name string, f func(l *level) string) {
		fmt.Fprintf(t, "  %s\t", name)
		for _, l := range r.levels {
			fmt.Fprintf(t, "%18s\t", f(l))
		}
		fmt.Fprintf(t, "\n")
	}
	sum := func(l *level) time.Duration {
		var d time.Duration
		for _, x := range l.verify.latencies {
			d += x
		}
		return d
	}
	row("client: latency (request written to answer read)", func(l *level) string { return perReq(l, sum(l)) })
	row("server: handler (router, middleware, decode, parse, services, encode)", func(l *level) string { return perReq(l, l.server[statHandler].Took) })
	names := map[string]bool{}
	for _, l := range r.levels {
		for _, k := range sqlNames(l.server) {
			names[k] = true
		}
	}
	var ordered []string
	if len(r.levels) > 0 {
		// The order of the busiest level, then any statement only other levels ran.
		last := r.levels[len(r.levels)-1]
		ordered = sqlNames(last.server)
		for k := range names {
			if _, ok := last.server[k]; !ok {
				ordered = append(ordered, k)
			}
		}
	}
	for _, k := range ordered {
		name := k
		if k == statAuthenticate {
			name += " (Tokens.Authenticate; last_used_at written at most once a minute)"
		}
		row(fmt.Sprintf("  %s", name), func(l *level) string {
			return perReq(l, l.server[k].Took) + fmt.Sprintf(" (%.2f/req)", float64(l.server[k].N)/float64(max(len(l.verify.latencies), 1)))
		})
	}
	row("  "+statAcquire+" (every statement and batch)", func(l *level) string { return perReq(l, l.server[statAcquire].Took) })
	row("  handler outside SQL and acquisition (HTTP routing, JSON, GS1 parse, verdict, Merkle proof: see below)", func(l *level) string {
		d := l.server[statHandler].Took - l.server[statAcquire].Took
		for k, s := range l.server {
			if strings.HasPrefix(k, "SQL ") {
				d -= s.Took
			}
		}
		return perReq(l, d)
	})
	row("client and HTTP outside the handler (transport, loopback, scheduling)", func(l *level) string {
		return perReq(l, sum(l)-l.server[statHandler].Took)
	})
	t.Flush()
	a := r.apart
	fmt.Fprintf(out, "  measured apart, one goroutine, mean of %s calls: JSON decode of the body %s; gs1 Parse of the bracketed form %s, of the element string %s;\n",
		kit.Thousands(a.calls), us(a.decode), us(a.parseBracketed), us(a.parseScanned))
	fmt.Fprintf(out, "  merkle Tree.Proof %s; JSON encode of a pharmacy's verification (%s bytes) %s\n", us(a.proof), kit.Thousands(a.encodeBytes), us(a.encode))
}

// ms formats d in milliseconds, to a hundredth.
func ms(d time.Duration) string { return kit.Millis(d, 2) }

func us(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Nanoseconds())/1000, 'f', 1, 64) + " µs"
}

func sec(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 3, 64) + " s"
}
