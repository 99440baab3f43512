package app_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// TestStatusChangeCrashSafe cuts a suspension short at each point of its two-step write (the
// record, the transaction) and checks that the reconciler makes the record and the chain
// agree: a transaction that landed is recorded as done with its reason and block time, one
// that never left is failed and changed nothing, one that can never be mined is failed.
func TestStatusChangeCrashSafe(t *testing.T) {
	h := chaintest.New(t)
	svc := newService(t, h, nil)
	ctx := t.Context()
	regulator, err := svc.Organisations.Create(ctx, pedigree.Organisation{Name: "Medicines Agency", GLN: "4012345000009", Role: pedigree.RoleRegulator, Account: pedigree.Address(h.Regulator.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Organisations.Create(ctx, pedigree.Organisation{Name: "Other Pharmacy", GLN: "4012345000061", Role: pedigree.RoleDispenser, Account: pedigree.Address(h.Dispenser2.Addr)}); err != nil {
		t.Fatal(err)
	}
	// A store of no instance: what it begins is orphaned at once, as after a crash.
	store := postgres.NewStatusChanges(svc.Pool())
	crash := errors.New("the process died here")
	begin := func(t *testing.T, account common.Address, action pedigree.StatusAction, reason string) pedigree.StatusChange {
		t.Helper()
		ch, err := store.Begin(ctx, pedigree.StatusChange{Account: pedigree.Address(account), Action: action, Reason: reason, OrganisationID: regulator.ID})
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	suspendedOnChain := func(t *testing.T, a common.Address) bool {
		t.Helper()
		p, err := h.C.Participant(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		return p.Suspended
	}
	state := func(t *testing.T, id int64) pedigree.StatusChange {
		t.Helper()
		ch, err := store.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	sync := func(t *testing.T) {
		t.Helper()
		if _, err := svc.Sync(ctx); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("LandedNotRecorded", func(t *testing.T) {
		reason := "Falsified temperature logs"
		ch := begin(t, h.Dispenser2.Addr, pedigree.ActionSuspend, reason)
		res, _, sent, err := svc.Actions.ChangeStatus(ctx, regulator, pedigree.Address(h.Dispenser2.Addr), true, func(tx []byte, hash pedigree.Hash) error {
			return store.Sent(ctx, ch.ID, tx, hash)
		})
		if err != nil || !sent {
			t.Fatalf("suspend: %v (sent %v)", err, sent)
		}
		// It died before recording the block: the chain says suspended, the record pending.
		sync(t)
		if sp, err := svc.StatusChanges().Suspension(ctx, pedigree.Address(h.Dispenser2.Addr)); err != nil || sp.Recorded {
			t.Fatalf("before the reconciler: %+v, %v; want a suspension with no reason yet", sp, err)
		}
		svc.ReconcileStatusChanges(ctx)
		got := state(t, ch.ID)
		if got.State != pedigree.StatusChangeDone || got.TxHash == nil || *got.TxHash != res.TxHash || got.Block != res.Block || got.At.IsZero() {
			t.Fatalf("after the reconciler: %+v, want done by %s in block %d", got, res.TxHash, res.Block)
		}
		sp, err := svc.StatusChanges().Suspension(ctx, pedigree.Address(h.Dispenser2.Addr))
		if err != nil || !sp.Recorded || sp.Reason != reason || sp.By != "Medicines Agency" || sp.Name != "Other Pharmacy" || !sp.Since.Equal(got.At) {
			t.Fatalf("the suspension: %+v, %v", sp, err)
		}
	})
	t.Run("RecordedNotSent", func(t *testing.T) {
		ch := begin(t, h.Dispenser2.Addr, pedigree.ActionReinstate, "Inspection passed")
		_, _, sent, err := svc.Actions.ChangeStatus(ctx, regulator, pedigree.Address(h.Dispenser2.Addr), false, func(tx []byte, hash pedigree.Hash) error {
			if err := store.Sent(ctx, ch.ID, tx, hash); err != nil {
				return err
			}
			return crash // recorded, then died before sending
		})
		if !errors.Is(err, crash) || sent {
			t.Fatalf("got %v (sent %v), want the crash before sending", err, sent)
		}
		if !suspendedOnChain(t, h.Dispenser2.Addr) {
			t.Fatal("the reinstatement reached the chain")
		}
		// The recorded transaction is sent again: it can be mined at most once.
		svc.ReconcileStatusChanges(ctx)
		svc.ReconcileStatusChanges(ctx)
		if got := state(t, ch.ID); got.State != pedigree.StatusChangeDone {
			t.Fatalf("after the reconciler: %+v, want done", got)
		}
		if suspendedOnChain(t, h.Dispenser2.Addr) {
			t.Fatal("the recorded reinstatement is done, but not on chain")
		}
	})
	t.Run("NeverMined", func(t *testing.T) {
		ch := begin(t, h.Dispenser2.Addr, pedigree.ActionSuspend, "Licence withdrawn")
		_, _, _, err := svc.Actions.ChangeStatus(ctx, regulator, pedigree.Address(h.Dispenser2.Addr), true, func(tx []byte, hash pedigree.Hash) error {
			if err := store.Sent(ctx, ch.ID, tx, hash); err != nil {
				return err
			}
			return crash
		})
		if !errors.Is(err, crash) {
			t.Fatal(err)
		}
		// Another transaction of the regulator takes the recorded one's nonce.
		h.Ok(h.C.SuspendParticipant(ctx, h.Regulator.S, h.Distributor2.Addr))
		svc.ReconcileStatusChanges(ctx)
		if got := state(t, ch.ID); got.State != pedigree.StatusChangeFailed || got.Error == "" {
			t.Fatalf("after the reconciler: %+v, want failed", got)
		}
		if suspendedOnChain(t, h.Dispenser2.Addr) {
			t.Fatal("a failed suspension is on chain")
		}
	})
	t.Run("CutShortBeforeSigning", func(t *testing.T) {
		ch := begin(t, h.Dispenser2.Addr, pedigree.ActionSuspend, "Licence withdrawn")
		// A new request settles the change left behind first, then goes through.
		res, err := svc.StatusChanges().Change(ctx, regulator, 0, pedigree.Address(h.Dispenser2.Addr), pedigree.ActionSuspend, "Licence withdrawn")
		if err != nil {
			t.Fatal(err)
		}
		if got := state(t, ch.ID); got.State != pedigree.StatusChangeFailed {
			t.Fatalf("the change cut short: %+v, want failed", got)
		}
		sync(t)
		sp, err := svc.StatusChanges().Suspension(ctx, pedigree.Address(h.Dispenser2.Addr))
		if err != nil || sp.Reason != "Licence withdrawn" || sp.TxHash == nil || *sp.TxHash != res.TxHash {
			t.Fatalf("the suspension: %+v, %v", sp, err)
		}
	})
}
