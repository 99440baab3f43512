package postgres

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Instance is one running process of the service, as the database sees it: a session advisory
// lock on a random key, held on a connection of its own for as long as the process lives. Rows
// the instance is working on (an unfinished registration, an Idempotency-Key whose request
// runs) name it as their owner. PostgreSQL ends the session when the process ends, however it
// ends (kill -9 included), so the other instances see at once that its work is orphaned, with
// no lease to wait out.
type Instance struct {
	// ID is the lock's key, written as the owner of the rows the instance works on.
	ID     int64
	pool   *pgxpool.Pool
	cancel context.CancelFunc
	done   chan struct{}
}

// JoinInstance takes a fresh instance lock on pool's database and holds it until Close. A lost
// session is taken again (meanwhile others may see the instance's work as orphaned; what they
// then do is safe, only wasted).
func JoinInstance(ctx context.Context, pool *pgxpool.Pool) (*Instance, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	// Positive and below 2^62, so orphaned's arithmetic on pg_locks never overflows.
	id := int64(binary.BigEndian.Uint64(b[:])>>2) | 1
	lease, err := TryLease(ctx, pool, id, 5*time.Second)
	if err != nil {
		return nil, err
	}
	if lease == nil { // 2^-61: take another
		return JoinInstance(ctx, pool)
	}
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	inst := &Instance{ID: id, pool: pool, cancel: cancel, done: make(chan struct{})}
	go inst.hold(lctx, pool, lease)
	return inst, nil
}

// hold keeps the lock until ctx ends, taking it again after its session is lost.
func (i *Instance) hold(ctx context.Context, pool *pgxpool.Pool, lease *Lease) {
	defer close(i.done)
	for {
		if lease != nil {
			select {
			case <-ctx.Done():
				lease.Release()
				return
			case <-lease.Lost():
				lease.Release()
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		lease, _ = TryLease(ctx, pool, i.ID, 5*time.Second)
	}
}

// Close gives the lock up: the instance's unfinished work is orphaned from now on. It returns
// once PostgreSQL no longer lists the lock (a closed session ends on the server a moment after
// the client hangs up), or after 5 s.
func (i *Instance) Close() {
	i.cancel()
	<-i.done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for {
		var gone bool
		err := i.pool.QueryRow(ctx, `SELECT `+orphaned("$1::int8"), i.ID).Scan(&gone)
		if err != nil || gone {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// ownerID is the owner written by a store of inst: NULL without an instance.
func ownerID(inst *Instance) any {
	if inst == nil {
		return nil
	}
	return inst.ID
}

// orphaned is an SQL condition true when the instance named by the column owner holds no
// instance lock on this database: it has ended, or there never was one (NULL).
func orphaned(owner string) string {
	return `(` + owner + ` IS NULL OR NOT EXISTS (
		SELECT 1 FROM pg_locks l
		WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
		  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
		  AND ((l.classid::int8 << 32) | l.objid::int8) = ` + owner + `))`
}
