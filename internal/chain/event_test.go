package chain_test

import (
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestDecodeEvent runs a story that emits every event of the contract and checks each decodes
// to the domain event it stands for.
func TestDecodeEvent(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "EVENTS", 32)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 16))
	tail := chain.SplitTokenID(b.ID, 16)
	h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, tail, h.Dispenser.Addr))
	h.Ok(h.C.CancelShipment(h.Ctx, h.Dispenser.S, tail))
	h.HandOff(tail, h.Manufacturer, h.Dispenser)
	h.Ok(h.C.SetPackStates(h.Ctx, h.Dispenser.S, tail, pedigree.PackSupplied, b.Multi(t, 16, 17)))
	h.Ok(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, tail, []uint64{17}))
	h.Ok(h.C.ReinstateParticipant(h.Ctx, h.Regulator.S, h.Suspended.Addr))
	h.Ok(h.C.Recall(h.Ctx, h.Regulator.S, b.ID, 7))
	h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "0012345", h.Manufacturer.Addr))
	h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "0012345", h.Manufacturer2.Addr)) // moved
	h.Ok(h.C.AssignGTIN(h.Ctx, h.Regulator.S, gtinB, h.Manufacturer2.Addr))

	logs, err := h.Client.FilterLogs(h.Ctx, ethereum.FilterQuery{Addresses: []common.Address{h.C.Address}, Topics: [][]common.Hash{chain.EventTopics()}})
	if err != nil {
		t.Fatal(err)
	}
	var got []pedigree.Event
	var prefixes []pedigree.PrefixAssigned
	for i := range logs {
		ev, ok, err := chain.DecodeEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			got = append(got, ev)
		}
	}
	kinds := map[string]int{}
	for _, ev := range got {
		kinds[reflect.TypeOf(ev).Name()]++
		m := ev.Meta()
		if m.Block == 0 || m.TxHash == (pedigree.Hash{}) || m.Time.Before(time.Now().Add(-time.Hour)) {
			t.Errorf("%T: meta %+v", ev, m)
		}
	}
	want := map[string]int{
		"ParticipantRegistered": 8, // the deployer and seven more
		"ParticipantSuspended":  1, "ParticipantReinstated": 1,
		"BatchRegistered": 1, "TokenSplit": 1, "ShipmentSent": 2, "ShipmentCancelled": 1,
		"ShipmentAccepted": 1, "PackStatesChanged": 1, "PackStatesReverted": 1, "BatchRecalled": 1,
		"PrefixAssigned": 4, // the cast's two at setup, and one moved here
		"GTINAssigned":   1,
	}
	if !reflect.DeepEqual(kinds, want) {
		t.Fatalf("events: got %v, want %v", kinds, want)
	}
	for _, ev := range got {
		switch e := ev.(type) {
		case pedigree.BatchRegistered:
			if e.GTIN != "09506000134352" || e.Lot != "EVENTS" || e.Quantity != 32 || e.SerialsRoot != pedigree.Hash(b.Tree.Root()) ||
				e.IndexRoot != pedigree.Hash(b.Tree.IndexRoot()) || e.SortedRoot != pedigree.Hash(b.Tree.SortedRoot()) || e.Manufacturer != pedigree.Address(h.Manufacturer.Addr) {
				t.Errorf("BatchRegistered: %+v", e)
			}
			if want := time.Unix(int64(h.Today()+365)*86400, 0).UTC(); !e.Expiry.Equal(want) {
				t.Errorf("expiry: got %v, want %v", e.Expiry, want)
			}
		case pedigree.TokenSplit:
			if e.NewTokenID != pedigree.TokenIDFromBig(tail) || e.BatchID != pedigree.TokenIDFromBig(b.ID) || e.Start != 16 || e.End != 32 {
				t.Errorf("TokenSplit: %+v", e)
			}
		case pedigree.ShipmentAccepted:
			if e.From != pedigree.Address(h.Manufacturer.Addr) || e.To != pedigree.Address(h.Dispenser.Addr) {
				t.Errorf("ShipmentAccepted: %+v", e)
			}
		case pedigree.PackStatesChanged:
			if e.State != pedigree.PackSupplied || !reflect.DeepEqual(e.Indexes, []uint32{16, 17}) || e.Actor != pedigree.Address(h.Dispenser.Addr) {
				t.Errorf("PackStatesChanged: %+v", e)
			}
		case pedigree.BatchRecalled:
			if e.Reason != 7 || e.By != pedigree.Address(h.Regulator.Addr) {
				t.Errorf("BatchRecalled: %+v", e)
			}
		case pedigree.ParticipantRegistered:
			if len(e.GLN) != 13 || e.Number == 0 {
				t.Errorf("ParticipantRegistered: %+v", e)
			}
		case pedigree.PrefixAssigned:
			prefixes = append(prefixes, e)
		case pedigree.GTINAssigned:
			want := pedigree.GTINAssigned{EventMeta: e.EventMeta, GTIN: "09506000134369", Manufacturer: pedigree.Address(h.Manufacturer2.Addr), By: pedigree.Address(h.Regulator.Addr)}
			if e != want {
				t.Errorf("GTINAssigned: got %+v, want %+v", e, want)
			}
		}
	}
	// Leading zeros are kept; a move names the previous manufacturer.
	m, m2, reg := pedigree.Address(h.Manufacturer.Addr), pedigree.Address(h.Manufacturer2.Addr), pedigree.Address(h.Regulator.Addr)
	for i, want := range []pedigree.PrefixAssigned{
		{Prefix: chaintest.PrefixManufacturer, Manufacturer: m, By: reg},
		{Prefix: chaintest.PrefixManufacturer2, Manufacturer: m2, By: reg},
		{Prefix: "0012345", Manufacturer: m, By: reg},
		{Prefix: "0012345", Manufacturer: m2, Previous: m, By: reg},
	} {
		if want.EventMeta = prefixes[i].EventMeta; prefixes[i] != want {
			t.Errorf("PrefixAssigned %d: got %+v, want %+v", i, prefixes[i], want)
		}
	}
}

func TestDecodeEventRefusesForgedLogs(t *testing.T) {
	a := chain.PedigreeABI()
	for _, tc := range []struct {
		name string
		log  types.Log
	}{
		{"NoTopics", types.Log{}},
		{"UnknownTopic", types.Log{Topics: []common.Hash{{1}}}},
		{"TruncatedData", types.Log{Topics: []common.Hash{a.Events["PackStatesChanged"].ID, {}, {}}, Data: []byte{1, 2, 3}}},
		{"StateOutOfRange", types.Log{Topics: []common.Hash{a.Events["PackStatesChanged"].ID, {}, {}}, Data: mustPackEvent(t, "PackStatesChanged", uint8(42), []*big.Int{big.NewInt(1)})}},
		{"PrefixTooShort", types.Log{Topics: []common.Hash{a.Events["PrefixAssigned"].ID, {}, {}, {}}, Data: mustPackEvent(t, "PrefixAssigned", uint64(12345), uint8(5))}},
		{"PrefixLongerThanLength", types.Log{Topics: []common.Hash{a.Events["PrefixAssigned"].ID, {}, {}, {}}, Data: mustPackEvent(t, "PrefixAssigned", uint64(12345678), uint8(7))}},
		{"GTINTooLong", types.Log{Topics: []common.Hash{a.Events["GTINAssigned"].ID, {}, {}, {}}, Data: mustPackEvent(t, "GTINAssigned", uint64(195060001343520))}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := chain.DecodeEvent(&tc.log); err == nil {
				t.Fatal("decoded a log the contract cannot emit")
			}
		})
	}
}

// mustPackEvent ABI-encodes the non-indexed arguments of an event.
func mustPackEvent(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	data, err := chain.PedigreeABI().Events[name].Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
