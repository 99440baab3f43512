package postgres_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

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

// A group PostgreSQL breaks a deadlock with (another instance's transaction taking the same
// rows in the other order) is sent again whole: its rows are written by one transaction, not a
// row at a time.
func TestCommitterDeadlock(t *testing.T) {
	pool := pgtest.NewPool(t)
	ctx := context.Background()
	if _, err := pool.Exec(ctx, `CREATE TABLE counted (id integer PRIMARY KEY, n integer NOT NULL);
		INSERT INTO counted VALUES (1, 0), (2, 0), (3, 0)`); err != nil {
		t.Fatal(err)
	}
	deadlocks := func() int64 {
		var n int64
		if err := pool.QueryRow(ctx, `SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	begin := func() pgx.Tx {
		tx, err := pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = tx.Rollback(ctx) })
		return tx
	}
	lock := func(tx pgx.Tx, id int) {
		if _, err := tx.Exec(ctx, `UPDATE counted SET n = n + 1 WHERE id = $1`, id); err != nil {
			t.Fatal(err)
		}
	}
	before := deadlocks()
	// Closed after the transactions below end (cleanups run last first), or Close would wait
	// for a writer they block.
	c := postgres.NewCommitter(pool, 1)
	t.Cleanup(c.Close)

	// The writer is held on row 3, so that rows 1 and 2 queue behind it, in that order, and
	// make one group.
	held, other := begin(), begin()
	lock(held, 3)
	if _, err := other.Exec(ctx, `SET LOCAL deadlock_timeout = '30s'`); err != nil { // the group is the one PostgreSQL breaks
		t.Fatal(err)
	}
	lock(other, 2)
	update := `UPDATE counted SET n = n + 1 WHERE id = $1 RETURNING xmin::text::bigint`
	lockWaiters := func() int {
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%counted%'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// queued says the writer waits for row 3, with 1, then 2, waiting behind it.
	queued := func(id int) bool {
		if id != 3 {
			return c.Waiting() == map[int]int{1: 1, 2: 2}[id]
		}
		return lockWaiters() == 1
	}
	var wg sync.WaitGroup
	errs, xids := make([]error, 4), make([]int64, 4)
	for _, id := range []int{3, 1, 2} {
		wg.Go(func() {
			errs[id] = c.Do(ctx, nil, update, []any{id}, func(row pgx.Row) error { return row.Scan(&xids[id]) })
		})
		for !queued(id) {
			time.Sleep(time.Millisecond)
		}
	}
	if err := held.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	// Once the group has row 1 and waits for row 2, other asks for row 1: a deadlock, which
	// the group's side, waiting longer, breaks. other then goes on, and commits.
	for c.Waiting() != 0 || lockWaiters() != 1 {
		time.Sleep(time.Millisecond)
	}
	lock(other, 1)
	if err := other.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for _, id := range []int{1, 2, 3} {
		if errs[id] != nil {
			t.Fatalf("row %d: %v", id, errs[id])
		}
	}
	// The statistics arrive within a second or so of the deadlock.
	got := deadlocks() - before
	for deadline := time.Now().Add(10 * time.Second); got == 0 && time.Now().Before(deadline); got = deadlocks() - before {
		time.Sleep(50 * time.Millisecond)
	}
	if got != 1 {
		t.Fatalf("%d deadlocks, want the one this test makes", got)
	}
	if xids[1] != xids[2] {
		t.Errorf("rows 1 and 2 were written by transactions %d and %d: the group was not sent again whole", xids[1], xids[2])
	}
}
