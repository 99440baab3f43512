package app

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// statusChanger suspends and reinstates participants with a reason, crash-safe: the change is
// recorded before anything is signed, its signed transaction before it is sent, its block once
// mined. A change cut short anywhere is settled from the chain (reconcile): done when its
// transaction was mined, failed when it reverted, was never sent or can never be mined. So the
// record and the chain end agreeing whatever dies when.
type statusChanger struct {
	store    *postgres.StatusChanges
	actions  *chain.Actions
	contract *chain.Contract
	orgs     *postgres.Organisations
	settle   settling
	log      *slog.Logger
	// staleAfter is how long a pending change of a live instance is left to it.
	staleAfter time.Duration
}

var _ pedigree.StatusChanges = (*statusChanger)(nil)

// Change implements pedigree.StatusChanges.
func (c *statusChanger) Change(ctx context.Context, regulator pedigree.Organisation, userID int64, account pedigree.Address, action pedigree.StatusAction, reason string) (pedigree.TxResult, error) {
	var res pedigree.TxResult
	if regulator.Role != pedigree.RoleRegulator {
		return res, pedigree.Errorf(pedigree.EFORBIDDEN, "%s is a %s: only a regulator suspends or reinstates participants", regulator.Name, regulator.Role)
	}
	reason, err := pedigree.CheckReason(reason)
	if err != nil {
		return res, err
	}
	// The contract's rules, repeated to name the organisation before anything is signed.
	p, err := c.contract.Participant(ctx, common.Address(account))
	if err != nil {
		return res, chain.DomainError(err)
	}
	if pedigree.Role(p.Role) == pedigree.RoleNone {
		return res, pedigree.Errorf(pedigree.ENOTFOUND, "%s is not a registered participant", account)
	}
	name := c.name(ctx, account, p.Gln)
	switch {
	case action == pedigree.ActionSuspend && account == regulator.Account:
		return res, pedigree.Errorf(pedigree.EINVALID, "%s cannot suspend itself", regulator.Name)
	case action == pedigree.ActionSuspend && p.Suspended:
		return res, pedigree.Errorf(pedigree.ECONFLICT, "%s is suspended already", name)
	case action == pedigree.ActionReinstate && !p.Suspended:
		return res, pedigree.Errorf(pedigree.ECONFLICT, "%s is not suspended", name)
	}
	c.reconcile(ctx, &account) // a change of it that a dead instance left pending
	ch, err := c.store.Begin(ctx, pedigree.StatusChange{Account: account, Action: action, Reason: reason, OrganisationID: regulator.ID, UserID: userID})
	if err != nil {
		return res, err
	}
	res, at, sent, err := c.actions.ChangeStatus(ctx, regulator, account, action == pedigree.ActionSuspend, func(tx []byte, hash pedigree.Hash) error {
		return c.store.Sent(ctx, ch.ID, tx, hash)
	})
	// Once sent, the change is recorded whatever the caller does meanwhile.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	switch {
	case err == nil:
		if _, derr := c.store.Done(wctx, ch.ID, res.TxHash, res.Block, at); derr != nil {
			c.log.Warn("a status change is on chain but not recorded as done yet: the reconciler will", "account", account, "tx", res.TxHash, "err", derr)
		}
	case !sent:
		_, _ = c.store.Fail(wctx, ch.ID, nil, pedigree.ErrorMessage(err))
		return res, err
	case res.Block != 0: // mined, and reverted
		_, _ = c.store.Fail(wctx, ch.ID, &res.TxHash, pedigree.ErrorMessage(err))
		return res, err
	default:
		return res, pedigree.Errorf(pedigree.EUNAVAILABLE, "the change of %s's status was sent, but the node did not say whether it was mined (%v): it is recorded and will be settled; look again in a minute", name, err)
	}
	return c.settle.one(ctx, regulator, res, nil)
}

// name names account for people: its organisation's name, else its GLN.
func (c *statusChanger) name(ctx context.Context, account pedigree.Address, gln uint64) string {
	if o, err := c.orgs.ByAccount(ctx, account); err == nil {
		return o.Name
	}
	return fmt.Sprintf("the participant with GLN %013d", gln)
}

// Suspension implements pedigree.StatusChanges.
func (c *statusChanger) Suspension(ctx context.Context, account pedigree.Address) (pedigree.Suspension, error) {
	return c.store.Suspension(ctx, account)
}

// Suspensions implements pedigree.StatusChanges.
func (c *statusChanger) Suspensions(ctx context.Context) (map[pedigree.Address]pedigree.Suspension, error) {
	return c.store.Suspensions(ctx)
}

// reconcile settles the pending changes (of account only, unless nil) whose instance died or
// that have waited staleAfter, by reading the chain. Failures are logged: the next pass retries.
func (c *statusChanger) reconcile(ctx context.Context, account *pedigree.Address) {
	pending, err := c.store.Pending(ctx, account)
	if err != nil {
		c.log.Warn("read pending status changes", "err", err)
		return
	}
	for _, ch := range pending {
		if !ch.Orphaned && ch.Age < c.staleAfter {
			continue // its instance is working on it
		}
		if err := c.settleOne(ctx, ch); err != nil && ctx.Err() == nil {
			c.log.Warn("cannot settle a status change yet", "id", ch.ID, "account", ch.Account, "err", err)
		}
	}
}

func (c *statusChanger) settleOne(ctx context.Context, ch pedigree.StatusChange) error {
	if ch.Tx == nil {
		_, err := c.store.Fail(ctx, ch.ID, nil, "cut short before its transaction was sent: nothing reached the chain")
		return err
	}
	f, err := c.contract.Settle(ctx, ch.Tx)
	switch {
	case err != nil:
		return err
	case f.Failed != nil:
		_, err = c.store.Fail(ctx, ch.ID, ch.TxHash, pedigree.ErrorMessage(f.Failed))
		c.log.Info("reconciled a status change: failed", "id", ch.ID, "account", ch.Account, "why", f.Failed)
	case f.Mined:
		_, err = c.store.Done(ctx, ch.ID, f.Result.TxHash, f.Result.Block, f.Time)
		c.log.Info("reconciled a status change: done", "id", ch.ID, "account", ch.Account, "tx", f.Result.TxHash, "block", f.Result.Block)
	}
	return err
}

// StatusChanges returns the suspensions and reinstatements with their reasons.
func (s *Service) StatusChanges() pedigree.StatusChanges { return s.status }

// ReconcileStatusChanges settles now the suspensions and reinstatements cut short (their
// instance ended, or they waited too long), as the reconciler does every ReconcileInterval.
func (s *Service) ReconcileStatusChanges(ctx context.Context) { s.status.reconcile(ctx, nil) }

// organisationName names account by its organisation, "" when it has none here.
func (s *Service) organisationName(ctx context.Context, account pedigree.Address) string {
	o, err := s.Organisations.ByAccount(ctx, account)
	if err != nil {
		return ""
	}
	return o.Name
}
