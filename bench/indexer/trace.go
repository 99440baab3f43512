package indexbench

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/bench/kit"
)

// sqlTracer adds up the time of every statement by kind: verb and table.
type sqlTracer struct{ stats *kit.Stats }

func newSQLTracer() *sqlTracer { return &sqlTracer{stats: kit.NewStats()} }

type traceKey struct{}

type traceStart struct {
	label string
	at    time.Time
}

func (t *sqlTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	return context.WithValue(ctx, traceKey{}, traceStart{sqlLabel(d.SQL), time.Now()})
}

func (t *sqlTracer) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryEndData) {
	t.end(ctx)
}

func (t *sqlTracer) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceCopyFromStartData) context.Context {
	return context.WithValue(ctx, traceKey{}, traceStart{"COPY " + strings.Join(d.TableName, "."), time.Now()})
}

func (t *sqlTracer) TraceCopyFromEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceCopyFromEndData) {
	t.end(ctx)
}

func (t *sqlTracer) end(ctx context.Context) {
	if s, ok := ctx.Value(traceKey{}).(traceStart); ok {
		t.stats.Add(s.label, time.Since(s.at))
	}
}

// snapshot returns the statements' labels, the slowest first, and their figures.
func (t *sqlTracer) snapshot() ([]string, map[string]kit.Stat) {
	out := t.stats.Snapshot()
	labels := slices.Collect(maps.Keys(out))
	kit.SlowestFirst(labels, out)
	return labels, out
}

// sqlLabel names a statement by its verb and table: "SELECT tokens", "UPDATE pack_states".
func sqlLabel(sql string) string {
	f := strings.Fields(sql)
	if len(f) == 0 {
		return "?"
	}
	verb := strings.ToUpper(f[0])
	after := func(word string) string {
		for i := 1; i+1 < len(f); i++ {
			if strings.EqualFold(f[i], word) {
				return strings.TrimSuffix(f[i+1], ",")
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
	case "UPDATE", "TRUNCATE":
		if len(f) > 1 {
			table = f[1]
		}
	}
	if table == "" {
		return verb
	}
	return verb + " " + table
}
