package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Committer writes what many requests record (a scan, an audit entry) in few transactions:
// group commit. Each request's statement joins the next transaction its writers send; the
// request returns once that transaction is committed, so what it wrote is durable when it
// answers, as with a transaction of its own, but one WAL flush serves all of them. A request
// waits for at most one transaction in flight.
//
// A transaction that fails is retried one statement per transaction, so that a request whose
// statement is refused (a constraint) fails alone. It is safe for concurrent use.
type Committer struct {
	pool *pgxpool.Pool
	reqs chan *commitRequest
	stop chan struct{}
	wg   sync.WaitGroup
	// closing is held to send a request, and taken by Close: no request is queued once the
	// writers may have stopped draining.
	closing sync.RWMutex
	closed  bool
	// Before, when set, runs before each transaction, with its requests' keys (what Do was
	// given): the scan log makes the partitions its rows need there. An error fails them all.
	Before func(ctx context.Context, keys []any) error
}

// maxGroup bounds the statements of one transaction.
const maxGroup = 1000

type commitRequest struct {
	ctx  context.Context
	sql  string
	args []any
	key  any
	scan func(pgx.Row) error
	done chan error
}

// NewCommitter starts writers goroutines (at least 1) committing to pool; Close stops them.
func NewCommitter(pool *pgxpool.Pool, writers int) *Committer {
	c := &Committer{pool: pool, reqs: make(chan *commitRequest, maxGroup), stop: make(chan struct{})}
	for range max(writers, 1) {
		c.wg.Go(c.write)
	}
	return c
}

// ErrClosed is what Do returns once the Committer is closed.
var ErrClosed = errors.New("the database writer is closed")

// Do runs sql with args in the next transaction and returns once it is committed; scan, when
// set, reads the statement's one row. key is handed to Before.
func (c *Committer) Do(ctx context.Context, key any, sql string, args []any, scan func(pgx.Row) error) error {
	r := &commitRequest{ctx: ctx, sql: sql, args: args, key: key, scan: scan, done: make(chan error, 1)}
	c.closing.RLock()
	if c.closed {
		c.closing.RUnlock()
		return ErrClosed
	}
	select {
	case c.reqs <- r:
		c.closing.RUnlock()
	case <-ctx.Done():
		c.closing.RUnlock()
		return ctx.Err()
	}
	// Once queued, the statement may be committed whatever the caller does: wait for the
	// outcome unless the caller gives up.
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close stops the writers once the requests queued are written.
func (c *Committer) Close() {
	c.closing.Lock()
	if !c.closed {
		c.closed = true
		close(c.stop)
	}
	c.closing.Unlock()
	c.wg.Wait()
}

// write takes the requests waiting, up to maxGroup, and commits them in one transaction, until
// Close.
func (c *Committer) write() {
	group := make([]*commitRequest, 0, maxGroup)
	for {
		group = group[:0]
		select {
		case r := <-c.reqs:
			group = append(group, r)
		case <-c.stop:
			// Drain what was queued before Close.
			for {
				select {
				case r := <-c.reqs:
					c.commit([]*commitRequest{r})
				default:
					return
				}
			}
		}
	more:
		for len(group) < maxGroup {
			select {
			case r := <-c.reqs:
				group = append(group, r)
			default:
				break more
			}
		}
		c.commit(group)
	}
}

// commit writes group in one transaction, or, when that fails, each request in its own.
func (c *Committer) commit(group []*commitRequest) {
	live := group[:0:0]
	for _, r := range group {
		if r.ctx.Err() != nil {
			r.done <- r.ctx.Err() // the caller gave up before its statement was sent
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	// The statements outlive their callers' contexts once sent: a transaction is not cut short
	// because one caller went away.
	ctx := context.WithoutCancel(live[0].ctx)
	err := c.transact(ctx, live)
	// A deadlock (another instance's group taking the same alert rows in another order) or a
	// serialisation failure says nothing against the statements: the group is sent again
	// whole, rather than a row at a time.
	for try := 0; err != nil && transient(err) && try < maxRetries; try++ {
		err = c.transact(ctx, live)
	}
	if err == nil {
		for _, r := range live {
			r.done <- nil
		}
		return
	}
	if len(live) == 1 {
		live[0].done <- err
		return
	}
	for _, r := range live {
		r.done <- c.transact(ctx, []*commitRequest{r})
	}
}

// maxRetries bounds how often a group that failed for a transient reason is sent again whole.
const maxRetries = 2

// transient says whether err is PostgreSQL breaking a deadlock or a serialisation conflict:
// the same transaction may succeed when sent again.
func transient(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// Waiting returns how many requests wait for a transaction to take them.
func (c *Committer) Waiting() int { return len(c.reqs) }

// transact runs the requests' statements in one transaction and reads their rows.
func (c *Committer) transact(ctx context.Context, group []*commitRequest) error {
	if c.Before != nil {
		keys := make([]any, len(group))
		for i, r := range group {
			keys[i] = r.key
		}
		if err := c.Before(ctx, keys); err != nil {
			return err
		}
	}
	// One round trip: the statements are pipelined before a single Sync, which makes them one
	// implicit transaction, committed at the Sync, or rolled back whole when one fails.
	b := &pgx.Batch{}
	for _, r := range group {
		q := b.Queue(r.sql, r.args...)
		if r.scan != nil {
			q.QueryRow(r.scan)
		}
	}
	if err := c.pool.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("write %d statements: %w", len(group), err)
	}
	return nil
}
