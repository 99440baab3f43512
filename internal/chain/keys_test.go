package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestKeyRotation is the rotation story: a dispenser holding a token, with a pack it dispensed
// and a shipment waiting for it, adds a new key, retires its account's own key, and carries on
// with the new key alone: its holdings, the pending shipment and its undo right are intact.
func TestKeyRotation(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "ROTATE", 8)
	h.HandOff(b.ID, h.Manufacturer, h.Distributor)
	h.HandOff(b.ID, h.Distributor, h.Dispenser)
	hash, proof := b.Proof(t, 0)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, b.ID, 0, hash, pedigree.PackSupplied, proof)) // with the old key
	c := h.Register(gtinB, "ROTATE-PENDING", 4)
	h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, c.ID, h.Dispenser.Addr)) // pending for the dispenser
	before, err := h.C.Participant(h.Ctx, h.Dispenser.Addr)
	if err != nil {
		t.Fatal(err)
	}
	newKey := h.Keys[0]

	t.Run("AddKey", func(t *testing.T) {
		h.Ok(h.C.AddKey(h.Ctx, h.Dispenser.S, h.Dispenser.Addr, newKey.Addr))
		if got, _ := h.C.KeyAccount(h.Ctx, newKey.Addr); got != h.Dispenser.Addr {
			t.Fatalf("key account: got %s, want the dispenser's", got)
		}
		if p, _ := h.C.Participant(h.Ctx, h.Dispenser.Addr); p.Keys != 2 {
			t.Fatalf("keys: got %d, want 2", p.Keys)
		}
	})
	t.Run("RetireOldKey", func(t *testing.T) {
		h.Ok(h.C.RetireKey(h.Ctx, newKey.S, h.Dispenser.Addr, h.Dispenser.Addr))
		if got, _ := h.C.KeyAccount(h.Ctx, h.Dispenser.Addr); got != (common.Address{}) {
			t.Fatalf("retired key still signs for %s", got)
		}
	})
	t.Run("ErrOldKeyCannotAct", func(t *testing.T) {
		_, err := h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{0})
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		_, err = h.C.Accept(h.Ctx, h.Dispenser.S, c.ID)
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		_, err = h.Dispenser.S.Transact(h.Ctx, &h.C.Address, h.C.Binding().PackTransferFrom(h.Manufacturer.Addr, h.Dispenser.Addr, c.ID))
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		hash, proof := b.Proof(t, 1)
		_, err = h.C.SetPackState(h.Ctx, h.Dispenser.S, b.ID, 1, hash, pedigree.PackSupplied, proof)
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		_, err = h.C.AddKey(h.Ctx, h.Dispenser.S, h.Dispenser.Addr, h.Keys[1].Addr)
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
	})
	t.Run("HoldingsUnchanged", func(t *testing.T) {
		if got := h.Owner(b.ID); got != h.Dispenser.Addr {
			t.Fatalf("holder: got %s, want the dispenser's account", got)
		}
		tok, err := h.C.Token(h.Ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tok.Start.Sign() != 0 || tok.End.Int64() != 8 {
			t.Fatalf("range: got [%d, %d), want [0, 8)", tok.Start, tok.End)
		}
		if p, _ := h.C.Token(h.Ctx, c.ID); p.PendingTo != h.Dispenser.Addr {
			t.Fatalf("pending shipment: got %s, want the dispenser's account", p.PendingTo)
		}
		after, err := h.C.Participant(h.Ctx, h.Dispenser.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if after.Number.Cmp(before.Number) != 0 || after.Role != before.Role || after.Gln != before.Gln || !after.AccountRetired || after.Keys != 1 {
			t.Fatalf("registration: got %+v, was %+v", after, before)
		}
	})
	t.Run("NewKeyActs", func(t *testing.T) {
		h.Ok(h.C.UndoPackStates(h.Ctx, newKey.S, b.ID, []uint64{0})) // undo of the old key's change
		if ps, _ := h.C.PackState(h.Ctx, b.ID, 0); pedigree.PackState(ps.State) != pedigree.PackActive || ps.Actor != (common.Address{}) && ps.Actor != h.Dispenser.Addr {
			t.Fatalf("pack 0 after undo: %+v", ps)
		}
		hash, proof := b.Proof(t, 1)
		h.Ok(h.C.SetPackState(h.Ctx, newKey.S, b.ID, 1, hash, pedigree.PackSupplied, proof))
		if ps, _ := h.C.PackState(h.Ctx, b.ID, 1); ps.Actor != h.Dispenser.Addr {
			t.Fatalf("pack 1 actor: got %s, want the dispenser's account", ps.Actor)
		}
		h.Ok(h.C.Accept(h.Ctx, newKey.S, c.ID)) // the shipment pending before the rotation
		if got := h.Owner(c.ID); got != h.Dispenser.Addr {
			t.Fatalf("accepted token's holder: got %s, want the dispenser's account", got)
		}
		h.Ok(h.C.Ship(h.Ctx, newKey.S, b.ID, h.Distributor.Addr)) // a return
		h.Ok(h.C.Accept(h.Ctx, h.Distributor.S, b.ID))
		if got := h.Owner(b.ID); got != h.Distributor.Addr {
			t.Fatalf("holder after the return: got %s", got)
		}
	})
	t.Run("ErrLastKey", func(t *testing.T) {
		_, err := h.C.RetireKey(h.Ctx, newKey.S, h.Dispenser.Addr, newKey.Addr)
		chaintest.Reverts(t, err, "PedigreeLastKey")
	})
}

func TestKeyRefusals(t *testing.T) {
	h := chaintest.New(t)
	k0, k1, k2 := h.Keys[0], h.Keys[1], h.Keys[2]
	h.Ok(h.C.AddKey(h.Ctx, h.Distributor.S, h.Distributor.Addr, k0.Addr))

	t.Run("ErrStrangerAddsKey", func(t *testing.T) {
		_, err := h.C.AddKey(h.Ctx, h.Stranger.S, h.Distributor.Addr, k1.Addr)
		chaintest.Reverts(t, err, "PedigreeNotParticipant")
	})
	t.Run("ErrOtherParticipantAddsKey", func(t *testing.T) {
		_, err := h.C.AddKey(h.Ctx, h.Distributor2.S, h.Distributor.Addr, k1.Addr)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
		_, err = h.C.RetireKey(h.Ctx, h.Distributor2.S, h.Distributor.Addr, k0.Addr)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
	})
	t.Run("ErrKeyTaken", func(t *testing.T) {
		for _, key := range []common.Address{k0.Addr, h.Distributor2.Addr, {}} {
			_, err := h.C.AddKey(h.Ctx, h.Distributor2.S, h.Distributor2.Addr, key)
			chaintest.Reverts(t, err, "PedigreeKeyTaken")
		}
		_, err := h.C.RegisterParticipant(h.Ctx, h.Regulator.S, k0.Addr, pedigree.RoleDispenser, chaintest.GLNDispenser)
		chaintest.Reverts(t, err, "PedigreeParticipantExists")
	})
	t.Run("ErrNotKey", func(t *testing.T) {
		_, err := h.C.RetireKey(h.Ctx, h.Distributor2.S, h.Distributor2.Addr, k0.Addr)
		chaintest.Reverts(t, err, "PedigreeNotKey")
	})
	t.Run("ErrLastKey", func(t *testing.T) {
		_, err := h.C.RetireKey(h.Ctx, h.Distributor2.S, h.Distributor2.Addr, h.Distributor2.Addr)
		chaintest.Reverts(t, err, "PedigreeLastKey")
	})
	t.Run("RegulatorAddsAndRetires", func(t *testing.T) {
		h.Ok(h.C.AddKey(h.Ctx, h.Regulator.S, h.Distributor2.Addr, k2.Addr))
		h.Ok(h.C.RetireKey(h.Ctx, h.Regulator.S, h.Distributor.Addr, k0.Addr))
		_, err := h.C.CancelShipment(h.Ctx, k0.S, common.Big1)
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		_, err = h.C.AddKey(h.Ctx, h.Distributor.S, h.Distributor.Addr, k0.Addr) // a retired key is never reused
		chaintest.Reverts(t, err, "PedigreeKeyTaken")
	})
	t.Run("ErrSuspendedParticipantsKey", func(t *testing.T) {
		h.Ok(h.C.AddKey(h.Ctx, h.Regulator.S, h.Suspended.Addr, k1.Addr))
		_, err := h.C.AddKey(h.Ctx, k1.S, h.Suspended.Addr, h.Keys[3].Addr)
		chaintest.Reverts(t, err, "PedigreeParticipantSuspended")
	})
	t.Run("TransferFromByAddedKey", func(t *testing.T) {
		b := h.Register(gtinA, "KEY-XFER", 2)
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor2.Addr))
		data := h.C.Binding().PackTransferFrom(h.Manufacturer.Addr, h.Distributor2.Addr, b.ID)
		h.Ok(k2.S.Transact(h.Ctx, &h.C.Address, data))
		if got := h.Owner(b.ID); got != h.Distributor2.Addr {
			t.Fatalf("holder: got %s, want the second distributor", got)
		}
	})
}
