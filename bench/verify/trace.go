package verify

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/bench/kit"
)

// The names under which the server's work is added up. SQL statements are added as "SQL " and
// their label (sqlLabel). The service is app.New's, as it runs in production, so its pieces
// are timed from outside: the handler, and every statement of its pool.
const (
	statHandler = "handler"
	statAcquire = "pool: acquire a connection"
	// statAuthenticate is Tokens.Authenticate's one statement.
	statAuthenticate = "SQL WITH SELECT api_tokens"
)

// tracer times every statement, batch and connection acquisition of a pool into stats, as the
// client waited for them.
type tracer struct{ s *kit.Stats }

var (
	_ pgx.QueryTracer       = tracer{}
	_ pgx.BatchTracer       = tracer{}
	_ pgx.CopyFromTracer    = tracer{}
	_ pgxpool.AcquireTracer = tracer{}
)

func newTracer(s *kit.Stats) tracer { return tracer{s: s} }

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

// TraceBatchStart names a batch (one round trip of many statements) by its first statement
// after BEGIN: "SQL batch: WITH INSERT scans" is a group commit of the scan log,
// "SQL batch: SELECT indexer_state" the read of a batch's projection into memory.
func (t tracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceBatchStartData) context.Context {
	label := "SQL batch"
	if d.Batch != nil {
		for _, q := range d.Batch.QueuedQueries {
			if l := cachedLabel(q.SQL); l != "SQL BEGIN" {
				label = "SQL batch: " + strings.TrimPrefix(l, "SQL ")
				break
			}
		}
	}
	return t.start(ctx, label)
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
	s *kit.Stats
}

func (t timedHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	began := time.Now()
	t.h.ServeHTTP(w, r)
	t.s.Add(statHandler, time.Since(began))
}

// sqlNames returns the names in m that are SQL statements, the most time first.
func sqlNames(m map[string]kit.Stat) []string {
	var out []string
	for k := range m {
		if strings.HasPrefix(k, "SQL ") {
			out = append(out, k)
		}
	}
	kit.SlowestFirst(out, m)
	return out
}
