package pgtest_test

import (
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestNewPool(t *testing.T) {
	ctx := t.Context()
	a, b := pgtest.NewPool(t), pgtest.NewPool(t)
	t.Run("Migrated", func(t *testing.T) {
		var v int
		if err := a.QueryRow(ctx, "SELECT version FROM "+postgres.VersionTable).Scan(&v); err != nil || v < 1 {
			t.Errorf("schema version = %d, %v; want the migrations applied", v, err)
		}
	})
	t.Run("Isolated", func(t *testing.T) {
		if _, err := a.Exec(ctx, "CREATE TABLE only_in_a (x int)"); err != nil {
			t.Fatal(err)
		}
		var exists bool
		if err := b.QueryRow(ctx, "SELECT to_regclass('only_in_a') IS NOT NULL").Scan(&exists); err != nil || exists {
			t.Errorf("b sees a's table: %v, %v", exists, err)
		}
		var da, db string
		a.QueryRow(ctx, "SELECT current_database()").Scan(&da)
		b.QueryRow(ctx, "SELECT current_database()").Scan(&db)
		if da == db {
			t.Errorf("both pools are on database %q", da)
		}
	})
	t.Run("Fast", func(t *testing.T) {
		const n = 5
		began := time.Now()
		for range n {
			pgtest.NewPool(t)
		}
		t.Logf("NewPool took %v on average", time.Since(began)/n)
	})
}

func TestNewCluster(t *testing.T) {
	c := pgtest.NewCluster(t)
	pool, err := postgres.Open(t.Context(), c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var v int
	if err := pool.QueryRow(t.Context(), "SELECT version FROM "+postgres.VersionTable).Scan(&v); err != nil || v < 1 {
		t.Errorf("schema version = %d, %v; want the migrations applied", v, err)
	}
}
