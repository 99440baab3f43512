package chain_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// GTINs with valid check digits: A and B under the manufacturer's company prefix 9506000, Other
// under the second manufacturer's 4012345, Nobody under no assigned prefix.
const (
	gtinA      uint64 = 9506000134352
	gtinB      uint64 = 9506000134369
	gtinOther  uint64 = 4012345000016
	gtinNobody uint64 = 5012345678900
)

func TestParticipants(t *testing.T) {
	h := chaintest.New(t)
	fresh := func() common.Address { k, _ := crypto.GenerateKey(); return crypto.PubkeyToAddress(k.PublicKey) }

	t.Run("OK", func(t *testing.T) {
		p, err := h.C.Participant(h.Ctx, h.Dispenser.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := pedigree.Role(p.Role), pedigree.RoleDispenser; got != want {
			t.Errorf("role: got %v, want %v", got, want)
		}
		if got, want := p.Gln, chaintest.GLNDispenser; got != want {
			t.Errorf("gln: got %d, want %d", got, want)
		}
		regulator, err := h.C.Participant(h.Ctx, h.Regulator.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if pedigree.Role(regulator.Role) != pedigree.RoleRegulator || regulator.Number.Uint64() != 1 {
			t.Errorf("deployer: got %+v, want regulator number 1", regulator)
		}
	})
	t.Run("ErrNotRegulator", func(t *testing.T) {
		_, err := h.C.RegisterParticipant(h.Ctx, h.Manufacturer.S, fresh(), pedigree.RoleDispenser, chaintest.GLNDispenser)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
	})
	t.Run("ErrStranger", func(t *testing.T) {
		_, err := h.C.RegisterParticipant(h.Ctx, h.Stranger.S, fresh(), pedigree.RoleDispenser, chaintest.GLNDispenser)
		chaintest.Reverts(t, err, "PedigreeNotParticipant")
	})
	t.Run("ErrExists", func(t *testing.T) {
		_, err := h.C.RegisterParticipant(h.Ctx, h.Regulator.S, h.Distributor.Addr, pedigree.RoleDispenser, chaintest.GLNDispenser)
		chaintest.Reverts(t, err, "PedigreeParticipantExists")
	})
	t.Run("ErrInvalidGLN", func(t *testing.T) {
		_, err := h.C.RegisterParticipant(h.Ctx, h.Regulator.S, fresh(), pedigree.RoleDispenser, 4012345000001)
		chaintest.Reverts(t, err, "PedigreeInvalidGLN")
	})
	t.Run("ErrRoleNone", func(t *testing.T) {
		_, err := h.C.RegisterParticipant(h.Ctx, h.Regulator.S, fresh(), pedigree.RoleNone, chaintest.GLNDispenser)
		chaintest.Reverts(t, err, "PedigreeInvalidParticipant")
	})
	t.Run("ErrSuspendedActs", func(t *testing.T) {
		_, err := h.C.RegisterBatch(h.Ctx, h.Suspended.S, chain.NewBatch{GTIN: gtinA, Lot: "X", ExpiryDay: h.Today() + 1, Quantity: 1, IndexRoot: common.Hash{1}, SortedRoot: common.Hash{2}})
		chaintest.Reverts(t, err, "PedigreeParticipantSuspended")
	})
	t.Run("ErrSuspendByNonRegulator", func(t *testing.T) {
		_, err := h.C.SuspendParticipant(h.Ctx, h.Distributor.S, h.Dispenser.Addr)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
	})
	t.Run("SuspendAndReinstate", func(t *testing.T) {
		h.Ok(h.C.SuspendParticipant(h.Ctx, h.Regulator.S, h.Dispenser2.Addr))
		if p, _ := h.C.Participant(h.Ctx, h.Dispenser2.Addr); !p.Suspended {
			t.Fatal("not suspended")
		}
		h.Ok(h.C.ReinstateParticipant(h.Ctx, h.Regulator.S, h.Dispenser2.Addr))
		if p, _ := h.C.Participant(h.Ctx, h.Dispenser2.Addr); p.Suspended {
			t.Fatal("still suspended")
		}
	})
}

func TestRegisterBatch(t *testing.T) {
	h := chaintest.New(t)
	indexRoot, sortedRoot := common.Hash{0xaa}, common.Hash{0xcc}
	valid := func() chain.NewBatch {
		return chain.NewBatch{GTIN: gtinA, Lot: "LOT-1", ExpiryDay: h.Today() + 30, Quantity: 100, IndexRoot: indexRoot, SortedRoot: sortedRoot, MasterDataHash: common.Hash{0xbb}}
	}

	t.Run("OK", func(t *testing.T) {
		receipt := h.Ok(h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, valid()))
		id := chain.BatchID(gtinA, "LOT-1")
		if got, want := h.Owner(id), h.Manufacturer.Addr; got != want {
			t.Errorf("holder: got %s, want %s", got, want)
		}
		b, err := h.C.Batch(h.Ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		// The stored root is the parent of both: commutativeKeccak256 hashes the smaller first.
		if want := crypto.Keccak256Hash(indexRoot[:], sortedRoot[:]); b.SerialsRoot != want || merkle.SerialsRoot(indexRoot, sortedRoot) != want || b.Manufacturer != h.Manufacturer.Addr || b.ExpiryDay != valid().ExpiryDay || b.RecallReason != 0 {
			t.Errorf("batch: got %+v", b)
		}
		tok, err := h.C.Token(h.Ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if tok.BatchId.Cmp(id) != 0 || tok.Start.Uint64() != 0 || tok.End.Uint64() != 100 || tok.PendingTo != (common.Address{}) {
			t.Errorf("token: got %+v", tok)
		}
		var found bool
		for _, l := range receipt.Logs {
			ev, err := h.C.Binding().UnpackBatchRegisteredEvent(l)
			if err != nil {
				continue
			}
			found = true
			if ev.BatchId.Cmp(id) != 0 || ev.Gtin != gtinA || ev.Lot != "LOT-1" || ev.Quantity.Uint64() != 100 || ev.MasterDataHash != valid().MasterDataHash ||
				ev.IndexRoot != indexRoot || ev.SortedRoot != sortedRoot {
				t.Errorf("event: got %+v", ev)
			}
		}
		if !found {
			t.Error("no BatchRegistered event")
		}
	})
	t.Run("BatchIDMatchesContract", func(t *testing.T) {
		for _, lot := range []string{"A", "LOT-1", strings.Repeat("x", 20)} {
			data := h.C.Binding().PackBatchIdOf(gtinB, lot)
			out, err := h.Client.CallContract(h.Ctx, chaintest.EthCall(h.C.Address, data), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := h.C.Binding().UnpackBatchIdOf(out)
			if want := chain.BatchID(gtinB, lot); got.Cmp(want) != 0 {
				t.Errorf("lot %q: contract %x, Go %x", lot, got, want)
			}
		}
	})
	t.Run("CheckDigits", func(t *testing.T) {
		// Every GTIN-14 of this company prefix with each possible last digit: exactly one is valid.
		h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "4006381", h.Manufacturer.Addr))
		for base := uint64(400638133393); base < 400638133393+3; base++ {
			valid := 0
			for d := uint64(0); d < 10; d++ {
				b := chain.NewBatch{GTIN: base*10 + d, Lot: fmt.Sprintf("CD%d", base*10+d), ExpiryDay: h.Today() + 1, Quantity: 1, IndexRoot: indexRoot, SortedRoot: sortedRoot}
				_, err := h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, b)
				switch {
				case err == nil:
					valid++
					if want := gs1CheckDigit(base); d != want {
						t.Errorf("GTIN %d accepted, want check digit %d", base*10+d, want)
					}
				case !chain.IsRevert(err, "PedigreeInvalidGTIN"):
					t.Fatalf("GTIN %d: %v", base*10+d, err)
				}
			}
			if valid != 1 {
				t.Errorf("prefix %d: %d valid check digits, want 1", base, valid)
			}
		}
	})
	t.Run("ErrWrongRole", func(t *testing.T) {
		b := valid()
		b.Lot = "OTHER"
		_, err := h.C.RegisterBatch(h.Ctx, h.Distributor.S, b)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
	})
	t.Run("ErrMintedTwice", func(t *testing.T) {
		b := valid()
		b.IndexRoot = common.Hash{0xdd}
		_, err := h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, b)
		chaintest.Reverts(t, err, "PedigreeBatchExists")
	})
	t.Run("ErrGTINNotOwned", func(t *testing.T) {
		// gtinA is under the first manufacturer's prefix: the second may not mint it, not even a
		// new lot; nor may the first mint a GTIN under the second's prefix, or under nobody's.
		b := valid()
		b.Lot = "NOT-OWNED"
		_, err := h.C.RegisterBatch(h.Ctx, h.Manufacturer2.S, b)
		chaintest.Reverts(t, err, "PedigreeGTINNotOwned")
		for _, gtin := range []uint64{gtinOther, gtinNobody} {
			b.GTIN = gtin
			_, err = h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, b)
			chaintest.Reverts(t, err, "PedigreeGTINNotOwned")
		}
	})
	for _, tc := range []struct {
		name, err string
		edit      func(*chain.NewBatch)
	}{
		{"ErrCheckDigit", "PedigreeInvalidGTIN", func(b *chain.NewBatch) { b.GTIN = gtinA + 1 }},
		{"ErrCheckDigitLeadingZeros", "PedigreeInvalidGTIN", func(b *chain.NewBatch) { b.GTIN = 40123450000 }},
		{"ErrGTINZero", "PedigreeInvalidGTIN", func(b *chain.NewBatch) { b.GTIN = 0 }},
		{"ErrGTINTooLong", "PedigreeInvalidGTIN", func(b *chain.NewBatch) { b.GTIN = 195060001343520 }},
		{"ErrLotEmpty", "PedigreeInvalidLot", func(b *chain.NewBatch) { b.Lot = "" }},
		{"ErrLotTooLong", "PedigreeInvalidLot", func(b *chain.NewBatch) { b.Lot = strings.Repeat("1", 21) }},
		{"ErrLotCharacter", "PedigreeInvalidLot", func(b *chain.NewBatch) { b.Lot = "LOT 2" }},
		{"ErrLotNonASCII", "PedigreeInvalidLot", func(b *chain.NewBatch) { b.Lot = "LOTé" }},
		{"ErrExpired", "PedigreeInvalidExpiry", func(b *chain.NewBatch) { b.ExpiryDay = h.Today() - 1 }},
		{"ErrQuantity", "PedigreeInvalidQuantity", func(b *chain.NewBatch) { b.Quantity = 0 }},
		{"ErrIndexRoot", "PedigreeInvalidRoot", func(b *chain.NewBatch) { b.IndexRoot = common.Hash{} }},
		{"ErrSortedRoot", "PedigreeInvalidRoot", func(b *chain.NewBatch) { b.SortedRoot = common.Hash{} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := valid()
			b.Lot = "NEW"
			tc.edit(&b)
			_, err := h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, b)
			chaintest.Reverts(t, err, tc.err)
		})
	}
}

func TestCustody(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "CUSTODY", 40)

	t.Run("OK", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr))
		tok, _ := h.C.Token(h.Ctx, b.ID)
		if tok.PendingTo != h.Distributor.Addr {
			t.Fatalf("pending: got %s, want %s", tok.PendingTo, h.Distributor.Addr)
		}
		if got := h.Owner(b.ID); got != h.Manufacturer.Addr {
			t.Fatalf("holder moved before acceptance: %s", got)
		}
		h.Ok(h.C.Accept(h.Ctx, h.Distributor.S, b.ID))
		if got := h.Owner(b.ID); got != h.Distributor.Addr {
			t.Fatalf("holder: got %s, want distributor", got)
		}
		h.HandOff(b.ID, h.Distributor, h.Distributor2)
		h.HandOff(b.ID, h.Distributor2, h.Dispenser)
	})
	t.Run("ErrStrangerShips", func(t *testing.T) {
		_, err := h.C.Ship(h.Ctx, h.Distributor.S, b.ID, h.Distributor2.Addr)
		chaintest.Reverts(t, err, "PedigreeNotCustodian")
		_, err = h.C.Ship(h.Ctx, h.Stranger.S, b.ID, h.Distributor2.Addr)
		chaintest.Reverts(t, err, "PedigreeNotParticipant")
	})
	t.Run("ErrShipToUnregistered", func(t *testing.T) {
		_, err := h.C.Ship(h.Ctx, h.Dispenser.S, b.ID, h.Stranger.Addr)
		chaintest.Reverts(t, err, "PedigreeNotParticipant")
	})
	t.Run("ErrShipToSuspended", func(t *testing.T) {
		_, err := h.C.Ship(h.Ctx, h.Dispenser.S, b.ID, h.Suspended.Addr)
		chaintest.Reverts(t, err, "PedigreeParticipantSuspended")
	})
	t.Run("ErrShipToSelf", func(t *testing.T) {
		_, err := h.C.Ship(h.Ctx, h.Dispenser.S, b.ID, h.Dispenser.Addr)
		chaintest.Reverts(t, err, "PedigreeInvalidReceiver")
	})
	t.Run("ErrRouteNotAllowed", func(t *testing.T) {
		for _, to := range []common.Address{h.Dispenser2.Addr, h.Manufacturer2.Addr, h.Regulator.Addr} {
			_, err := h.C.Ship(h.Ctx, h.Dispenser.S, b.ID, to)
			chaintest.Reverts(t, err, "PedigreeRouteNotAllowed")
		}
		other := h.Register(gtinB, "ROUTE", 1)
		_, err := h.C.Ship(h.Ctx, h.Manufacturer.S, other.ID, h.Manufacturer2.Addr)
		chaintest.Reverts(t, err, "PedigreeRouteNotAllowed")
	})
	t.Run("Returns", func(t *testing.T) {
		h.HandOff(b.ID, h.Dispenser, h.Distributor)
		h.HandOff(b.ID, h.Distributor, h.Manufacturer)
	})
	t.Run("ErrAcceptByThirdParty", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr))
		_, err := h.C.Accept(h.Ctx, h.Distributor2.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
		_, err = h.C.Accept(h.Ctx, h.Manufacturer.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
	})
	t.Run("ErrShipWhilePending", func(t *testing.T) {
		_, err := h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor2.Addr)
		chaintest.Reverts(t, err, "PedigreeShipmentPending")
	})
	t.Run("Cancel", func(t *testing.T) {
		_, err := h.C.CancelShipment(h.Ctx, h.Distributor2.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
		h.Ok(h.C.CancelShipment(h.Ctx, h.Distributor.S, b.ID)) // by the receiver
		_, err = h.C.Accept(h.Ctx, h.Distributor.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeNoShipment")
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr))
		h.Ok(h.C.CancelShipment(h.Ctx, h.Manufacturer.S, b.ID)) // by the sender
		_, err = h.C.CancelShipment(h.Ctx, h.Manufacturer.S, b.ID)
		chaintest.Reverts(t, err, "PedigreeNoShipment")
	})
}

func TestTransferFromObeysTheRules(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "ERC721", 10)
	bind := h.C.Binding()

	t.Run("ErrHolderPushes", func(t *testing.T) {
		_, err := h.Manufacturer.S.Transact(h.Ctx, &h.C.Address, bind.PackTransferFrom(h.Manufacturer.Addr, h.Distributor.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
		_, err = h.Manufacturer.S.Transact(h.Ctx, &h.C.Address, bind.PackSafeTransferFrom(h.Manufacturer.Addr, h.Distributor.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
	})
	t.Run("ErrPullWithoutShipment", func(t *testing.T) {
		_, err := h.Distributor.S.Transact(h.Ctx, &h.C.Address, bind.PackTransferFrom(h.Manufacturer.Addr, h.Distributor.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeNoShipment")
	})
	t.Run("ErrApprovals", func(t *testing.T) {
		_, err := h.Manufacturer.S.Transact(h.Ctx, &h.C.Address, bind.PackApprove(h.Distributor.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeApprovalsDisabled")
		_, err = h.Manufacturer.S.Transact(h.Ctx, &h.C.Address, bind.PackSetApprovalForAll(h.Distributor.Addr, true))
		chaintest.Reverts(t, err, "PedigreeApprovalsDisabled")
	})
	t.Run("ErrNonexistentTokenIsNotMinted", func(t *testing.T) {
		ghost := big.NewInt(12345)
		_, err := h.Stranger.S.Transact(h.Ctx, &h.C.Address, bind.PackTransferFrom(common.Address{}, h.Stranger.Addr, ghost))
		chaintest.Reverts(t, err, "ERC721NonexistentToken")
		_, err = h.C.OwnerOf(h.Ctx, ghost)
		chaintest.Reverts(t, err, "ERC721NonexistentToken")
	})
	t.Run("ErrThirdPartyTakesShipment", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr))
		_, err := h.Distributor2.S.Transact(h.Ctx, &h.C.Address, bind.PackTransferFrom(h.Manufacturer.Addr, h.Distributor2.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
		_, err = h.Distributor2.S.Transact(h.Ctx, &h.C.Address, bind.PackTransferFrom(h.Manufacturer.Addr, h.Distributor.Addr, b.ID))
		chaintest.Reverts(t, err, "PedigreeNotReceiver")
	})
	t.Run("OKReceiverPulls", func(t *testing.T) {
		h.Ok(h.Distributor.S.Transact(h.Ctx, &h.C.Address, bind.PackSafeTransferFrom(h.Manufacturer.Addr, h.Distributor.Addr, b.ID)))
		if got := h.Owner(b.ID); got != h.Distributor.Addr {
			t.Fatalf("holder: got %s, want distributor", got)
		}
	})
}

func TestSplit(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "SPLIT", 40)

	t.Run("OK", func(t *testing.T) {
		h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 32))
		h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 16))
		tail := chain.SplitTokenID(b.ID, 32)
		h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, tail, 36))
		// Every pack index is in exactly one live token.
		ranges := map[string][2]uint64{}
		for _, start := range []uint32{0, 16, 32, 36} {
			id := b.ID
			if start > 0 {
				id = chain.SplitTokenID(b.ID, start)
			}
			tok, err := h.C.Token(h.Ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if tok.BatchId.Cmp(b.ID) != 0 || h.Owner(id) != h.Manufacturer.Addr {
				t.Errorf("token at %d: got %+v", start, tok)
			}
			ranges[id.String()] = [2]uint64{tok.Start.Uint64(), tok.End.Uint64()}
		}
		covered := make([]int, 40)
		for _, r := range ranges {
			for i := r[0]; i < r[1]; i++ {
				covered[i]++
			}
		}
		for i, n := range covered {
			if n != 1 {
				t.Errorf("pack %d is in %d tokens", i, n)
			}
		}
	})
	t.Run("ErrOutOfRange", func(t *testing.T) {
		for _, at := range []uint32{0, 16, 17, 40} {
			_, err := h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, at)
			chaintest.Reverts(t, err, "PedigreeSplitOutOfRange")
		}
	})
	t.Run("ErrPending", func(t *testing.T) {
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr))
		_, err := h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 8)
		chaintest.Reverts(t, err, "PedigreeShipmentPending")
	})
	t.Run("ErrNotHolder", func(t *testing.T) {
		_, err := h.C.Split(h.Ctx, h.Distributor.S, chain.SplitTokenID(b.ID, 16), 20)
		chaintest.Reverts(t, err, "PedigreeNotCustodian")
	})
	t.Run("ErrNonexistent", func(t *testing.T) {
		_, err := h.C.Split(h.Ctx, h.Manufacturer.S, chain.SplitTokenID(b.ID, 7), 8)
		chaintest.Reverts(t, err, "ERC721NonexistentToken")
	})
}

func TestPackState(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "PACKS", 64)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 32))
	caseToken := chain.SplitTokenID(b.ID, 32) // packs [32, 64)
	h.HandOff(caseToken, h.Manufacturer, h.Dispenser)

	t.Run("OK", func(t *testing.T) {
		hash, proof := b.Proof(t, 33)
		h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 33, hash, pedigree.PackSupplied, proof))
		ps, err := h.C.PackState(h.Ctx, b.ID, 33)
		if err != nil {
			t.Fatal(err)
		}
		if pedigree.PackState(ps.State) != pedigree.PackSupplied || ps.Actor != h.Dispenser.Addr || ps.Day != h.Today() {
			t.Errorf("pack 33: got %+v", ps)
		}
		if ps, _ := h.C.PackState(h.Ctx, b.ID, 34); pedigree.PackState(ps.State) != pedigree.PackActive {
			t.Errorf("pack 34 changed too: %+v", ps)
		}
	})
	t.Run("OKEveryState", func(t *testing.T) {
		for i, s := range []pedigree.PackState{pedigree.PackDestroyed, pedigree.PackStolen, pedigree.PackSample, pedigree.PackFreeSample, pedigree.PackExported, pedigree.PackLocked, pedigree.PackCheckedOut} {
			index := 40 + i
			hash, proof := b.Proof(t, index)
			h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, uint32(index), hash, s, proof))
			if ps, _ := h.C.PackState(h.Ctx, b.ID, uint32(index)); pedigree.PackState(ps.State) != s {
				t.Errorf("pack %d: got %v, want %v", index, pedigree.PackState(ps.State), s)
			}
		}
	})
	t.Run("OKMany", func(t *testing.T) {
		p := b.Multi(t, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63)
		h.Ok(h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, p))
		for i := uint32(48); i < 64; i++ {
			if ps, _ := h.C.PackState(h.Ctx, b.ID, i); pedigree.PackState(ps.State) != pedigree.PackSupplied {
				t.Errorf("pack %d: got %v", i, pedigree.PackState(ps.State))
			}
		}
	})
	t.Run("ErrNotCustodian", func(t *testing.T) {
		hash, proof := b.Proof(t, 35)
		_, err := h.C.SetPackState(h.Ctx, h.Manufacturer.S, caseToken, 35, hash, pedigree.PackDestroyed, proof)
		chaintest.Reverts(t, err, "PedigreeNotCustodian")
	})
	t.Run("ErrOutsideToken", func(t *testing.T) {
		hash, proof := b.Proof(t, 3) // pack 3 is in the manufacturer's token, not this one
		_, err := h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 3, hash, pedigree.PackSupplied, proof)
		chaintest.Reverts(t, err, "PedigreePackOutOfRange")
	})
	t.Run("ErrBadProof", func(t *testing.T) {
		hash, proof := b.Proof(t, 36)
		proof[0][0] ^= 1
		_, err := h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 36, hash, pedigree.PackSupplied, proof)
		chaintest.Reverts(t, err, "PedigreeInvalidProof")
		_, proof = b.Proof(t, 36)
		_, err = h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 36, merkle.SerialHash("FORGED"), pedigree.PackSupplied, proof)
		chaintest.Reverts(t, err, "PedigreeInvalidProof")
		hash, proof = b.Proof(t, 36)
		_, err = h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 37, hash, pedigree.PackSupplied, proof)
		chaintest.Reverts(t, err, "PedigreeInvalidProof")
	})
	t.Run("ErrTwice", func(t *testing.T) {
		hash, proof := b.Proof(t, 33)
		_, err := h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 33, hash, pedigree.PackDestroyed, proof)
		chaintest.Reverts(t, err, "PedigreePackNotActive")
		p := b.Multi(t, 33, 34)
		_, err = h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, p)
		chaintest.Reverts(t, err, "PedigreePackNotActive")
	})
	t.Run("ErrActiveIsNotAState", func(t *testing.T) {
		hash, proof := b.Proof(t, 38)
		_, err := h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 38, hash, pedigree.PackActive, proof)
		chaintest.Reverts(t, err, "PedigreeInvalidPackState")
	})
	t.Run("ErrManyBadList", func(t *testing.T) {
		p := b.Multi(t, 36, 37)
		p.Indexes[0], p.Indexes[1] = p.Indexes[1], p.Indexes[0]
		p.SerialHashes[0], p.SerialHashes[1] = p.SerialHashes[1], p.SerialHashes[0]
		_, err := h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, p)
		chaintest.Reverts(t, err, "PedigreeInvalidPackList")
		p = b.Multi(t, 36, 37)
		p.SerialHashes = p.SerialHashes[:1]
		_, err = h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, p)
		chaintest.Reverts(t, err, "PedigreeInvalidPackList")
		p = b.Multi(t, 36, 37)
		p.Flags[0] = !p.Flags[0]
		_, err = h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, p)
		if err == nil {
			t.Fatal("tampered multiproof accepted")
		}
	})
	t.Run("ErrPending", func(t *testing.T) {
		other := h.Register(gtinB, "PENDING", 4)
		h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, other.ID, h.Distributor.Addr))
		hash, proof := other.Proof(t, 0)
		_, err := h.C.SetPackState(h.Ctx, h.Manufacturer.S, other.ID, 0, hash, pedigree.PackDestroyed, proof)
		chaintest.Reverts(t, err, "PedigreeShipmentPending")
	})
}

func TestUndo(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "UNDO", 16)
	h.HandOff(b.ID, h.Manufacturer, h.Distributor)
	h.HandOff(b.ID, h.Distributor, h.Dispenser)
	set := func(index int, s pedigree.PackState) {
		t.Helper()
		hash, proof := b.Proof(t, index)
		h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, b.ID, uint32(index), hash, s, proof))
	}
	set(0, pedigree.PackSupplied)
	set(1, pedigree.PackSupplied)
	set(2, pedigree.PackDestroyed)
	set(3, pedigree.PackStolen)

	t.Run("OK", func(t *testing.T) {
		h.Advance(9 * 24 * time.Hour)
		h.Ok(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{0, 3}))
		for _, i := range []uint32{0, 3} {
			if ps, _ := h.C.PackState(h.Ctx, b.ID, i); pedigree.PackState(ps.State) != pedigree.PackActive {
				t.Errorf("pack %d: got %v, want active", i, pedigree.PackState(ps.State))
			}
		}
		set(0, pedigree.PackSupplied) // and it can be dispensed again
	})
	t.Run("ErrNothingToUndo", func(t *testing.T) {
		_, err := h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{5})
		chaintest.Reverts(t, err, "PedigreeNothingToUndo")
	})
	t.Run("ErrIrreversible", func(t *testing.T) {
		_, err := h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{2})
		chaintest.Reverts(t, err, "PedigreeIrreversibleState")
	})
	t.Run("ErrAfterTenDays", func(t *testing.T) {
		h.Advance(2 * 24 * time.Hour) // pack 1 changed 11 days ago
		_, err := h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{1})
		chaintest.Reverts(t, err, "PedigreeUndoWindowClosed")
	})
	t.Run("ErrAnotherCustodian", func(t *testing.T) {
		h.HandOff(b.ID, h.Dispenser, h.Distributor) // a return: the distributor now holds pack 0
		_, err := h.C.UndoPackStates(h.Ctx, h.Distributor.S, b.ID, []uint64{0})
		chaintest.Reverts(t, err, "PedigreeNotDecommissioner")
		_, err = h.C.UndoPackStates(h.Ctx, h.Dispenser.S, b.ID, []uint64{0})
		chaintest.Reverts(t, err, "PedigreeNotCustodian")
	})
	t.Run("ErrExpired", func(t *testing.T) {
		c := h.Register(gtinB, "SHORT", 4)
		hash, proof := c.Proof(t, 0)
		h.Ok(h.C.SetPackState(h.Ctx, h.Manufacturer.S, c.ID, 0, hash, pedigree.PackSample, proof))
		h.Advance(366 * 24 * time.Hour)
		_, err := h.C.UndoPackStates(h.Ctx, h.Manufacturer.S, c.ID, []uint64{0})
		chaintest.Reverts(t, err, "PedigreeBatchExpired")
	})
}

// TestUndoWindowMatchesDomain holds pedigree.CanUndo, which the pages decide with, to the
// contract: the window is the contract's UNDO_WINDOW_DAYS, and both say yes on its last day
// and no the day after, never for a destroyed pack.
func TestUndoWindowMatchesDomain(t *testing.T) {
	h := chaintest.New(t)
	t.Run("UNDO_WINDOW_DAYS", func(t *testing.T) {
		out, err := h.Client.CallContract(h.Ctx, chaintest.EthCall(h.C.Address, h.C.Binding().PackUNDOWINDOWDAYS()), nil)
		if err != nil {
			t.Fatal(err)
		}
		days, err := h.C.Binding().UnpackUNDOWINDOWDAYS(out)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := days.Int64(), int64(pedigree.UndoWindowDays); got != want {
			t.Fatalf("the contract's window is %d days, pedigree.UndoWindowDays %d", got, want)
		}
	})

	// Act at about 01:00 UTC, so every block of a step falls on the day its clock says.
	h.Advance(time.Duration(86400-h.Head().Time%86400+3600) * time.Second)
	b := h.Register(gtinA, "WINDOW", 8)
	for i, s := range []pedigree.PackState{pedigree.PackSample, pedigree.PackSample, pedigree.PackDestroyed} {
		hash, proof := b.Proof(t, i)
		h.Ok(h.C.SetPackState(h.Ctx, h.Manufacturer.S, b.ID, uint32(i), hash, s, proof))
	}
	// undo asks pedigree.CanUndo about pack index now, then the contract, and wants them to agree.
	undo := func(t *testing.T, index uint32, want bool) {
		t.Helper()
		ps, err := h.C.PackState(h.Ctx, b.ID, index)
		if err != nil {
			t.Fatal(err)
		}
		state, changed := pedigree.PackState(ps.State), pedigree.DateOf(time.Unix(int64(ps.Day)*86400, 0))
		now := time.Unix(int64(h.Head().Time), 0)
		if got := pedigree.CanUndo(state, changed, now); got != want {
			t.Fatalf("pedigree.CanUndo(%s, %s, %s) = %v, want %v", state, changed.Format(time.DateOnly), now.UTC(), got, want)
		}
		_, err = h.C.UndoPackStates(h.Ctx, h.Manufacturer.S, b.ID, []uint64{uint64(index)})
		if got := err == nil; got != want {
			t.Fatalf("pack %d (%s on %s), undone on %s: the contract says %v (%v), pedigree.CanUndo %v",
				index, state, changed.Format(time.DateOnly), now.UTC().Format(time.DateOnly), got, err, want)
		}
	}
	t.Run("LastDay", func(t *testing.T) {
		h.Advance(pedigree.UndoWindowDays * 24 * time.Hour)
		undo(t, 0, true)
		undo(t, 2, false) // destroyed
	})
	t.Run("DayAfter", func(t *testing.T) {
		h.Advance(24 * time.Hour)
		undo(t, 1, false)
	})
}

func TestRecall(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "RECALL", 32)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 16))
	tail := chain.SplitTokenID(b.ID, 16)
	h.HandOff(tail, h.Manufacturer, h.Dispenser)
	hash1, proof1 := b.Proof(t, 17)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, tail, 17, hash1, pedigree.PackSupplied, proof1))
	h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr)) // pending at recall time

	t.Run("ErrStranger", func(t *testing.T) {
		_, err := h.C.Recall(h.Ctx, h.Distributor.S, b.ID, 1)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
		_, err = h.C.Recall(h.Ctx, h.Manufacturer2.S, b.ID, 1)
		chaintest.Reverts(t, err, "PedigreeUnauthorizedRole")
	})
	t.Run("ErrNoReason", func(t *testing.T) {
		_, err := h.C.Recall(h.Ctx, h.Manufacturer.S, b.ID, 0)
		chaintest.Reverts(t, err, "PedigreeInvalidRecallReason")
	})
	t.Run("ErrUnknownBatch", func(t *testing.T) {
		_, err := h.C.Recall(h.Ctx, h.Regulator.S, tail, 1)
		chaintest.Reverts(t, err, "PedigreeUnknownBatch")
	})
	t.Run("OK", func(t *testing.T) {
		h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, b.ID, 3))
		got, err := h.C.Batch(h.Ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.RecallReason != 3 {
			t.Errorf("recall reason: got %d, want 3", got.RecallReason)
		}
	})
	t.Run("OKByRegulator", func(t *testing.T) {
		c := h.Register(gtinB, "RECALL2", 1)
		h.Ok(h.C.Recall(h.Ctx, h.Regulator.S, c.ID, 1))
	})
	t.Run("ErrTwice", func(t *testing.T) {
		_, err := h.C.Recall(h.Ctx, h.Regulator.S, b.ID, 2)
		chaintest.Reverts(t, err, "PedigreeBatchRecalled")
	})
	t.Run("VerificationStillWorks", func(t *testing.T) {
		hash, proof := b.Proof(t, 18)
		ok, err := h.C.VerifySerial(h.Ctx, b.ID, 18, hash, proof)
		if err != nil || !ok {
			t.Fatalf("verifySerial: %v %v", ok, err)
		}
		ps, err := h.C.PackState(h.Ctx, b.ID, 17)
		if err != nil || pedigree.PackState(ps.State) != pedigree.PackSupplied {
			t.Fatalf("packState: %+v %v", ps, err)
		}
	})
}

// TestAfterRecall is what a recall leaves the batch's holders: return the stock to the
// manufacturer (after a split, for part of a holding) or destroy it; refuse or accept a shipment
// in transit; nothing else. The rows run in order, each on the state the earlier ones left.
func TestAfterRecall(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "AFTER", 32)
	part := func(start uint32) *big.Int { return chain.SplitTokenID(b.ID, start) }
	for _, at := range []uint32{28, 24, 16, 8} {
		h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, at)) // the batch token keeps [0, 8)
	}
	distributed, dispensed, inTransit, onward := part(8), part(16), part(24), part(28)
	h.HandOff(distributed, h.Manufacturer, h.Distributor) // [8, 16)
	h.HandOff(dispensed, h.Manufacturer, h.Dispenser)     // [16, 24): pack 17 supplied, 18 locked
	hash17, proof17 := b.Proof(t, 17)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, dispensed, 17, hash17, pedigree.PackSupplied, proof17))
	hash18, proof18 := b.Proof(t, 18)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, dispensed, 18, hash18, pedigree.PackLocked, proof18))
	h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, inTransit, h.Distributor.Addr)) // [24, 28): on its way at the recall
	h.HandOff(onward, h.Manufacturer, h.Distributor)                       // [28, 32): on to the pharmacy at the recall
	h.Ok(h.C.Ship(h.Ctx, h.Distributor.S, onward, h.Dispenser.Addr))
	h.Ok(h.C.Recall(h.Ctx, h.Regulator.S, b.ID, 2))

	one := func(s chaintest.Account, token *big.Int, index int, state pedigree.PackState) error {
		hash, proof := b.Proof(t, index)
		return second(h.C.SetPackState(h.Ctx, s.S, token, uint32(index), hash, state, proof))
	}
	many := func(s chaintest.Account, token *big.Int, state pedigree.PackState, indexes ...int) error {
		return second(h.C.SetPackStates(h.Ctx, s.S, token, state, b.Multi(t, indexes...)))
	}
	transferFrom := func(s chaintest.Account, from common.Address, token *big.Int) error {
		return second(s.S.Transact(h.Ctx, &h.C.Address, h.C.Binding().PackTransferFrom(from, s.Addr, token)))
	}
	for _, tc := range []struct {
		name string
		do   func() error
		want string // the revert; "" when allowed
	}{
		// Shipping anywhere but back to the manufacturer.
		{"ErrShipOnward", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, distributed, h.Dispenser.Addr)) }, "PedigreeBatchRecalled"},
		{"ErrShipSideways", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, distributed, h.Distributor2.Addr)) }, "PedigreeBatchRecalled"},
		{"ErrShipToAnotherManufacturer", func() error { return second(h.C.Ship(h.Ctx, h.Dispenser.S, dispensed, h.Manufacturer2.Addr)) }, "PedigreeBatchRecalled"},
		{"ErrManufacturerShipsOut", func() error { return second(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Distributor.Addr)) }, "PedigreeBatchRecalled"},
		{"ErrManufacturerShipsToItself", func() error { return second(h.C.Ship(h.Ctx, h.Manufacturer.S, b.ID, h.Manufacturer.Addr)) }, "PedigreeInvalidReceiver"},
		{"ErrStrangerReturns", func() error { return second(h.C.Ship(h.Ctx, h.Distributor2.S, dispensed, h.Manufacturer.Addr)) }, "PedigreeNotCustodian"},
		// Pack states other than Destroyed, and undo.
		{"ErrDispense", func() error { return one(h.Dispenser, dispensed, 19, pedigree.PackSupplied) }, "PedigreeBatchRecalled"},
		{"ErrLockMany", func() error { return many(h.Dispenser, dispensed, pedigree.PackLocked, 20, 21) }, "PedigreeBatchRecalled"},
		{"ErrEveryOtherState", func() error {
			for _, st := range []pedigree.PackState{pedigree.PackStolen, pedigree.PackSample, pedigree.PackFreeSample, pedigree.PackExported, pedigree.PackCheckedOut} {
				if err := one(h.Dispenser, dispensed, 19, st); !chain.IsRevert(err, "PedigreeBatchRecalled") {
					return fmt.Errorf("%s: %w", st, err)
				}
			}
			return one(h.Dispenser, dispensed, 19, pedigree.PackStolen)
		}, "PedigreeBatchRecalled"},
		{"ErrUndoSupplied", func() error { return second(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, dispensed, []uint64{17})) }, "PedigreeBatchRecalled"},
		{"ErrUndoLocked", func() error { return second(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, dispensed, []uint64{18})) }, "PedigreeBatchRecalled"},
		{"ErrActive", func() error { return one(h.Dispenser, dispensed, 19, pedigree.PackActive) }, "PedigreeInvalidPackState"},
		// Destroying: Active packs only, by their holder.
		{"Destroy", func() error { return one(h.Dispenser, dispensed, 19, pedigree.PackDestroyed) }, ""},
		{"DestroyMany", func() error { return many(h.Dispenser, dispensed, pedigree.PackDestroyed, 20, 21) }, ""},
		{"ErrDestroyLocked", func() error { return one(h.Dispenser, dispensed, 18, pedigree.PackDestroyed) }, "PedigreePackNotActive"},
		{"ErrDestroyNotHeld", func() error { return one(h.Distributor, dispensed, 22, pedigree.PackDestroyed) }, "PedigreeNotCustodian"},
		{"ErrUndoDestroyed", func() error { return second(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, dispensed, []uint64{19})) }, "PedigreeBatchRecalled"},
		{"ManufacturerDestroys", func() error { return many(h.Manufacturer, b.ID, pedigree.PackDestroyed, 0, 1) }, ""},
		// Returning part of a holding: split, ship back, the manufacturer accepts.
		{"Split", func() error { return second(h.C.Split(h.Ctx, h.Distributor.S, distributed, 12)) }, ""},
		{"Return", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, part(12), h.Manufacturer.Addr)) }, ""},
		{"ErrStrangerAcceptsReturn", func() error { return second(h.C.Accept(h.Ctx, h.Dispenser.S, part(12))) }, "PedigreeNotReceiver"},
		{"AcceptReturn", func() error { return second(h.C.Accept(h.Ctx, h.Manufacturer.S, part(12))) }, ""},
		{"ErrReturnedShippedOut", func() error { return second(h.C.Ship(h.Ctx, h.Manufacturer.S, part(12), h.Distributor.Addr)) }, "PedigreeBatchRecalled"},
		// A return the manufacturer refuses stays with its sender, which may send it again.
		{"ReturnFromPharmacy", func() error { return second(h.C.Ship(h.Ctx, h.Dispenser.S, dispensed, h.Manufacturer.Addr)) }, ""},
		{"ErrDestroyInTransit", func() error { return one(h.Dispenser, dispensed, 22, pedigree.PackDestroyed) }, "PedigreeShipmentPending"},
		{"ManufacturerRefuses", func() error { return second(h.C.CancelShipment(h.Ctx, h.Manufacturer.S, dispensed)) }, ""},
		{"ReturnAgain", func() error { return second(h.C.Ship(h.Ctx, h.Dispenser.S, dispensed, h.Manufacturer.Addr)) }, ""},
		{"AcceptByTransferFrom", func() error { return transferFrom(h.Manufacturer, h.Dispenser.Addr, dispensed) }, ""},
		// A shipment in transit at the recall: accepted for return, then returned; the sender cancels once.
		{"AcceptForReturn", func() error { return second(h.C.Accept(h.Ctx, h.Distributor.S, inTransit)) }, ""},
		{"ErrAcceptedShippedOn", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, inTransit, h.Dispenser.Addr)) }, "PedigreeBatchRecalled"},
		{"ReturnAccepted", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, inTransit, h.Manufacturer.Addr)) }, ""},
		{"SenderCancelsReturn", func() error { return second(h.C.CancelShipment(h.Ctx, h.Distributor.S, inTransit)) }, ""},
		// A shipment in transit at the recall, refused by its receiver: back with the sender, which may only return it.
		{"ReceiverRefuses", func() error { return second(h.C.CancelShipment(h.Ctx, h.Dispenser.S, onward)) }, ""},
		{"ErrShipRefusedAgain", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, onward, h.Dispenser.Addr)) }, "PedigreeBatchRecalled"},
		{"ReturnRefused", func() error { return second(h.C.Ship(h.Ctx, h.Distributor.S, onward, h.Manufacturer.Addr)) }, ""},
		{"ErrRecallAgain", func() error { return second(h.C.Recall(h.Ctx, h.Manufacturer.S, b.ID, 1)) }, "PedigreeBatchRecalled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.do()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("got %v, want it allowed", err)
				}
				return
			}
			chaintest.Reverts(t, err, tc.want)
		})
	}
	t.Run("Holders", func(t *testing.T) {
		for token, want := range map[*big.Int]common.Address{
			b.ID: h.Manufacturer.Addr, part(12): h.Manufacturer.Addr, dispensed: h.Manufacturer.Addr,
			distributed: h.Distributor.Addr, inTransit: h.Distributor.Addr, onward: h.Distributor.Addr,
		} {
			if got := h.Owner(token); got != want {
				t.Errorf("token %x: held by %s, want %s", token, got, want)
			}
		}
		for index, want := range map[uint32]pedigree.PackState{0: pedigree.PackDestroyed, 17: pedigree.PackSupplied, 18: pedigree.PackLocked, 19: pedigree.PackDestroyed, 21: pedigree.PackDestroyed, 22: pedigree.PackActive} {
			if ps, _ := h.C.PackState(h.Ctx, b.ID, index); pedigree.PackState(ps.State) != want {
				t.Errorf("pack %d: got %v, want %v", index, pedigree.PackState(ps.State), want)
			}
		}
	})
}

// gs1CheckDigit computes the GS1 mod-10 check digit of body (the digits before it).
func gs1CheckDigit(body uint64) uint64 {
	sum, weight := uint64(0), uint64(3)
	for ; body > 0; body /= 10 {
		sum += (body % 10) * weight
		weight = 4 - weight
	}
	return (10 - sum%10) % 10
}

func second[T any](_ T, err error) error { return err }

func TestDeployBlock(t *testing.T) {
	h := chaintest.New(t)
	h.Register(gtinA, "LATER", 1) // blocks after the deployment
	got, err := chain.DeployBlock(h.Ctx, h.Client, h.C.Address)
	if err != nil {
		t.Fatal(err)
	}
	if want := h.DeployBlock(); got != want {
		t.Fatalf("got block %d, want %d", got, want)
	}
	_, err = chain.DeployBlock(h.Ctx, h.Client, h.Stranger.Addr)
	if pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Fatalf("no contract: got %v, want not found", err)
	}
}
