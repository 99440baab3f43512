package verify

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Targets of the cost as work grows.
const (
	TargetSustainedRate = 1000                   // verifications/s at TargetSustainedAt
	TargetSustainedP95  = 300 * time.Millisecond // p95 at TargetSustainedAt
	TargetSustainedFor  = 60 * time.Second       // held this long
	TargetSustainedAt   = 64                     // concurrency
	TargetLogRatio      = 1.2                    // p99 with LogRows in the scan log over p99 with the log as the run began
)

// scaleRow is one line of the table of cost as work grows.
type scaleRow struct {
	what    string
	first   time.Duration // the first verification of a batch (cold: its tree and projection read), 0 when none
	res     *result       // the measured run, nil when none
	target  string
	result  string
	comment string
}

// sizeLoad verifies random packs of one batch, formatting each request's body as it goes
// (a batch of a million packs is too many bodies to hold).
type sizeLoad struct {
	client *http.Client
	url    string
	lot    string
	serial func(i int) string
	n      int
	expiry time.Time
}

func (l *sizeLoad) body(i int) []byte {
	return []byte(`{"code":"(01)` + gtin14 + `(17)` + l.expiry.Format("060102") + `(10)` + l.lot + `(21)` + l.serial(i) + `"}`)
}

func (l *sizeLoad) op(ctx context.Context, r *recorder) {
	body := l.body(r.rng.IntN(l.n))
	began := time.Now()
	status, answer, _, err := post(ctx, l.client, l.url, body, "")
	took := time.Since(began)
	switch {
	case err != nil:
		if ctx.Err() == nil {
			r.fail("%v", err)
		}
		return
	case status != http.StatusOK:
		r.fail("%d: %.300s", status, answer)
		return
	}
	r.latencies = append(r.latencies, took)
	r.ends = append(r.ends, time.Now())
}

// extraBatch registers a batch of n generated serials under lot, through the service's
// Registrar, and returns its load; the projection is brought up to date with sync.
func (w *world) extraBatch(ctx context.Context, registrar pedigree.BatchService, sync func(context.Context) error,
	client *http.Client, url, lot string, n int, expiry time.Time) (*sizeLoad, time.Duration, error) {
	serials, err := chain.GenerateSerials(n)
	if err != nil {
		return nil, 0, err
	}
	began := time.Now()
	res, err := registrar.Register(ctx, w.manufacturer.org, pedigree.NewBatch{GTIN: gtin14, Lot: lot, Expiry: expiry,
		Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, Serials: serials})
	if err != nil {
		return nil, 0, fmt.Errorf("register %s: %w", lot, err)
	}
	took := time.Since(began)
	if res.Status != pedigree.RegistrationConfirmed {
		return nil, 0, fmt.Errorf("register %s: %s", lot, res.Status)
	}
	w.txs++
	if err := sync(ctx); err != nil {
		return nil, 0, err
	}
	return &sizeLoad{client: client, url: url, lot: lot, serial: func(i int) string { return serials[i] }, n: n, expiry: expiry}, took, nil
}

// firstVerification times the first verification of l's batch: the service reads the batch
// from the projection and builds its tree from the stored serials.
func firstVerification(ctx context.Context, l *sizeLoad) (time.Duration, error) {
	began := time.Now()
	status, body, _, err := post(ctx, l.client, l.url, l.body(0), "")
	took := time.Since(began)
	if err != nil {
		return 0, err
	}
	if status != http.StatusOK {
		return 0, fmt.Errorf("first verification of %s: %d %.300s", l.lot, status, body)
	}
	return took, nil
}

// fillLog adds rows scans to the log, spread over the twelve months before yesterday, of the
// batch's packs, anonymous, with INSERT ... SELECT on the server, a round of the batch's packs
// at a time; say reports progress.
func fillLog(ctx context.Context, pool *pgxpool.Pool, b *batch, rows int64, say func(string, ...any)) (time.Duration, error) {
	began := time.Now()
	if _, err := pool.Exec(ctx, `SELECT scan_partition(now() - n * interval '1 month') FROM generate_series(0, 13) n`); err != nil {
		return 0, fmt.Errorf("fill the scan log: %w", err)
	}
	id := b.id.FillBytes(make([]byte, 32))
	// Each round scans every pack of the batch once more, read from its serials table.
	n := int64(len(b.serials))
	for from := int64(0); from < rows; from += n {
		take := min(n, rows-from)
		if _, err := pool.Exec(ctx, `
			INSERT INTO scans (at, gtin, lot, serial, batch_id, pack_index, verdict)
			SELECT now() - interval '1 day' - random() * interval '365 days', $1, $2, s.serial, s.batch_id, s.pack_index, 'AUTHENTIC'
			FROM serials s WHERE s.batch_id = $3 AND s.pack_index < $4`,
			gtin14, lot, id, take); err != nil {
			return 0, fmt.Errorf("fill the scan log: %w", err)
		}
		if done := from + take; done%1_000_000 < n || done == rows {
			say("scan log: %s of %s rows", kit.Thousands(int(done)), kit.Thousands(int(rows)))
		}
	}
	if _, err := pool.Exec(ctx, `ANALYZE scans`); err != nil {
		return 0, err
	}
	return time.Since(began), nil
}

// worstSecond returns the lowest number of verifications answered in any whole second of res.
func (res *result) worstSecond() int {
	if len(res.ends) == 0 {
		return 0
	}
	seconds := int(res.took / time.Second)
	if seconds == 0 {
		return len(res.ends)
	}
	counts := make([]int, seconds)
	for _, e := range res.ends {
		if s := int(e.Sub(res.began) / time.Second); s < seconds {
			counts[s]++
		}
	}
	worst := counts[0]
	for _, c := range counts[1:] {
		worst = min(worst, c)
	}
	return worst
}

// printScale prints the cost as work grows, as one table.
func (r *report) printScale(out io.Writer) {
	if len(r.scale) == 0 {
		return
	}
	fmt.Fprintf(out, "\nCost as work grows: POST /api/v1/verify, anonymous, random packs (one table)\n")
	t := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(t, "  run\tfirst verification\tverifications\treq/s\tworst second\tp50\tp95\tp99\ttarget\tresult\n")
	for _, row := range r.scale {
		first, n, rate, worst, p50, p95, p99 := "-", "-", "-", "-", "-", "-", "-"
		if row.first > 0 {
			first = ms(row.first)
		}
		if res := row.res; res != nil {
			n, rate, worst = kit.Thousands(len(res.latencies)), kit.Thousands(int(res.rate())), kit.Thousands(res.worstSecond())
			p50, p95, p99 = ms(kit.Percentile(res.latencies, 50)), ms(kit.Percentile(res.latencies, 95)), ms(kit.Percentile(res.latencies, 99))
		}
		fmt.Fprintf(t, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", row.what, first, n, rate, worst, p50, p95, p99, row.target, row.result)
	}
	t.Flush()
	for _, row := range r.scale {
		if row.comment != "" {
			fmt.Fprintf(out, "  %s: %s\n", row.what, row.comment)
		}
	}
}

// ParseSizes reads a comma-separated list of batch sizes.
func ParseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(strings.ReplaceAll(f, "_", ""))
		if f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > pedigree.MaxBatchSize {
			return nil, fmt.Errorf("%q is not a batch size (1 to %d)", f, pedigree.MaxBatchSize)
		}
		out = append(out, n)
	}
	return out, nil
}

// scaleFigure is a row's measured figure for the summary.
func scaleFigure(row scaleRow) string {
	if row.res == nil {
		return "-"
	}
	return fmt.Sprintf("%s/s (worst second %s), p95 %s, p99 %s", kit.Thousands(int(row.res.rate())), kit.Thousands(row.res.worstSecond()),
		ms(kit.Percentile(row.res.latencies, 95)), ms(kit.Percentile(row.res.latencies, 99)))
}
