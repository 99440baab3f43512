// Command benchverify measures pedigree's verification API against the targets:
// requests/s, p50 and p99 of POST /api/v1/verify at several concurrencies, beside a bare
// primary-key SELECT at the same concurrencies, and the time to register a batch of 100,000
// given serials. `make bench-verify` runs it; see bench/verify for what each
// phase does.
//
// It needs a PostgreSQL server: DATABASE_URL (or TEST_DATABASE_URL) names one on which it may
// create and drop a database of its own; without either it starts a private cluster in a
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
	"time"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/bench/verify"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchverify: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchverify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	serials := fs.Int("serials", 100_000, "packs in the batch registered and verified")
	levels := fs.String("concurrency", "1,8,64", "comma-separated load levels: concurrent requests")
	duration := fs.Duration("duration", 5*time.Second, "measured time per level, for the verifications and the baseline each")
	warmup := fs.Duration("warmup", time.Second, "unmeasured load before each measured run")
	authShare := fs.Float64("auth-share", 0.5, "share of verifications sent with the pharmacy's API token (0 to 1)")
	maxConns := fs.Int("max-conns", 0, "connections per pool, the server's and the baseline's (0: postgres.PoolSize, what postgres.Open gives pedigree)")
	httpFloor := fs.Bool("http-floor", true, "also measure GET /healthz at each level: the HTTP exchange alone, without a database")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the measured verifications at -profile-at to `file`")
	memProfile := fs.String("memprofile", "", "write the allocations of the measured verifications at -profile-at to `file` (and what came before to file.base: pprof -diff_base)")
	hold := fs.Duration("hold", verify.TargetSustainedFor, "measured time at concurrency 64, the sustained target's, when longer than -duration")
	sizes := fs.String("sizes", "1000,100000,1000000", "comma-separated batch sizes whose first and later verifications are measured (the main batch's size reuses it)")
	logRows := fs.Int64("log-rows", 10_000_000, "scan rows added to the log before the main batch is verified again (0: skip)")
	profileAt := fs.Int("profile-at", verify.TargetConcurrency, "the concurrency -cpuprofile and -memprofile cover")
	large := fs.Int("large-serials", verify.LargeSerials, "also register a batch of this many serials, after the load (0 skips it)")
	regProfile := fs.String("register-profile", "", "write CPU and allocations profiles of each registration to `prefix`-N.cpu, -N.allocs-start and -N.allocs")
	registerOnly := fs.Bool("register-only", false, "stop after the registrations: no custody, no load")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	var concurrency []int
	for _, f := range strings.Split(*levels, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("-concurrency: %q is not a positive number", f)
		}
		concurrency = append(concurrency, n)
	}
	if *serials < verify.MinSerials {
		return fmt.Errorf("-serials: at least %d", verify.MinSerials)
	}
	if *duration <= 0 || *warmup < 0 {
		return fmt.Errorf("-duration must be positive, -warmup not negative")
	}
	sizeList, err := verify.ParseSizes(*sizes)
	if err != nil {
		return fmt.Errorf("-sizes: %w", err)
	}
	if *hold < 0 || *logRows < 0 {
		return fmt.Errorf("-hold and -log-rows must not be negative")
	}
	if *maxConns < 0 || *maxConns > 10_000 {
		return fmt.Errorf("-max-conns: %d, want 0 to 10000", *maxConns)
	}

	opts := verify.Options{
		Serials: *serials, Concurrency: concurrency, Duration: *duration, Warmup: *warmup, AuthShare: *authShare,
		MaxConns: int32(*maxConns), HTTPFloor: *httpFloor, CPUProfile: *cpuProfile, MemProfile: *memProfile, ProfileAt: *profileAt,
		Hold: *hold, Sizes: sizeList, LogRows: *logRows, Progress: stderr,
		LargeSerials: *large, RegisterProfile: *regProfile, RegisterOnly: *registerOnly,
	}
	var stop func()
	if opts.AdminURL, opts.Server, stop, err = kit.ChooseServer(ctx, "benchverify", getenv, stderr); err != nil {
		return err
	}
	defer stop()
	return verify.Run(ctx, opts, stdout)
}
