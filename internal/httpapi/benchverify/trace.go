package benchverify

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// stat is a count of calls and the time they took.
type stat struct {
	n    int
	took time.Duration
}

func (s *stat) add(d time.Duration) { s.n++; s.took += d }

// mean returns the mean time of a call.
func (s stat) mean() time.Duration {
	if s.n == 0 {
		return 0
	}
	return s.took / time.Duration(s.n)
}

// stats adds up named durations from any number of goroutines: the SQL statements of the
// server's pool, the handler, the services it calls.
type stats struct {
	mu sync.Mutex
	m  map[string]*stat
}

func newStats() *stats { return &stats{m: map[string]*stat{}} }

func (s *stats) add(name string, d time.Duration) {
	s.mu.Lock()
	st := s.m[name]
	if st == nil {
		st = &stat{}
		s.m[name] = st
	}
	st.add(d)
	s.mu.Unlock()
}

// reset forgets everything added so far.
func (s *stats) reset() {
	s.mu.Lock()
	s.m = map[string]*stat{}
	s.mu.Unlock()
}

// snapshot returns a copy of the figures.
func (s *stats) snapshot() map[string]stat {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]stat, len(s.m))
	for k, v := range s.m {
		out[k] = *v
	}
	return out
}

// The names under which the server's work is added up. SQL statements are added as "SQL " and
// their label (sqlLabel).
const (
	statHandler      = "handler"
	statVerify       = "Verifier.Verify"
	statAuthenticate = "Tokens.Authenticate"
	statAcquire      = "pool: acquire a connection"
	statBatch        = "SQL batch: pack state, token, provenance, recent scans, cursor (5 SELECTs, one round trip)"
)

// tracer times every statement, batch and connection acquisition of a pool into stats, as the
// client waited for them.
type tracer struct{ s *stats }

var (
	_ pgx.QueryTracer       = tracer{}
	_ pgx.BatchTracer       = tracer{}
	_ pgx.CopyFromTracer    = tracer{}
	_ pgxpool.AcquireTracer = tracer{}
)

func newTracer(s *stats) tracer { return tracer{s: s} }

type traceKey struct{}

type traceStart struct {
	label string
	at    time.Time
}

func (t tracer) start(ctx context.Context, label string) context.Context {
	return context.WithValue(ctx, traceKey{}, traceStart{label, time.Now()})
}

func (t tracer) end(ctx context.Context) {
	if s, ok := ctx.Value(traceKey{}).(traceStart); ok {
		t.s.add(s.label, time.Since(s.at))
	}
}

func (t tracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	return t.start(ctx, cachedLabel(d.SQL))
}

// labels caches "SQL " and sqlLabel of each statement's text: the tracer runs on every
// statement of the load, and must not add much to it.
var labels sync.Map

func cachedLabel(sql string) string {
	if l, ok := labels.Load(sql); ok {
		return l.(string)
	}
	l := "SQL " + sqlLabel(sql)
	labels.Store(sql, l)
	return l
}

func (t tracer) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryEndData) { t.end(ctx) }

func (t tracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	return t.start(ctx, statBatch)
}

func (t tracer) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}

func (t tracer) TraceBatchEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchEndData) { t.end(ctx) }

func (t tracer) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceCopyFromStartData) context.Context {
	return t.start(ctx, "SQL COPY "+strings.Join(d.TableName, "."))
}

func (t tracer) TraceCopyFromEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceCopyFromEndData) {
	t.end(ctx)
}

func (t tracer) TraceAcquireStart(ctx context.Context, _ *pgxpool.Pool, _ pgxpool.TraceAcquireStartData) context.Context {
	return t.start(ctx, statAcquire)
}

func (t tracer) TraceAcquireEnd(ctx context.Context, _ *pgxpool.Pool, _ pgxpool.TraceAcquireEndData) {
	t.end(ctx)
}

// sqlLabel names a statement by its verb and first table, reading through a leading WITH:
// "SELECT serials", "UPDATE api_tokens", "WITH INSERT scans".
func sqlLabel(sql string) string {
	f := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", ",", " , ").Replace(sql))
	if len(f) == 0 {
		return "?"
	}
	verb := strings.ToUpper(f[0])
	prefix := ""
	if verb == "WITH" {
		// WITH name AS ( VERB ...: the first statement of the first CTE names it.
		for i := 1; i+1 < len(f); i++ {
			if f[i] == "(" {
				prefix, verb, f = "WITH ", strings.ToUpper(f[i+1]), f[i+1:]
				break
			}
		}
	}
	after := func(word string) string {
		for i := 1; i+1 < len(f); i++ {
			if strings.EqualFold(f[i], word) && f[i+1] != "(" {
				return f[i+1]
			}
		}
		return ""
	}
	var table string
	switch verb {
	case "SELECT", "DELETE":
		table = after("FROM")
	case "INSERT":
		table = after("INTO")
	case "UPDATE":
		if len(f) > 1 {
			table = f[1]
		}
	}
	if table == "" {
		return prefix + verb
	}
	return prefix + verb + " " + table
}

// timedHandler times every request the server handles.
type timedHandler struct {
	h http.Handler
	s *stats
}

func (t timedHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	began := time.Now()
	t.h.ServeHTTP(w, r)
	t.s.add(statHandler, time.Since(began))
}

// timedVerifier times the verifier the server calls.
type timedVerifier struct {
	pedigree.Verifier
	s *stats
}

func (t timedVerifier) Verify(ctx context.Context, req pedigree.VerifyRequest) (pedigree.Verification, error) {
	began := time.Now()
	v, err := t.Verifier.Verify(ctx, req)
	t.s.add(statVerify, time.Since(began))
	return v, err
}

// timedTokens times the server's authentication of API tokens.
type timedTokens struct {
	pedigree.Tokens
	s *stats
}

func (t timedTokens) Authenticate(ctx context.Context, token string) (pedigree.Organisation, error) {
	began := time.Now()
	o, err := t.Tokens.Authenticate(ctx, token)
	t.s.add(statAuthenticate, time.Since(began))
	return o, err
}

// timedStore times the Registrar's calls to the batch store.
type timedStore struct {
	pedigree.BatchStore
	create, setStatus stat
}

func (t *timedStore) Create(ctx context.Context, d pedigree.BatchDetails, serials []string) error {
	began := time.Now()
	err := t.BatchStore.Create(ctx, d, serials)
	t.create.add(time.Since(began))
	return err
}

func (t *timedStore) SetStatus(ctx context.Context, id pedigree.TokenID, status string, tx *pedigree.Hash, failure string) error {
	began := time.Now()
	err := t.BatchStore.SetStatus(ctx, id, status, tx, failure)
	t.setStatus.add(time.Since(began))
	return err
}

// sqlNames returns the names in m that are SQL statements, the most time first.
func sqlNames(m map[string]stat) []string {
	var out []string
	for k := range m {
		if strings.HasPrefix(k, "SQL ") {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := m[b].took - m[a].took; c != 0 {
			if c > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
	return out
}
