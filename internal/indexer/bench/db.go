package bench

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/migrations"
)

// server is the PostgreSQL server the benchmark creates its databases on. Each phase gets a
// fresh database, dropped at the end, so nothing the server held before is touched.
type server struct {
	base  string    // the admin connection string
	admin *pgx.Conn // creates and drops databases
	made  []string
}

func openServer(ctx context.Context, base string) (*server, error) {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	return &server{base: base, admin: conn}, nil
}

// newDatabase creates a database holding pedigree's schema (migrations.FS) and returns its
// connection string.
func (s *server) newDatabase(ctx context.Context) (string, error) {
	var b [5]byte
	rand.Read(b[:])
	name := "benchindexer_" + hex.EncodeToString(b[:])
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("create database %s (the role needs CREATEDB): %w", name, err)
	}
	s.made = append(s.made, name)
	u := withDatabase(s.base, name)
	pool, err := openPool(ctx, u, nil)
	if err != nil {
		return "", err
	}
	defer pool.Close()
	if _, err := postgres.Migrate(ctx, pool, migrations.FS); err != nil {
		return "", err
	}
	return u, nil
}

// close drops the databases the benchmark made.
func (s *server) close(ctx context.Context) {
	for _, name := range s.made {
		_, _ = s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	}
	s.admin.Close(ctx)
}

// withDatabase returns connection string conn naming database name instead.
func withDatabase(conn, name string) string {
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		if u, err := url.Parse(conn); err == nil {
			u.Path, u.RawPath = "/"+name, ""
			return u.String()
		}
	}
	return conn + " dbname=" + name // the last of a repeated keyword counts
}

// openPool opens a pool as postgres.Open does, with tracer (nil: none) on every connection.
func openPool(ctx context.Context, u string, tracer *sqlTracer) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if tracer != nil {
		cfg.ConnConfig.Tracer = tracer
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	return pool, nil
}

// stat is a count of calls and the time they took.
type stat struct {
	n    int
	took time.Duration
}

func (s *stat) add(d time.Duration) { s.n++; s.took += d }

// sqlTracer adds up the time of every statement by kind: verb and table.
type sqlTracer struct {
	mu    sync.Mutex
	stats map[string]*stat
}

func newSQLTracer() *sqlTracer { return &sqlTracer{stats: map[string]*stat{}} }

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
	s, ok := ctx.Value(traceKey{}).(traceStart)
	if !ok {
		return
	}
	d := time.Since(s.at)
	t.mu.Lock()
	defer t.mu.Unlock()
	st := t.stats[s.label]
	if st == nil {
		st = &stat{}
		t.stats[s.label] = st
	}
	st.add(d)
}

// snapshot returns the statements' labels, the slowest first, and their figures.
func (t *sqlTracer) snapshot() ([]string, map[string]stat) {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := map[string]stat{}
	var labels []string
	for k, v := range t.stats {
		out[k] = *v
		labels = append(labels, k)
	}
	slices.SortFunc(labels, func(a, b string) int {
		if c := out[b].took - out[a].took; c != 0 {
			if c > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
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

// machine describes where the benchmark ran.
type machine struct {
	cpus, procs int
	cpuModel    string
	goVersion   string
	postgres    string
	settings    string
	server      string
}

func describeMachine(ctx context.Context, srv *server, where string) (machine, error) {
	m := machine{cpus: runtime.NumCPU(), procs: runtime.GOMAXPROCS(0), goVersion: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH, server: where}
	if err := srv.admin.QueryRow(ctx, "SELECT version()").Scan(&m.postgres); err != nil {
		return m, fmt.Errorf("read PostgreSQL version: %w", err)
	}
	var settings []string
	for _, name := range []string{"fsync", "synchronous_commit", "shared_buffers"} {
		var v string
		if err := srv.admin.QueryRow(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil {
			return m, fmt.Errorf("read PostgreSQL setting %s: %w", name, err)
		}
		settings = append(settings, name+"="+v)
	}
	m.settings = strings.Join(settings, " ")
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.cpuModel = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return m, nil
}
