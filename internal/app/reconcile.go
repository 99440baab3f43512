package app

import (
	"context"
	"time"

	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// ReconcileLock is the advisory lock key that lets one instance at a time reconcile
// registrations (any may; the lock only spares them doing it twice).
const ReconcileLock int64 = 0x7065646967726563 // "pedigrec"

// reconcile settles the batch registrations (chain.Registrar.Reconcile has the rules) and the
// suspensions and reinstatements (statusChanger.reconcile) cut short, by reading the chain: once as soon as the node is reached, then every
// ReconcileInterval, since many instances share the database and any may die mid-way. It
// returns when ctx ends.
func (s *Service) reconcile(ctx context.Context) {
	for {
		lease, err := postgres.TryLease(ctx, s.pool, ReconcileLock, s.cfg.LeaderRetry)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("cannot try the reconciler lock", "err", err)
		case lease != nil:
			if err := s.Registrar.Reconcile(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("reconcile registrations", "err", err)
			}
			s.status.reconcile(ctx, nil)
			lease.Release()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(s.cfg.ReconcileInterval):
		}
	}
}
