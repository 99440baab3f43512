package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// result is one load run: every successful call's latency, and what went wrong.
type result struct {
	took      time.Duration // from the first call to the last answer
	latencies []time.Duration
	errors    int
	samples   []string // the first few errors
	verdicts  map[string]int
	auth      int   // requests with the dispenser's token
	bytes     int64 // response bytes
	cpu       cpuTimes
	began     time.Time   // when the first call was made
	ends      []time.Time // when each verification was answered (verification loads only)
}

func (r *result) rate() float64 {
	if r.took <= 0 {
		return 0
	}
	return float64(len(r.latencies)) / r.took.Seconds()
}

// recorder is one worker's share of a result.
type recorder struct {
	rng *rand.Rand
	result
	buf bytes.Buffer
}

func (r *recorder) fail(format string, args ...any) {
	r.errors++
	if len(r.samples) < 3 {
		r.samples = append(r.samples, fmt.Sprintf(format, args...))
	}
}

// drive runs workers goroutines, each calling op in a loop until d has passed, and merges what
// they recorded. An op records its own latency (or failure). Calls in flight at the end are
// waited for and counted.
func drive(ctx context.Context, workers int, d time.Duration, op func(ctx context.Context, r *recorder)) (*result, error) {
	recs := make([]*recorder, workers)
	for i := range recs {
		recs[i] = &recorder{rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())), result: result{verdicts: map[string]int{}}}
	}
	began := time.Now()
	deadline := began.Add(d)
	var wg sync.WaitGroup
	for _, r := range recs {
		wg.Go(func() {
			for ctx.Err() == nil && time.Now().Before(deadline) {
				op(ctx, r)
			}
		})
	}
	wg.Wait()
	out := &result{took: time.Since(began), began: began, verdicts: map[string]int{}}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	for _, r := range recs {
		out.latencies = append(out.latencies, r.latencies...)
		out.ends = append(out.ends, r.ends...)
		out.errors += r.errors
		out.auth += r.auth
		out.bytes += r.bytes
		for k, v := range r.verdicts {
			out.verdicts[k] += v
		}
		for _, s := range r.samples {
			if len(out.samples) < 3 {
				out.samples = append(out.samples, s)
			}
		}
	}
	return out, nil
}

// verifyLoad is what the verification workers send: every pack's code in two printed forms,
// as JSON bodies, and the dispenser's token.
type verifyLoad struct {
	client    *http.Client
	url       string
	bodies    [2][][]byte // [bracketed, element string][pack index]
	token     string
	authShare float64
}

// codeForms returns pack index's code in the bracketed form printed under a barcode and as a
// 2D scanner types it (symbology identifier ]d2, FNC1 as GS).
func codeForms(serial string, expiry time.Time) [2]string {
	yymmdd := expiry.Format("060102")
	return [2]string{
		"(01)" + gtin14 + "(17)" + yymmdd + "(10)" + lot + "(21)" + serial,
		"]d2\x1d01" + gtin14 + "17" + yymmdd + "10" + lot + "\x1d21" + serial,
	}
}

func newVerifyLoad(client *http.Client, url string, b *batch, token string, authShare float64) (*verifyLoad, error) {
	l := &verifyLoad{client: client, url: url, token: token, authShare: authShare}
	for f := range l.bodies {
		l.bodies[f] = make([][]byte, len(b.serials))
	}
	for i, s := range b.serials {
		for f, code := range codeForms(s, b.expiry) {
			body, err := json.Marshal(map[string]string{"code": code})
			if err != nil {
				return nil, err
			}
			l.bodies[f][i] = body
		}
	}
	return l, nil
}

// verdictKey starts the verdict in a verification's JSON, its first field.
var verdictKey = []byte(`"verdict":"`)

// op posts one random pack's code, in a random form, anonymously or with the token.
func (l *verifyLoad) op(ctx context.Context, r *recorder) {
	i := r.rng.IntN(len(l.bodies[0]))
	body := l.bodies[r.rng.IntN(2)][i]
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url, bytes.NewReader(body))
	if err != nil {
		r.fail("%v", err)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	if r.rng.Float64() < l.authShare {
		req.Header.Set("Authorization", "Bearer "+l.token)
		r.auth++
	}
	began := time.Now()
	resp, err := l.client.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			r.fail("%v", err)
		}
		return
	}
	r.buf.Reset()
	_, err = r.buf.ReadFrom(resp.Body)
	resp.Body.Close()
	took := time.Since(began)
	switch {
	case err != nil:
		r.fail("read the answer: %v", err)
		return
	case resp.StatusCode != http.StatusOK:
		r.fail("%s: %.300s", resp.Status, r.buf.Bytes())
		return
	}
	r.latencies = append(r.latencies, took)
	r.ends = append(r.ends, time.Now())
	r.bytes += int64(r.buf.Len())
	v := r.buf.Bytes()
	if k := bytes.Index(v, verdictKey); k >= 0 {
		v = v[k+len(verdictKey):]
		if e := bytes.IndexByte(v, '"'); e >= 0 {
			r.verdicts[string(v[:e])]++
		}
	}
}

// floorLoad asks the same server for GET /healthz, which touches no database: what an HTTP
// exchange alone costs over loopback, with the same client and server.
type floorLoad struct {
	client *http.Client
	url    string
}

func (l *floorLoad) op(ctx context.Context, r *recorder) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.url, nil)
	if err != nil {
		r.fail("%v", err)
		return
	}
	began := time.Now()
	resp, err := l.client.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			r.fail("%v", err)
		}
		return
	}
	r.buf.Reset()
	_, err = r.buf.ReadFrom(resp.Body)
	resp.Body.Close()
	took := time.Since(began)
	switch {
	case err != nil:
		r.fail("read the answer: %v", err)
	case resp.StatusCode != http.StatusOK:
		r.fail("%s: %.300s", resp.Status, r.buf.Bytes())
	default:
		r.latencies = append(r.latencies, took)
	}
}

// baselineSQL is the bare lookup: one serial by the serials table's primary key.
const baselineSQL = `SELECT pack_index FROM serials WHERE batch_id = $1 AND serial = $2`

// baselineLoad looks up random serials through a pool, no HTTP.
type baselineLoad struct {
	pool    *pgxpool.Pool
	id      []byte
	serials []string
}

func (l *baselineLoad) op(ctx context.Context, r *recorder) {
	i := r.rng.IntN(len(l.serials))
	began := time.Now()
	var index int32
	err := l.pool.QueryRow(ctx, baselineSQL, l.id, l.serials[i]).Scan(&index)
	took := time.Since(began)
	switch {
	case err != nil:
		if ctx.Err() == nil {
			r.fail("%v", err)
		}
		return
	case int(index) != i:
		r.fail("serial %d: pack_index %d", i, index)
		return
	}
	r.latencies = append(r.latencies, took)
}

// newClient returns an HTTP client that keeps a connection per worker open, so the load does
// not measure connection set-up.
func newClient(workers int) *http.Client {
	return &http.Client{Transport: &http.Transport{
		MaxIdleConns:        workers + 16,
		MaxIdleConnsPerHost: workers + 16,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}}
}

// post sends one verification and returns the status, the body and how long it took.
func post(ctx context.Context, client *http.Client, url string, body []byte, token string) (int, []byte, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	began := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, time.Since(began), err
}

// verdictOrder lists verdicts in the order the report prints them.
var verdictOrder = []pedigree.Verdict{
	pedigree.VerdictAuthentic, pedigree.VerdictCustodyMismatch, pedigree.VerdictAlreadyDecommissioned,
	pedigree.VerdictSuspectClone, pedigree.VerdictDataMismatch, pedigree.VerdictExpired, pedigree.VerdictRecalled,
	pedigree.VerdictUnknownSerial, pedigree.VerdictUnknownBatch, pedigree.VerdictUnknownProduct,
}
