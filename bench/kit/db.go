package kit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/migrations"
)

// Server is the PostgreSQL server a benchmark creates its databases on. Each is fresh, and
// dropped by Close, so nothing the server held before is touched.
type Server struct {
	base   string    // the admin connection string
	prefix string    // of the databases' names: the benchmark's name
	admin  *pgx.Conn // creates and drops databases
	made   []string
}

// OpenServer connects to the server at base (a connection string whose role may create
// databases) for the benchmark called name, which prefixes the databases it makes.
func OpenServer(ctx context.Context, base, name string) (*Server, error) {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	return &Server{base: base, prefix: name, admin: conn}, nil
}

// NewDatabase creates a database holding pedigree's schema (migrations.FS) and returns its
// connection string.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	var b [5]byte
	rand.Read(b[:])
	name := s.prefix + "_" + hex.EncodeToString(b[:])
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("create database %s (the role needs CREATEDB): %w", name, err)
	}
	s.made = append(s.made, name)
	u := WithDatabase(s.base, name)
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

// Close drops the databases NewDatabase made and disconnects.
func (s *Server) Close(ctx context.Context) {
	for _, name := range s.made {
		_, _ = s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	}
	s.admin.Close(ctx)
}

// WithDatabase returns connection string conn naming database name instead.
func WithDatabase(conn, name string) string {
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		if u, err := url.Parse(conn); err == nil {
			u.Path, u.RawPath = "/"+name, ""
			return u.String()
		}
	}
	return conn + " dbname=" + name // the last of a repeated keyword counts
}

// OpenPool opens a pool on u with tracer (nil: none) on every connection and maxConns (0:
// what postgres.Open gives pedigree, postgres.PoolSize) connections at most.
func OpenPool(ctx context.Context, u string, maxConns int32, tracer pgx.QueryTracer) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	cfg.MaxConns = postgres.PoolSize()
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
