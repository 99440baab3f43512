package chain_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestGTINOwnership covers the contract's rules on GTIN ownership: who assigns, to whom, what a
// move does, which assignment wins, and that registerBatch obeys them.
func TestGTINOwnership(t *testing.T) {
	h := chaintest.New(t)
	owner := func(gtin uint64) common.Address {
		t.Helper()
		o, err := h.C.GTINOwner(h.Ctx, gtin)
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	register := func(m chaintest.Account, gtin uint64, lot string) error {
		_, err := h.C.RegisterBatch(h.Ctx, m.S, chain.NewBatch{GTIN: gtin, Lot: lot, ExpiryDay: h.Today() + 30, Quantity: 1,
			IndexRoot: common.Hash{1}, SortedRoot: common.Hash{2}})
		return err
	}
	// raw sends assignPrefix with arguments the Go side would refuse before sending.
	raw := func(s *chain.Sender, prefix uint64, length uint8, to common.Address) error {
		_, err := s.Transact(h.Ctx, &h.C.Address, h.C.Binding().PackAssignPrefix(prefix, length, to))
		return err
	}

	t.Run("OK", func(t *testing.T) {
		// chaintest.New assigned 9506000 to the manufacturer and 4012345 to the second.
		for gtin, want := range map[uint64]common.Address{gtinA: h.Manufacturer.Addr, gtinB: h.Manufacturer.Addr, gtinOther: h.Manufacturer2.Addr, gtinNobody: {}} {
			if got := owner(gtin); got != want {
				t.Errorf("gtinOwner(%d): got %s, want %s", gtin, got, want)
			}
		}
		if got, err := h.C.PrefixOwner(h.Ctx, chaintest.PrefixManufacturer); err != nil || got != h.Manufacturer.Addr {
			t.Errorf("prefixOwner: got %s, %v", got, err)
		}
		if err := register(h.Manufacturer, gtinA, "OWNED"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("OKEvent", func(t *testing.T) {
		receipt := h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "501234", h.Manufacturer2.Addr))
		ev := prefixEvent(t, h, receipt)
		if ev.Prefix != 501234 || ev.Length != 6 || ev.Manufacturer != h.Manufacturer2.Addr || ev.Previous != (common.Address{}) || ev.By != h.Regulator.Addr {
			t.Fatalf("PrefixAssigned: %+v", ev)
		}
		if got := owner(gtinNobody); got != h.Manufacturer2.Addr {
			t.Fatalf("a 6-digit prefix: owner %s", got)
		}
	})
	t.Run("OKMoved", func(t *testing.T) {
		receipt := h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, chaintest.PrefixManufacturer, h.Manufacturer2.Addr))
		if ev := prefixEvent(t, h, receipt); ev.Previous != h.Manufacturer.Addr || ev.Manufacturer != h.Manufacturer2.Addr {
			t.Fatalf("move: %+v", ev)
		}
		if got := owner(gtinA); got != h.Manufacturer2.Addr {
			t.Fatalf("after the move: owner %s", got)
		}
		// The old owner may no longer mint it; the new one may. Batches minted before stay.
		chaintest.Reverts(t, register(h.Manufacturer, gtinA, "AFTER-MOVE"), "PedigreeGTINNotOwned")
		if err := register(h.Manufacturer2, gtinA, "AFTER-MOVE"); err != nil {
			t.Fatal(err)
		}
		if got := h.Owner(chain.BatchID(gtinA, "OWNED")); got != h.Manufacturer.Addr {
			t.Fatalf("a batch minted before the move changed hands: %s", got)
		}
		h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, chaintest.PrefixManufacturer, h.Manufacturer.Addr))
	})
	t.Run("OKMostSpecificWins", func(t *testing.T) {
		// 950600013 (9 digits) inside 9506000 (7) covers gtinA but not 09506000999999; a single
		// GTIN inside both beats them; moving the longer prefix back leaves the GTIN where it is.
		const gtinC uint64 = 9506000999999
		h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "950600013", h.Manufacturer2.Addr))
		h.Ok(h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinB, h.Manufacturer.Addr))
		for gtin, want := range map[uint64]common.Address{gtinA: h.Manufacturer2.Addr, gtinB: h.Manufacturer.Addr, gtinC: h.Manufacturer.Addr} {
			if got := owner(gtin); got != want {
				t.Errorf("gtinOwner(%d): got %s, want %s", gtin, got, want)
			}
		}
		h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "950600013", h.Manufacturer.Addr))
		h.Ok(h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinC, h.Manufacturer2.Addr))
		if got := owner(gtinC); got != h.Manufacturer2.Addr {
			t.Errorf("single GTIN: owner %s", got)
		}
		if got := owner(gtinA); got != h.Manufacturer.Addr {
			t.Errorf("moved back: owner %s", got)
		}
	})
	t.Run("OKLeadingZeros", func(t *testing.T) {
		// GTIN-14 00012345123450: its 7-digit prefix is 0012345, its 6-digit one 001234.
		const gtin uint64 = 12345123450
		h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "0012345", h.Manufacturer2.Addr))
		if got := owner(gtin); got != h.Manufacturer2.Addr {
			t.Fatalf("owner %s", got)
		}
		if got, _ := h.C.PrefixOwner(h.Ctx, "012345"); got != (common.Address{}) {
			t.Fatalf("012345 (6 digits) is not 0012345 (7): owner %s", got)
		}
		if err := register(h.Manufacturer2, gtin, "ZEROS"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrNotRegulator", func(t *testing.T) {
		for _, s := range []*chain.Sender{h.Manufacturer.S, h.Distributor.S} {
			_, err := h.C.AssignPrefix(h.Ctx, s, "7012345", h.Manufacturer.Addr)
			chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
			_, err = h.C.AssignGTIN(h.Ctx, s, gtinA, h.Manufacturer.Addr)
			chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
		}
		_, err := h.C.AssignPrefix(h.Ctx, h.Stranger.S, "7012345", h.Manufacturer.Addr)
		chaintest.Reverts(t, err, "PedigreeNotParticipant")
	})
	t.Run("ErrInvalidPrefix", func(t *testing.T) {
		for _, tc := range []struct {
			prefix uint64
			length uint8
		}{{12345, 5}, {1234567890123, 13}, {12345678, 7}, {1234567, 6}, {0, 0}} {
			chaintest.Reverts(t, raw(h.Regulator.S, tc.prefix, tc.length, h.Manufacturer.Addr), "PedigreeInvalidPrefix")
		}
	})
	t.Run("ErrInvalidGTIN", func(t *testing.T) {
		_, err := h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinA+1, h.Manufacturer.Addr)
		chaintest.Reverts(t, err, "PedigreeInvalidGTIN")
	})
	t.Run("ErrNotManufacturer", func(t *testing.T) {
		for _, a := range []common.Address{h.Distributor.Addr, h.Regulator.Addr, h.Stranger.Addr, {}} {
			_, err := h.C.AssignPrefix(h.Ctx, h.Regulator.S, "7012345", a)
			chaintest.Reverts(t, err, "PedigreeNotManufacturer")
			_, err = h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinA, a)
			chaintest.Reverts(t, err, "PedigreeNotManufacturer")
		}
	})
	t.Run("ErrSuspendedManufacturer", func(t *testing.T) {
		h.Ok(h.C.SuspendParticipant(h.Ctx, h.Regulator.S, h.Manufacturer2.Addr))
		defer func() { h.Ok(h.C.ReinstateParticipant(h.Ctx, h.Regulator.S, h.Manufacturer2.Addr)) }()
		_, err := h.C.AssignPrefix(h.Ctx, h.Regulator.S, "7012345", h.Manufacturer2.Addr)
		chaintest.Reverts(t, err, "PedigreeParticipantSuspended")
	})
	t.Run("ErrAlreadyAssigned", func(t *testing.T) {
		_, err := h.C.AssignPrefix(h.Ctx, h.Regulator.S, chaintest.PrefixManufacturer, h.Manufacturer.Addr)
		chaintest.Reverts(t, err, "PedigreeAlreadyAssigned")
		_, err = h.C.AssignPrefix(h.Ctx, h.Regulator.S, "501234", h.Manufacturer2.Addr) // 6 digits
		chaintest.Reverts(t, err, "PedigreeAlreadyAssigned")
		_, err = h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinB, h.Manufacturer.Addr)
		chaintest.Reverts(t, err, "PedigreeAlreadyAssigned")
	})
	t.Run("ErrGTINNotOwned", func(t *testing.T) {
		chaintest.Reverts(t, register(h.Manufacturer2, gtinB, "NOT-YOURS"), "PedigreeGTINNotOwned")
		chaintest.Reverts(t, register(h.Manufacturer, 8012345678907, "NOBODYS"), "PedigreeGTINNotOwned")
	})
}

// prefixEvent returns the PrefixAssigned event of a receipt.
func prefixEvent(t *testing.T, h *chaintest.Harness, r *types.Receipt) *chain.PedigreePrefixAssigned {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := h.C.Binding().UnpackPrefixAssignedEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no PrefixAssigned event")
	return nil
}

// TestActionsAssign covers the service's side: the role is checked, and an assignment the
// contract would refuse is refused before anything is signed.
func TestActionsAssign(t *testing.T) {
	h := chaintest.New(t)
	ctx := context.Background()
	senders := chain.NewSenders(h.Regulator.S, h.Manufacturer.S)
	a := chain.NewActions(h.C, senders, nil)
	regulator := pedigree.Organisation{Name: "Agency", Role: pedigree.RoleRegulator, Account: pedigree.Address(h.Regulator.Addr)}
	maker := pedigree.Organisation{Name: "Acme", Role: pedigree.RoleManufacturer, Account: pedigree.Address(h.Manufacturer.Addr)}
	m2 := pedigree.Address(h.Manufacturer2.Addr)

	t.Run("OKPrefix", func(t *testing.T) {
		res, err := a.AssignPrefix(ctx, regulator, "8012345", m2)
		if err != nil || res.Block == 0 {
			t.Fatalf("got %+v, %v", res, err)
		}
		if got, _ := h.C.GTINOwner(ctx, 8012345678907); got != h.Manufacturer2.Addr {
			t.Fatalf("owner %s", got)
		}
	})
	t.Run("OKGTIN", func(t *testing.T) {
		if _, err := a.AssignGTIN(ctx, regulator, "08012345678907", pedigree.Address(h.Manufacturer.Addr)); err != nil {
			t.Fatal(err)
		}
		if got, _ := h.C.GTINOwner(ctx, 8012345678907); got != h.Manufacturer.Addr {
			t.Fatalf("owner %s", got)
		}
	})
	for _, tc := range []struct {
		name, code, mention string
		assign              func() error
	}{
		{"ErrRole", pedigree.EFORBIDDEN, "may not assign", func() error { _, err := a.AssignPrefix(ctx, maker, "8112345", m2); return err }},
		{"ErrPrefix", pedigree.EINVALID, "prefix", func() error { _, err := a.AssignPrefix(ctx, regulator, "12345", m2); return err }},
		{"ErrPrefixLetters", pedigree.EINVALID, "prefix", func() error { _, err := a.AssignPrefix(ctx, regulator, "12345A7", m2); return err }},
		{"ErrGTIN", pedigree.EINVALID, "gtin", func() error { _, err := a.AssignGTIN(ctx, regulator, "08012345678908", m2); return err }},
		{"ErrNotManufacturer", pedigree.EINVALID, "manufacturer", func() error {
			_, err := a.AssignPrefix(ctx, regulator, "8112345", pedigree.Address(h.Distributor.Addr))
			return err
		}},
		{"ErrAlready", pedigree.ECONFLICT, "prefix: 8012345 is already assigned", func() error { _, err := a.AssignPrefix(ctx, regulator, "8012345", m2); return err }},
		{"ErrGTINAlready", pedigree.ECONFLICT, "gtin: 08012345678907 is already assigned", func() error {
			_, err := a.AssignGTIN(ctx, regulator, "08012345678907", pedigree.Address(h.Manufacturer.Addr))
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nonce, _ := h.Client.NonceAt(ctx, h.Regulator.Addr, nil)
			err := tc.assign()
			if pedigree.ErrorCode(err) != tc.code || !strings.Contains(pedigree.ErrorMessage(err), tc.mention) {
				t.Fatalf("got %s %q, want %s mentioning %q", pedigree.ErrorCode(err), pedigree.ErrorMessage(err), tc.code, tc.mention)
			}
			if after, _ := h.Client.NonceAt(ctx, h.Regulator.Addr, nil); after != nonce {
				t.Fatal("a refused assignment sent a transaction")
			}
		})
	}
}
