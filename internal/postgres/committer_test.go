package postgres_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestCommitter(t *testing.T) {
	pool := pgtest.NewPool(t)
	ctx := context.Background()
	if _, err := pool.Exec(ctx, `CREATE TABLE committed (n integer PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	c := postgres.NewCommitter(pool, 2)
	defer c.Close()

	t.Run("OK", func(t *testing.T) {
		// Many requests at once: each returns once its row is committed, with its own result.
		var wg sync.WaitGroup
		errs := make([]error, 300)
		got := make([]int, 300)
		for i := range 300 {
			wg.Go(func() {
				errs[i] = c.Do(ctx, nil, `INSERT INTO committed (n) VALUES ($1) RETURNING n * 2`, []any{i},
					func(row pgx.Row) error { return row.Scan(&got[i]) })
			})
		}
		wg.Wait()
		for i := range 300 {
			if errs[i] != nil || got[i] != 2*i {
				t.Fatalf("request %d: %v, read %d", i, errs[i], got[i])
			}
		}
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM committed`).Scan(&n); err != nil || n != 300 {
			t.Fatalf("%d rows (%v), want 300", n, err)
		}
	})
	t.Run("ErrOneStatement", func(t *testing.T) {
		// A statement refused fails its own request alone, whatever shares its transaction.
		var wg sync.WaitGroup
		errs := make([]error, 100)
		for i := range 100 {
			n := 1000 + i
			if i%10 == 0 {
				n = i // already there
			}
			wg.Go(func() { errs[i] = c.Do(ctx, nil, `INSERT INTO committed (n) VALUES ($1)`, []any{n}, nil) })
		}
		wg.Wait()
		for i, err := range errs {
			if (err != nil) != (i%10 == 0) {
				t.Errorf("request %d: %v", i, err)
			}
		}
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM committed WHERE n >= 1000`).Scan(&n); err != nil || n != 90 {
			t.Fatalf("%d new rows (%v), want 90", n, err)
		}
	})
	t.Run("ErrClosed", func(t *testing.T) {
		closed := postgres.NewCommitter(pool, 1)
		closed.Close()
		if err := closed.Do(ctx, nil, `SELECT 1`, nil, nil); !errors.Is(err, postgres.ErrClosed) {
			t.Fatalf("got %v, want ErrClosed", err)
		}
	})
}
