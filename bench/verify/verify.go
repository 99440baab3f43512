// Package verify is `make bench-verify`: it drives pedigree's HTTP server with
// verifications under load, beside a bare PostgreSQL lookup, times the registration of a large
// batch, and prints the figures beside the targets.
//
// The service under load is the one every way pedigree runs builds, app.New's: the benchmark
// hands it a pool whose statements it times, wraps its handler in a timer, and builds nothing
// of its own inside it. It runs in one process:
//
//  1. Set-up: a simulated chain under Osaka rules that mines a block per transaction, with
//     pedigree's contract and a cast of participants; a fresh migrated database; the service
//     (app.New) over both; an organisation stored for every participant.
//  2. Registration, timed: a batch of given serials (chain.GenerateSerials, not timed) decoded
//     from the JSON a client would send, then the service's chain.Registrar.Register:
//     validation, Merkle tree, INSERT and COPY of the serials, the mint signed, sent and mined,
//     its receipt, the status.
//  3. Custody, not timed: the demo story (demo.Story) at the batch's size: its second half
//     split into consignments, handed on to distributors and pharmacies, a case of each
//     pharmacy's consignments dispensed with a multiproof; the projection brought up to date
//     with the service's Sync.
//  4. Load: the service's handler on a loopback listener. For each concurrency, that many
//     goroutines post random packs' codes to POST /api/v1/verify for a fixed time after a
//     warm-up, anonymously or with a pharmacy's API token; then, as the baseline, as many
//     goroutines look up random serials by the serials table's primary key through a pgxpool
//     for as long. The level at TargetSustainedAt is held for Options.Hold (60 s by default).
//  5. Cost as work grows (scale.go): batches of each of Options.Sizes registered and verified,
//     the first verification (the batch read into memory, its tree built) timed apart; then the
//     main batch verified before and after Options.LogRows rows are added to the scan log. The
//     whole is one table.
//
// Every verification writes a row to the scan log, as it does in production: the log grows
// during the run. The benchmark never asserts timing: it prints, and says PASS or MISS beside
// each target. It fails only when a request fails.
package verify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/httpapi"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// Targets of the issue, on a 2-core machine.
const (
	TargetP99         = 10 * time.Millisecond // verification p99 at TargetConcurrency
	TargetConcurrency = 8
	TargetRatio       = 0.5 // verifications/s over bare lookups/s, at every concurrency
)

// serverLogLevel is what the server logs to the progress output: internal errors.
const serverLogLevel = slog.LevelWarn

// Options says what to measure.
type Options struct {
	Serials     int           // packs in the batch
	Concurrency []int         // load levels, in order
	Duration    time.Duration // measured time per level, for the verifications and the baseline each
	Warmup      time.Duration // unmeasured load before each measured run
	AuthShare   float64       // share of verifications sent with the pharmacy's API token
	MaxConns    int32         // connections per pool (the server's and the baseline's); 0: postgres.PoolSize, as postgres.Open gives pedigree
	HTTPFloor   bool          // also measure GET /healthz, the HTTP exchange without a database, at each level
	CPUProfile  string        // if set, write a CPU profile of the verifications at ProfileAt there
	MemProfile  string        // if set, write an allocation profile of the verifications at ProfileAt there (and its base)
	ProfileAt   int           // the concurrency CPUProfile and MemProfile cover
	Hold        time.Duration // measured time at TargetSustainedAt, when longer than Duration
	Sizes       []int         // batch sizes whose first and later verifications are measured
	LogRows     int64         // scan rows added to the log before verifications are measured again (0: none)
	// LargeSerials, when not 0, also registers a batch of that many serials, after the load.
	LargeSerials int
	// RegisterProfile, when set, is the prefix of CPU and allocations profiles of the
	// registrations (kit.StartProfiles): PREFIX-N for the batch of N serials.
	RegisterProfile string
	// RegisterOnly stops after the registrations: no custody, no load.
	RegisterOnly bool

	// AdminURL is a connection string to a PostgreSQL server on which the benchmark may create
	// (and drop) a database of its own.
	AdminURL string
	// Server says where AdminURL points, for the report.
	Server string
	// Progress receives progress lines and the server's warnings.
	Progress io.Writer
}

func (o Options) check() error {
	switch {
	case o.Serials < MinSerials || o.Serials > pedigree.MaxBatchSize:
		return fmt.Errorf("serials: %d, want %d to %d", o.Serials, MinSerials, pedigree.MaxBatchSize)
	case len(o.Concurrency) == 0:
		return errors.New("concurrency: no levels")
	case o.Duration <= 0 || o.Warmup < 0:
		return errors.New("duration must be positive, warm-up not negative")
	case o.AuthShare < 0 || o.AuthShare > 1:
		return fmt.Errorf("auth share %v: want 0 to 1", o.AuthShare)
	case o.LargeSerials != 0 && (o.LargeSerials < MinSerials || o.LargeSerials > pedigree.MaxBatchSize):
		return fmt.Errorf("large serials: %d, want 0 or %d to %d", o.LargeSerials, MinSerials, pedigree.MaxBatchSize)
	case o.MaxConns < 0:
		return errors.New("max conns must not be negative")
	}
	for _, c := range o.Concurrency {
		if c < 1 || c > 4096 {
			return fmt.Errorf("concurrency %d: want 1 to 4096", c)
		}
	}
	return nil
}

// Run runs every phase and prints the report to out. It returns an error, after the report,
// when any request failed.
func Run(ctx context.Context, o Options, out io.Writer) error {
	if err := o.check(); err != nil {
		return fmt.Errorf("benchverify: %w", err)
	}
	progress := o.Progress
	if progress == nil {
		progress = io.Discard
	}
	say := func(format string, args ...any) { fmt.Fprintf(progress, format+"\n", args...) }
	srv, err := kit.OpenServer(ctx, o.AdminURL, "benchverify")
	if err != nil {
		return err
	}
	defer srv.Close(context.WithoutCancel(ctx))
	r := &report{opts: o}
	if r.machine, err = srv.DescribeMachine(ctx, o.Server, "fsync", "synchronous_commit", "shared_buffers", "max_connections"); err != nil {
		return err
	}
	u, err := srv.NewDatabase(ctx)
	if err != nil {
		return err
	}
	// The service's pool, with every statement timed.
	r.serverStats = kit.NewStats()
	pool, err := kit.OpenPool(ctx, u, o.MaxConns, newTracer(r.serverStats))
	if err != nil {
		return err
	}
	defer pool.Close()
	r.poolConns = pool.Config().MaxConns

	say("set-up: simulated chain, contract, participants")
	began := time.Now()
	w, err := newWorld(ctx)
	if err != nil {
		return fmt.Errorf("set up the chain: %w", err)
	}
	defer w.close()
	// The service, as app.New builds it for every way pedigree runs: the benchmark times it
	// from outside, never from within.
	log := slog.New(slog.NewTextHandler(progress, &slog.HandlerOptions{Level: serverLogLevel}))
	svc, err := app.New(ctx, app.Config{
		Backend:     w.client,
		Contract:    w.contract.Address,
		DeployBlock: w.deployBlock,
		Senders:     w.senders(),
		Pool:        pool,
		Logger:      log,
		// The load comes from one address: anonymous verifications unlimited, or the limit
		// (30 at once, then one a second) would be what is measured.
		AnonymousLimit: httpapi.RateLimit{Burst: -1},
	})
	if err != nil {
		return err
	}
	defer svc.Close()
	if err := svc.Check(ctx); err != nil {
		return err
	}
	if err := w.storeOrganisations(ctx, svc.Organisations); err != nil {
		return err
	}
	r.chainSetup = time.Since(began)
	began = time.Now()
	serials, err := chain.GenerateSerials(o.Serials)
	if err != nil {
		return err
	}
	r.generate = time.Since(began)

	say("registration: %d given serials", o.Serials)
	today := time.Now().UTC().Truncate(24 * time.Hour)
	b, nb, reg, err := w.registerMeasured(ctx, svc.Registrar, r.serverStats, pool, serials, lot, today.AddDate(2, 0, 0), profileName(o.RegisterProfile, o.Serials))
	if err != nil {
		return err
	}
	r.reg = reg
	registerLarge := func() error {
		if o.LargeSerials == 0 {
			return nil
		}
		say("registration: %d given serials", o.LargeSerials)
		r.large, err = w.registerLarge(ctx, svc.Registrar, r.serverStats, pool, o.LargeSerials, today.AddDate(2, 0, 0), profileName(o.RegisterProfile, o.LargeSerials))
		return err
	}
	if o.RegisterOnly {
		if err := registerLarge(); err != nil {
			return err
		}
		r.printRegistrationsOnly(out)
		return nil
	}

	say("custody: splits, hand-offs, dispensing; indexing")
	began = time.Now()
	if err := w.custody(ctx, b, nb); err != nil {
		return fmt.Errorf("custody: %w", err)
	}
	r.custody, r.batch = time.Since(began), b
	began = time.Now()
	cursor, err := svc.Sync(ctx)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	r.index, r.blocks, r.txs = time.Since(began), cursor.Number-w.deployBlock+1, w.txs
	token, err := svc.Tokens.Create(ctx, pedigree.NewToken{OrganisationID: w.dispenser.org.ID, Name: "benchverify", Role: pedigree.UserOperator})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: timedHandler{svc.Handler(), r.serverStats}, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go func() { _ = hs.Serve(ln) }()
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	maxC := 0
	for _, c := range o.Concurrency {
		maxC = max(maxC, c)
	}
	client := newClient(maxC)
	url := "http://" + ln.Addr().String() + "/api/v1/verify"
	floor := &floorLoad{client: client, url: "http://" + ln.Addr().String() + "/healthz"}
	load, err := newVerifyLoad(client, url, b, token, o.AuthShare)
	if err != nil {
		return err
	}

	// The first verification of the batch builds its Merkle tree from the stored serials.
	status, body, took, err := post(ctx, client, url, load.bodies[0][b.atPharmacy], token)
	if err != nil {
		return fmt.Errorf("first verification: %w", err)
	}
	if status != http.StatusOK {
		return fmt.Errorf("first verification: %d %s", status, body)
	}
	r.first = took
	// A verification as the server makes it, read apart, for its size and its JSON's cost.
	sample, err := postgres.NewVerifier(pool, time.Now).Verify(ctx, pedigree.VerifyRequest{
		Code:    pedigree.PackCode{GTIN: gtin14, Lot: lot, Serial: b.serials[b.atPharmacy], Expiry: &b.expiry},
		Scanner: &w.dispenser.org, Source: "benchverify",
	})
	if err != nil {
		return err
	}
	if sample.Verdict != pedigree.VerdictAuthentic {
		return fmt.Errorf("a pack at the pharmacy, scanned by it: verdict %s, want AUTHENTIC", sample.Verdict)
	}
	r.sampleEvents = len(sample.Provenance)
	if r.apart, err = measureApart(b, load, sample); err != nil {
		return err
	}

	r.baselineStats = kit.NewStats()
	bpool, err := kit.OpenPool(ctx, u, o.MaxConns, newTracer(r.baselineStats))
	if err != nil {
		return err
	}
	defer bpool.Close()
	baseline := &baselineLoad{pool: bpool, id: b.id.FillBytes(make([]byte, 32)), serials: b.serials}

	for _, c := range o.Concurrency {
		lv := &level{concurrency: c}
		r.levels = append(r.levels, lv)
		d := o.Duration
		if c == TargetSustainedAt {
			d = max(d, o.Hold)
		}
		say("load: %d verifying goroutines, %s warm-up, %s measured", c, o.Warmup, d)
		var prof profiles
		if c == o.ProfileAt {
			prof = profiles{cpu: o.CPUProfile, allocs: o.MemProfile}
		}
		if err := measure(ctx, c, o.Warmup, d, load.op, r.serverStats, &lv.verify, &lv.server, prof); err != nil {
			return fmt.Errorf("verifications at concurrency %d: %w", c, err)
		}
		if o.HTTPFloor {
			say("HTTP floor: %d goroutines asking for /healthz", c)
			var ignored map[string]kit.Stat
			if err := measure(ctx, c, o.Warmup, o.Duration, floor.op, r.serverStats, &lv.floor, &ignored, profiles{}); err != nil {
				return fmt.Errorf("HTTP floor at concurrency %d: %w", c, err)
			}
		}
		say("baseline: %d goroutines looking up serials", c)
		if err := measure(ctx, c, o.Warmup, o.Duration, baseline.op, r.baselineStats, &lv.baseline, &lv.baselineSQL, profiles{}); err != nil {
			return fmt.Errorf("baseline at concurrency %d: %w", c, err)
		}
	}
	if err := registerLarge(); err != nil {
		return err
	}
	sync := func(ctx context.Context) error { _, err := svc.Sync(ctx); return err }
	if err := r.measureScale(ctx, o, w, svc.Registrar, sync, pool, client, url, b, say); err != nil {
		return err
	}
	if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM scans), (SELECT count(*) FROM alerts),
		(SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = 'scans'::regclass),
		pg_total_relation_size('alerts')`).Scan(&r.scans, &r.alerts, &r.scansBytes, &r.alertsBytes); err != nil {
		return err
	}
	r.print(out)
	if n := r.errors(); n > 0 {
		return fmt.Errorf("%d requests failed", n)
	}
	return nil
}

// measureScale measures the cost as work grows: the sustained load at TargetSustainedAt
// (measured with the levels), batches of each of o.Sizes (their first verification, then
// TargetConcurrency goroutines for o.Duration), and the main batch at TargetConcurrency
// before and after o.LogRows rows are added to the scan log.
func (r *report) measureScale(ctx context.Context, o Options, w *world, registrar pedigree.BatchService, sync func(context.Context) error,
	pool *pgxpool.Pool, client *http.Client, url string, b *batch, say func(string, ...any)) error {
	for _, l := range r.levels {
		if l.concurrency != TargetSustainedAt {
			continue
		}
		res := l.verify
		p95 := kit.Percentile(res.latencies, 95)
		ok := res.took >= TargetSustainedFor && res.worstSecond() >= TargetSustainedRate && p95 <= TargetSustainedP95
		row := scaleRow{what: fmt.Sprintf("main batch, concurrency %d, held %s", l.concurrency, sec(res.took)), res: res,
			target: fmt.Sprintf(">= %s/s every second for %s, p95 <= %s", kit.Thousands(TargetSustainedRate), TargetSustainedFor, ms(TargetSustainedP95)),
			result: kit.PassMiss(ok)}
		if res.took < TargetSustainedFor {
			row.comment = fmt.Sprintf("held %s, shorter than the target's %s: run with -hold %s", sec(res.took), TargetSustainedFor, TargetSustainedFor)
		}
		r.scale = append(r.scale, row)
	}
	expiry := b.expiry
	for _, n := range o.Sizes {
		if n == len(b.serials) {
			var later *result
			for _, l := range r.levels {
				if l.concurrency == TargetConcurrency {
					later = l.verify
				}
			}
			r.scale = append(r.scale, scaleRow{what: fmt.Sprintf("batch of %s (the main one), concurrency %d", kit.Thousands(n), TargetConcurrency),
				first: r.first, res: later, comment: "later verifications: the load above, half with the pharmacy's token"})
			continue
		}
		lotN := "BENCH-" + strconv.Itoa(n)
		say("batch of %d: registering %s", n, lotN)
		l, took, err := w.extraBatch(ctx, registrar, sync, client, url, lotN, n, expiry)
		if err != nil {
			return err
		}
		first, err := firstVerification(ctx, l)
		if err != nil {
			return err
		}
		say("batch of %d: %d goroutines verifying for %s", n, TargetConcurrency, o.Duration)
		res, err := drive(ctx, TargetConcurrency, o.Duration, l.op)
		if err != nil {
			return err
		}
		r.scale = append(r.scale, scaleRow{what: fmt.Sprintf("batch of %s, concurrency %d", kit.Thousands(n), TargetConcurrency), first: first, res: res,
			comment: fmt.Sprintf("registered in %s; every pack still the manufacturer's (NOT_RELEASED to the public)", sec(took))})
	}
	if o.LogRows <= 0 {
		return nil
	}
	main := &sizeLoad{client: client, url: url, lot: lot, serial: func(i int) string { return b.serials[i] }, n: len(b.serials), expiry: expiry}
	var before int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM scans`).Scan(&before); err != nil {
		return err
	}
	say("scan log of %d rows: %d goroutines verifying for %s", before, TargetConcurrency, o.Duration)
	small, err := drive(ctx, TargetConcurrency, o.Duration, main.op)
	if err != nil {
		return err
	}
	filled, err := fillLog(ctx, pool, b, o.LogRows, say)
	if err != nil {
		return err
	}
	say("scan log of %d more rows: %d goroutines verifying for %s", o.LogRows, TargetConcurrency, o.Duration)
	big, err := drive(ctx, TargetConcurrency, o.Duration, main.op)
	if err != nil {
		return err
	}
	ratio := float64(kit.Percentile(big.latencies, 99)) / float64(max(kit.Percentile(small.latencies, 99), 1))
	r.scale = append(r.scale,
		scaleRow{what: fmt.Sprintf("scan log as the run left it (%s rows), concurrency %d", kit.Thousands(int(before)), TargetConcurrency), res: small},
		scaleRow{what: fmt.Sprintf("scan log with %s rows more, concurrency %d", kit.Thousands(int(o.LogRows)), TargetConcurrency), res: big,
			target: fmt.Sprintf("p99 <= %.1f x the line above", TargetLogRatio), result: fmt.Sprintf("%.2f x: %s", ratio, kit.PassMiss(ratio <= TargetLogRatio)),
			comment: fmt.Sprintf("rows spread over the twelve months before yesterday, across the main batch's packs; added with INSERT ... SELECT from the serials table, a round of the packs at a time, in %s (%s rows/s)",
				sec(filled), kit.Thousands(int(float64(o.LogRows)/filled.Seconds())))})
	return nil
}

// level is the measurements at one concurrency.
type level struct {
	concurrency      int
	verify, baseline *result
	floor            *result             // nil unless Options.HTTPFloor
	server           map[string]kit.Stat // the server's pieces, during the measured verifications
	baselineSQL      map[string]kit.Stat // the baseline's statement, as its pool saw it
}

// profiles says where to write the profiles of a measured run: "" for none.
type profiles struct{ cpu, allocs string }

// measure runs op with workers goroutines for warmup, then, with s reset, for d; the result
// and what s added up go to res and snap. The measured run is profiled as prof says.
func measure(ctx context.Context, workers int, warmup, d time.Duration, op func(context.Context, *recorder), s *kit.Stats,
	res **result, snap *map[string]kit.Stat, prof profiles) error {
	if warmup > 0 {
		w, err := drive(ctx, workers, warmup, op)
		if err != nil {
			return err
		}
		if w.errors > 0 {
			return fmt.Errorf("%d errors in the warm-up, the first: %s", w.errors, w.samples[0])
		}
	}
	var stopAllocs func() error
	if prof.allocs != "" {
		var err error
		if stopAllocs, err = kit.StartAllocProfile(prof.allocs); err != nil {
			return err
		}
	}
	runtime.GC()
	s.Reset()
	var stop func()
	if prof.cpu != "" {
		var err error
		if stop, err = kit.StartCPUProfile(prof.cpu); err != nil {
			return err
		}
	}
	cpu := readCPU()
	r, err := drive(ctx, workers, d, op)
	r.cpu = readCPU().sub(cpu)
	if stop != nil {
		stop()
	}
	if stopAllocs != nil {
		if err := stopAllocs(); err != nil {
			return err
		}
	}
	if err != nil {
		return err
	}
	*res, *snap = r, s.Snapshot()
	return nil
}
