package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// IndexerLock is the advisory lock key that makes one instance of many the indexer.
const IndexerLock int64 = 0x7065646967726565 // "pedigree"

// Lease is a session-level advisory lock held on a connection of its own. PostgreSQL releases
// it when that session ends, however it ends: a clean Release, the process killed with
// kill -9, or the network gone. So when the holder dies the lock is free for the next
// instance at once, with no timeout to wait out.
type Lease struct {
	conn    *pgx.Conn
	lost    chan struct{}
	done    chan struct{} // closed by Release
	stopped chan struct{} // closed when watch returns: the connection is Release's alone
}

// TryLease tries once to take the advisory lock key on a new connection to pool's database.
// It returns nil and no error when another session holds the lock.
func TryLease(ctx context.Context, pool *pgxpool.Pool, key int64, check time.Duration) (*Lease, error) {
	conn, err := pgx.ConnectConfig(ctx, pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, fmt.Errorf("connect for the %x lock: %w", key, err)
	}
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&got); err != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("take the %x lock: %w", key, err)
	}
	if !got {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, nil
	}
	l := &Lease{conn: conn, lost: make(chan struct{}), done: make(chan struct{}), stopped: make(chan struct{})}
	go l.watch(check)
	return l, nil
}

// watch pings the lease's session every check, and closes lost when it fails: the session,
// and with it the lock, may be gone.
func (l *Lease) watch(check time.Duration) {
	defer close(l.stopped)
	t := time.NewTicker(check)
	defer t.Stop()
	for {
		select {
		case <-l.done:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), check)
			err := l.conn.Ping(ctx)
			cancel()
			if err != nil {
				close(l.lost)
				return
			}
		}
	}
}

// Lost is closed when the lease's session failed: the lock may be another's now.
func (l *Lease) Lost() <-chan struct{} { return l.lost }

// Release gives the lock up by ending its session.
func (l *Lease) Release() {
	close(l.done)
	<-l.stopped
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = l.conn.Close(ctx)
}
