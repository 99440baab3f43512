package benchverify

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/migrations"
)

// server is the PostgreSQL server the benchmark creates its database on: a fresh one, dropped
// at the end, so nothing the server held before is touched.
type server struct {
	base  string    // the admin connection string
	admin *pgx.Conn // creates and drops the database
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
	name := "benchverify_" + hex.EncodeToString(b[:])
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("create database %s (the role needs CREATEDB): %w", name, err)
	}
	s.made = append(s.made, name)
	u := withDatabase(s.base, name)
	pool, err := postgres.Open(ctx, u)
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

// openPool opens a pool as postgres.Open does (the server's and the baseline's alike), with
// tracer (nil: none) on every connection and maxConns (0: pgxpool's default, what
// postgres.Open leaves) connections at most.
func openPool(ctx context.Context, u string, maxConns int32, tracer pgx.QueryTracer) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if maxConns > 0 {
		cfg.MaxConns = maxConns
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

// machine describes where the benchmark ran.
type machine struct {
	cpus, procs int
	cpuModel    string
	goVersion   string
	postgres    string
	settings    string
	server      string
	loadavg     string // /proc/loadavg when the run began: other work on the machine skews the figures
}

func describeMachine(ctx context.Context, srv *server, where string) (machine, error) {
	m := machine{cpus: runtime.NumCPU(), procs: runtime.GOMAXPROCS(0), goVersion: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH, server: where}
	if err := srv.admin.QueryRow(ctx, "SELECT version()").Scan(&m.postgres); err != nil {
		return m, fmt.Errorf("read PostgreSQL version: %w", err)
	}
	var settings []string
	for _, name := range []string{"fsync", "synchronous_commit", "shared_buffers", "max_connections"} {
		var v string
		if err := srv.admin.QueryRow(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil {
			return m, fmt.Errorf("read PostgreSQL setting %s: %w", name, err)
		}
		settings = append(settings, name+"="+v)
	}
	m.settings = strings.Join(settings, " ")
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			m.loadavg = strings.Join(f[:3], " ")
		}
	}
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
