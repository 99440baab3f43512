package benchverify

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/benchkit"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

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
type tracer struct{ s *benchkit.Stats }

var (
	_ pgx.QueryTracer       = tracer{}
	_ pgx.BatchTracer       = tracer{}
	_ pgx.CopyFromTracer    = tracer{}
	_ pgxpool.AcquireTracer = tracer{}
)

func newTracer(s *benchkit.Stats) tracer { return tracer{s: s} }

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
		t.s.Add(s.label, time.Since(s.at))
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
	s *benchkit.Stats
}

func (t timedHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	began := time.Now()
	t.h.ServeHTTP(w, r)
	t.s.Add(statHandler, time.Since(began))
}

// timedVerifier times the verifier the server calls.
type timedVerifier struct {
	pedigree.Verifier
	s *benchkit.Stats
}

func (t timedVerifier) Verify(ctx context.Context, req pedigree.VerifyRequest) (pedigree.Verification, error) {
	began := time.Now()
	v, err := t.Verifier.Verify(ctx, req)
	t.s.Add(statVerify, time.Since(began))
	return v, err
}

// timedTokens times the server's authentication of API tokens.
type timedTokens struct {
	pedigree.Tokens
	s *benchkit.Stats
}

func (t timedTokens) Authenticate(ctx context.Context, token string) (pedigree.Organisation, error) {
	began := time.Now()
	o, err := t.Tokens.Authenticate(ctx, token)
	t.s.Add(statAuthenticate, time.Since(began))
	return o, err
}

// timedStore times the Registrar's calls to the batch store.
type timedStore struct {
	pedigree.BatchStore
	create, setStatus benchkit.Stat
}

func (t *timedStore) Create(ctx context.Context, d pedigree.BatchDetails, serials []string) error {
	began := time.Now()
	err := t.BatchStore.Create(ctx, d, serials)
	t.create.Add(time.Since(began))
	return err
}

func (t *timedStore) SetStatus(ctx context.Context, id pedigree.TokenID, status string, tx *pedigree.Hash, failure string) error {
	began := time.Now()
	err := t.BatchStore.SetStatus(ctx, id, status, tx, failure)
	t.setStatus.Add(time.Since(began))
	return err
}

// sqlNames returns the names in m that are SQL statements, the most time first.
func sqlNames(m map[string]benchkit.Stat) []string {
	var out []string
	for k := range m {
		if strings.HasPrefix(k, "SQL ") {
			out = append(out, k)
		}
	}
	benchkit.SlowestFirst(out, m)
	return out
}
