package postgres_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// testMigrations are three small migrations; 002 sleeps, so concurrent runs overlap.
var testMigrations = os.DirFS("testdata/migrations")

func TestMigrate(t *testing.T) {
	ctx := t.Context()
	t.Run("OK", func(t *testing.T) {
		pool := pgtest.Open(t, pgtest.NewDatabase(t))
		v, err := postgres.Migrate(ctx, pool, testMigrations)
		if err != nil || v != 3 {
			t.Fatalf("Migrate = %d, %v; want 3", v, err)
		}
		assertVersion(t, pool, 3)
		assertApplied(t, pool, []int{2, 3})

		t.Run("Again", func(t *testing.T) {
			v, err := postgres.Migrate(ctx, pool, testMigrations)
			if err != nil || v != 3 {
				t.Fatalf("Migrate = %d, %v; want 3", v, err)
			}
			assertApplied(t, pool, []int{2, 3})
		})
		t.Run("ErrSchemaNewer", func(t *testing.T) {
			older := fstest.MapFS{"001_items.sql": {Data: []byte("CREATE TABLE items (id bigint)")}}
			_, err := postgres.Migrate(ctx, pool, older)
			if err == nil || !strings.Contains(err.Error(), "newer") {
				t.Fatalf("Migrate with 1 migration on a database at 3 = %v, want an error", err)
			}
		})
	})
	t.Run("Concurrent", func(t *testing.T) {
		url := pgtest.NewDatabase(t)
		pools := []*pgxpool.Pool{pgtest.Open(t, url), pgtest.Open(t, url)}
		var wg sync.WaitGroup
		versions, errs := make([]int, len(pools)), make([]error, len(pools))
		for i, pool := range pools {
			wg.Go(func() { versions[i], errs[i] = postgres.Migrate(ctx, pool, testMigrations) })
		}
		wg.Wait()
		for i := range pools {
			if errs[i] != nil || versions[i] != 3 {
				t.Errorf("Migrate %d = %d, %v; want 3", i, versions[i], errs[i])
			}
		}
		assertApplied(t, pools[0], []int{2, 3})
	})
	t.Run("ErrBadSQL", func(t *testing.T) {
		pool := pgtest.Open(t, pgtest.NewDatabase(t))
		bad := fstest.MapFS{
			"001_ok.sql":  {Data: []byte("CREATE TABLE ok (x int)")},
			"002_bad.sql": {Data: []byte("CREATE TABLE bad (x int); CREAT TABLE worse (y int)")},
		}
		_, err := postgres.Migrate(ctx, pool, bad)
		if err == nil || !strings.Contains(err.Error(), "002_bad.sql") {
			t.Fatalf("Migrate = %v, want an error naming 002_bad.sql", err)
		}
		assertVersion(t, pool, 1)
		var exists bool
		if err := pool.QueryRow(ctx, "SELECT to_regclass('bad') IS NOT NULL").Scan(&exists); err != nil || exists {
			t.Errorf("table bad exists = %v, %v; want the failed migration rolled back", exists, err)
		}
	})
	t.Run("ErrNumberedZero", func(t *testing.T) {
		zero := fstest.MapFS{"000_zero.sql": {Data: []byte("SELECT 1")}}
		_, err := postgres.Migrate(ctx, nil, zero)
		if err == nil || !strings.Contains(err.Error(), "000_zero.sql") {
			t.Fatalf("Migrate = %v, want an error naming 000_zero.sql", err)
		}
	})
}

func assertVersion(t *testing.T, pool *pgxpool.Pool, want int) {
	t.Helper()
	var got int
	if err := pool.QueryRow(t.Context(), "SELECT version FROM "+postgres.VersionTable).Scan(&got); err != nil || got != want {
		t.Errorf("%s = %d, %v; want %d", postgres.VersionTable, got, err, want)
	}
}

// assertApplied checks the migrations that recorded their runs ran once each.
func assertApplied(t *testing.T, pool *pgxpool.Pool, want []int) {
	t.Helper()
	rows, _ := pool.Query(context.WithoutCancel(t.Context()), "SELECT migration FROM applied ORDER BY migration")
	got, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("applied = %v, %v; want %v", got, err, want)
	}
}

func TestOpenErr(t *testing.T) {
	_, err := postgres.Open(t.Context(), "host=/nonexistent/dir port=5432 user=someone password=s3cret dbname=x")
	if err == nil {
		t.Fatal("Open succeeded")
	}
	if msg := err.Error(); strings.Contains(msg, "s3cret") || !strings.Contains(msg, "/nonexistent/dir") {
		t.Errorf("Open error = %q; want the host, not the password", msg)
	}
}
