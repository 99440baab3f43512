package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestHoldings checks the ERC-721 balances, which the contract keeps in each participant's slot
// (beside its registration) and moves in the same write as the hand-off: every balance is the
// number of tokens ownerOf names its account for, at every step, and the registration sharing
// the slot is untouched.
func TestHoldings(t *testing.T) {
	h := chaintest.New(t)
	balance := func(t *testing.T, a chaintest.Account) uint64 {
		t.Helper()
		n, err := h.C.BalanceOf(h.Ctx, a.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	want := func(t *testing.T, manufacturer, distributor, distributor2 uint64) {
		t.Helper()
		for _, c := range []struct {
			name string
			a    chaintest.Account
			n    uint64
		}{{"manufacturer", h.Manufacturer, manufacturer}, {"distributor", h.Distributor, distributor}, {"distributor2", h.Distributor2, distributor2}} {
			if got := balance(t, c.a); got != c.n {
				t.Errorf("balance of the %s: got %d, want %d", c.name, got, c.n)
			}
		}
	}
	b := h.Register(gtinA, "HOLD", 40)
	tail := chain.SplitTokenID(b.ID, 20)

	t.Run("Mint", func(t *testing.T) {
		want(t, 1, 0, 0)
		h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 20))
		want(t, 2, 0, 0)
	})
	t.Run("PendingShipmentStaysWithTheHolder", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, tail, h.Distributor.Addr))
		want(t, 2, 0, 0)
		h.Ok(h.C.CancelShipment(h.Ctx, h.Distributor.S, tail))
		want(t, 2, 0, 0)
	})
	t.Run("Accept", func(t *testing.T) {
		h.HandOff(tail, h.Manufacturer, h.Distributor)
		want(t, 1, 1, 0)
		h.HandOff(b.ID, h.Manufacturer, h.Distributor)
		want(t, 0, 2, 0)
	})
	t.Run("TransferFrom", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Distributor.S, tail, h.Distributor2.Addr))
		h.Ok(h.Distributor2.S.Transact(h.Ctx, &h.C.Address, h.C.Binding().PackTransferFrom(h.Distributor.Addr, h.Distributor2.Addr, tail)))
		want(t, 0, 1, 1)
	})
	t.Run("ErrAcceptWhileSuspended", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Distributor.S, b.ID, h.Distributor2.Addr))
		h.Ok(h.C.SuspendParticipant(h.Ctx, h.Regulator.S, h.Distributor2.Addr))
		_, err := h.C.Accept(h.Ctx, h.Distributor2.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeParticipantSuspended")
		h.Ok(h.C.ReinstateParticipant(h.Ctx, h.Regulator.S, h.Distributor2.Addr))
		h.Ok(h.C.Accept(h.Ctx, h.Distributor2.S, b.ID))
		want(t, 0, 0, 2)
	})
	t.Run("RegistrationUntouched", func(t *testing.T) {
		p, err := h.C.Participant(h.Ctx, h.Distributor2.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if pedigree.Role(p.Role) != pedigree.RoleDistributor || p.Suspended || p.Gln != chaintest.GLNDistributor2 || p.Keys != 1 || p.AccountRetired || p.Number.Sign() == 0 {
			t.Errorf("registration: got %+v", p)
		}
	})
	t.Run("ErrZeroAddress", func(t *testing.T) {
		_, err := h.C.BalanceOf(h.Ctx, common.Address{})
		chaintest.Reverts(t, err, "ERC721InvalidOwner")
	})
	t.Run("NonParticipant", func(t *testing.T) {
		if got := balance(t, h.Stranger); got != 0 {
			t.Errorf("balance of a stranger: got %d, want 0", got)
		}
	})
}

// TestTokenSlot checks the edges of a token's one storage slot: a batch token keeps its
// manufacturer's number, expiry day and recall reason where a split token keeps its start, so
// both ends of the uint24 pack range and of the uint16 expiry day and uint8 reason must come back
// as they went in, and a split token must never read as a batch.
func TestTokenSlot(t *testing.T) {
	h := chaintest.New(t)
	const last = 1<<24 - 1 // the largest quantity registerBatch takes (uint24)
	nb := chain.NewBatch{GTIN: gtinA, Lot: "EDGE", ExpiryDay: 65535, Quantity: last, IndexRoot: common.Hash{1}, SortedRoot: common.Hash{2}}
	h.Ok(h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, nb))
	id := chain.BatchID(gtinA, "EDGE")
	first, top := chain.SplitTokenID(id, 1), chain.SplitTokenID(id, last-1)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, id, last-1))
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, id, 1))

	t.Run("Ranges", func(t *testing.T) {
		for _, c := range []struct {
			id         *big.Int
			start, end uint64
		}{{id, 0, 1}, {first, 1, last - 1}, {top, last - 1, last}} {
			tok, err := h.C.Token(h.Ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			if tok.BatchId.Cmp(id) != 0 || tok.Start.Uint64() != c.start || tok.End.Uint64() != c.end || tok.PendingTo != (common.Address{}) {
				t.Errorf("token [%d, %d): got %+v", c.start, c.end, tok)
			}
			if got := h.Owner(c.id); got != h.Manufacturer.Addr {
				t.Errorf("token [%d, %d): holder %s, want the manufacturer", c.start, c.end, got)
			}
		}
	})
	t.Run("SplitTokenIsNoBatch", func(t *testing.T) {
		_, err := h.C.Batch(h.Ctx, top)
		chaintest.Reverts(t, err, "PedigreeUnknownBatch")
		_, err = h.C.Recall(h.Ctx, h.Manufacturer.S, top, 1)
		chaintest.Reverts(t, err, "PedigreeUnknownBatch")
	})
	t.Run("PendingBesideTheRange", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, top, h.Distributor.Addr))
		tok, err := h.C.Token(h.Ctx, top)
		if err != nil {
			t.Fatal(err)
		}
		if tok.Start.Uint64() != last-1 || tok.End.Uint64() != last || tok.PendingTo != h.Distributor.Addr {
			t.Errorf("shipped token: got %+v", tok)
		}
		h.Ok(h.C.Accept(h.Ctx, h.Distributor.S, top))
		tok, err = h.C.Token(h.Ctx, top)
		if err != nil {
			t.Fatal(err)
		}
		if tok.Start.Uint64() != last-1 || tok.End.Uint64() != last || tok.PendingTo != (common.Address{}) || h.Owner(top) != h.Distributor.Addr {
			t.Errorf("accepted token: got %+v, holder %s", tok, h.Owner(top))
		}
	})
	t.Run("RecallKeepsExpiry", func(t *testing.T) {
		h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, id, 255))
		b, err := h.C.Batch(h.Ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if b.Manufacturer != h.Manufacturer.Addr || b.ExpiryDay != 65535 || b.RecallReason != 255 {
			t.Errorf("recalled batch: got %+v", b)
		}
		// The recall reaches the split tokens through their batch token: the distributor may
		// only send its part back to the manufacturer.
		_, err = h.C.Ship(h.Ctx, h.Distributor.S, top, h.Dispenser.Addr)
		chaintest.Reverts(t, err, "PedigreeBatchRecalled")
		h.HandOff(top, h.Distributor, h.Manufacturer)
	})
}
