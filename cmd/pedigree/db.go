package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pgcluster"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/migrations"
)

// database is an open, migrated database and what it takes to close it.
type database struct {
	pool    *pgxpool.Pool
	cluster *pgcluster.Cluster // nil with DATABASE_URL
	where   string             // for people: a psql command or the redacted URL
	version int                // the schema version reached
}

// openDatabase opens DATABASE_URL, or without it the private PostgreSQL cluster in DATA/pg
// (started if it is not running), and applies the migrations. With own, closing it stops the
// cluster even if it was already running (left behind by a crashed run).
func openDatabase(ctx context.Context, dataDir string, own bool, getenv func(string) string, log *slog.Logger) (*database, error) {
	db := &database{}
	dsn := getenv("DATABASE_URL")
	if dsn == "" {
		c, err := pgcluster.Start(ctx, filepath.Join(dataDir, "pg"), log)
		if err != nil {
			return nil, err
		}
		if own {
			c.Adopt()
		}
		db.cluster, dsn = c, c.URL()
		db.where = fmt.Sprintf("psql -h %s -U postgres pedigree", c.Dir())
	} else {
		db.where = redact(dsn)
	}
	pool, err := postgres.Open(ctx, dsn)
	if err != nil {
		db.close()
		return nil, err
	}
	db.pool = pool
	if db.version, err = postgres.Migrate(ctx, pool, migrations.FS); err != nil {
		db.close()
		return nil, fmt.Errorf("migrate the database: %w", err)
	}
	return db, nil
}

// close closes the pool and stops the cluster if this process started it, even after ctx
// ended (a Ctrl-C).
func (db *database) close() {
	if db.pool != nil {
		db.pool.Close()
	}
	if db.cluster != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = db.cluster.Stop(ctx)
	}
}

// redact removes the password from a database URL or keyword/value string.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		if q := u.Query(); q.Has("password") { // postgres://host/db?password=...
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	fields := strings.Fields(dsn)
	for i, f := range fields {
		if strings.HasPrefix(f, "password=") {
			fields[i] = "password=xxxxx"
		}
	}
	return strings.Join(fields, " ")
}

func runMigrate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f baseFlags
	fs := newFlags("migrate", "Applies the database migrations to DATABASE_URL, or without it to the private\nPostgreSQL cluster in DATA/pg (started for the purpose and stopped again).", stderr)
	f.register(fs)
	log, err := f.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, f.dataDir, false, getenv, log)
	if err != nil {
		return err
	}
	defer db.close()
	fmt.Fprintf(stdout, "the database (%s) is at schema version %d\n", db.where, db.version)
	return nil
}
