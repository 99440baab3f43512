// Package postgres is pedigree's PostgreSQL side: the pgx store implementing pedigree's domain
// interfaces (the projection of the chain's events, and what the chain cannot hold), the
// migrations runner (tern, over the numbered .sql files of the top-level migrations
// directory). The private local cluster of `pedigree dev` and the tests is package pgcluster.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/tern/v2/migrate"
)

// VersionTable is the table that records how far the migrations have gone: one row, one
// column, version, the number of the last migration applied.
const VersionTable = "public.schema_version"

// Open returns a pool of connections to the database at url (a postgres:// URL or libpq
// keyword/value string), once one connection works. Without connect_timeout in url, a
// connection attempt gives up after 10 seconds.
func Open(ctx context.Context, url string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err) // pgx leaves the password out
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if !strings.Contains(url, "pool_max_conns") {
		cfg.MaxConns = PoolSize()
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL (%s): %w", where(cfg.ConnConfig.Config), err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to PostgreSQL (%s): %w", where(cfg.ConnConfig.Config), err)
	}
	return pool, nil
}

// PoolSize is the connections Open allows a pool unless the URL says (pool_max_conns):
// pgx's default, max(4, CPUs), makes concurrent verifications queue for a connection while
// each waits mostly on the network; this allows more, well under PostgreSQL's 100.
func PoolSize() int32 { return int32(max(8, 4*runtime.GOMAXPROCS(0))) }

// where names a server and database, without the password, for an error message.
func where(cfg pgconn.Config) string {
	host := cfg.Host
	if len(host) > 0 && host[0] == '/' {
		host = "socket in " + host
	} else {
		host += ":" + strconv.Itoa(int(cfg.Port))
	}
	return fmt.Sprintf("database %s as %s on %s", cfg.Database, cfg.User, host)
}

// Migrate applies the migrations in fsys that the database lacks, in order, each in a
// transaction, and returns the version reached: the number of the last migration. It works on
// one connection holding an advisory lock, so concurrent callers (two instances starting at
// once) apply each migration once; the version is kept in VersionTable.
//
// The migrations are tern's: files named 001_name.sql, 002_name.sql, ..., numbered from 1
// without gaps, each a Go text/template.
func Migrate(ctx context.Context, pool *pgxpool.Pool, fsys fs.FS) (version int, err error) {
	if err := checkMigrationNames(fsys); err != nil {
		return 0, err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	defer func() {
		if err != nil {
			// The session may be left mid-transaction or holding the lock: don't reuse it.
			_ = conn.Conn().Close(context.WithoutCancel(ctx))
		}
		conn.Release()
	}()
	m, err := migrate.NewMigrator(ctx, conn.Conn(), VersionTable)
	if err != nil {
		return 0, fmt.Errorf("migrate: create %s: %w", VersionTable, err)
	}
	if err := m.LoadMigrations(fsys); err != nil {
		return 0, fmt.Errorf("migrate: load the migrations: %w", err)
	}
	if err := m.Migrate(ctx); err != nil {
		if errors.As(err, new(migrate.BadVersionError)) {
			if v, verr := m.GetCurrentVersion(ctx); verr == nil && int(v) > len(m.Migrations) {
				return int(v), fmt.Errorf("migrate: the database's schema is at version %d, newer than this program's %d migrations: run a newer pedigree", v, len(m.Migrations))
			}
		}
		return 0, fmt.Errorf("migrate: %w", err)
	}
	v, err := m.GetCurrentVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: read %s: %w", VersionTable, err)
	}
	return int(v), nil
}

// migrationName is tern's pattern for a migration's file name.
var migrationName = regexp.MustCompile(`\A(\d+)_.+\.sql\z`)

// checkMigrationNames rejects a migration numbered 0, on which tern panics.
func checkMigrationNames(fsys fs.FS) error {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, e := range entries {
		if m := migrationName.FindStringSubmatch(e.Name()); m != nil && !e.IsDir() {
			if n, err := strconv.Atoi(m[1]); err == nil && n == 0 {
				return fmt.Errorf("migrate: %s: migrations are numbered from 1", e.Name())
			}
		}
	}
	return nil
}
