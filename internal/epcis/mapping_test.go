package epcis_test

import (
	"slices"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

var (
	maker = pedigree.Party{Role: pedigree.RoleManufacturer, GLN: "4012345000016"}
	whole = pedigree.Party{Role: pedigree.RoleDistributor, GLN: "5012345000014"}
	ids   = epcis.Prefixes{"9506000", "4012345"}
)

func fact(kind pedigree.FactKind, change func(f *pedigree.Fact)) pedigree.Fact {
	f := pedigree.Fact{
		Kind: kind, FactPosition: pedigree.FactPosition{Block: 9, LogIndex: 2}, TxHash: pedigree.Hash{1}, Time: time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC),
		Batch: pedigree.TokenID{7}, GTIN: "09506000134352", Lot: "L1", Expiry: time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC),
		Token: pedigree.TokenID{7}, Start: 0, End: 4, From: maker, To: whole, Actor: whole,
	}
	if change != nil {
		change(&f)
	}
	return f
}

// TestMap is the mapping of every kind of chain fact to its CBV 2.0 event.
func TestMap(t *testing.T) {
	serials := []string{"S0", "S1", "S2", "S3"}
	for _, tc := range []struct {
		name                                string
		fact                                pedigree.Fact
		action, bizStep, disposition, packs string
		epcs                                int
	}{
		{"Registered", fact(pedigree.FactRegistered, func(f *pedigree.Fact) { f.To = maker }), "ADD", "commissioning", "active", "0-3", 4},
		{"Split", fact(pedigree.FactSplit, func(f *pedigree.Fact) { f.Start = 2 }), "OBSERVE", "packing", "", "2-3", 2},
		{"Shipped", fact(pedigree.FactShipped, nil), "OBSERVE", "shipping", "in_transit", "0-3", 4},
		{"Accepted", fact(pedigree.FactAccepted, nil), "OBSERVE", "receiving", "in_progress", "0-3", 4},
		{"Cancelled", fact(pedigree.FactCancelled, nil), "OBSERVE", "void_shipping", "in_progress", "0-3", 4},
		{"Dispensed", fact(pedigree.FactPackState, func(f *pedigree.Fact) { f.State, f.Indexes = pedigree.PackSupplied, []uint32{1} }), "OBSERVE", "dispensing", "dispensed", "1", 1},
		{"Destroyed", fact(pedigree.FactPackState, func(f *pedigree.Fact) { f.State, f.Indexes = pedigree.PackDestroyed, []uint32{0, 1, 3} }), "DELETE", "destroying", "destroyed", "0-1,3", 3},
		{"Stolen", fact(pedigree.FactPackState, func(f *pedigree.Fact) { f.State, f.Indexes = pedigree.PackStolen, []uint32{2} }), "OBSERVE", "decommissioning", "stolen", "2", 1},
		{"Exported", fact(pedigree.FactPackState, func(f *pedigree.Fact) { f.State, f.Indexes = pedigree.PackExported, []uint32{2} }), "OBSERVE", "decommissioning", "inactive", "2", 1},
		{"Undone", fact(pedigree.FactUndone, func(f *pedigree.Fact) { f.Indexes = []uint32{1} }), "OBSERVE", "", "active", "1", 1},
		{"Recalled", fact(pedigree.FactRecalled, func(f *pedigree.Fact) { f.RecallReason = 3 }), "OBSERVE", "holding", "recalled", "0-3", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := epcis.Map(tc.fact, ids, epcis.Packs{Serials: serials, SGTINs: true})
			if e.Type != epcis.ObjectEvent || e.Action != tc.action || e.BizStep != tc.bizStep || e.Disposition != tc.disposition {
				t.Errorf("got %s %s %s %s, want ObjectEvent %s %s %s", e.Type, e.Action, e.BizStep, e.Disposition, tc.action, tc.bizStep, tc.disposition)
			}
			if e.PackIndexes != tc.packs || len(e.EPCList) != tc.epcs {
				t.Errorf("packs %q and %d EPCs, want %q and %d", e.PackIndexes, len(e.EPCList), tc.packs, tc.epcs)
			}
			if e.TransactionHash != tc.fact.TxHash.String() || e.BlockNumber != 9 {
				t.Errorf("chain reference %s at %d", e.TransactionHash, e.BlockNumber)
			}
			// Redacted for a caller without the serials: the same id, the packs counted.
			r := epcis.Map(tc.fact, ids, epcis.Packs{Serials: serials})
			if r.EventID != e.EventID || len(r.EPCList) != 0 || len(r.QuantityList) != 1 || r.QuantityList[0].EPCClass != "urn:epc:class:lgtin:9506000.013435.L1" {
				t.Errorf("redacted: %+v", r)
			}
			// Deterministic.
			if again := epcis.Map(tc.fact, ids, epcis.Packs{Serials: serials, SGTINs: true}); again.EventID != e.EventID {
				t.Errorf("eventID %s, then %s", e.EventID, again.EventID)
			}
			if len(e.EPCList) > 0 && !slices.Contains(e.EPCList, "urn:epc:id:sgtin:9506000.013435.S"+tc.packs[:1]) {
				t.Errorf("EPCs %v", e.EPCList)
			}
		})
	}

	t.Run("Commissioning", func(t *testing.T) {
		e := epcis.Map(fact(pedigree.FactRegistered, func(f *pedigree.Fact) { f.To = maker }), ids, epcis.Packs{Serials: serials, SGTINs: true})
		if e.ILMD == nil || e.ILMD.LotNumber != "L1" || e.ILMD.ItemExpirationDate != "2027-01-31" {
			t.Errorf("ilmd %+v", e.ILMD)
		}
		if e.BizLocation == nil || e.BizLocation.ID != "urn:epc:id:sgln:4012345.00001.0" {
			t.Errorf("bizLocation %+v", e.BizLocation)
		}
	})
	t.Run("Shipping", func(t *testing.T) {
		e := epcis.Map(fact(pedigree.FactShipped, nil), ids, epcis.Packs{Serials: serials, SGTINs: true})
		want := []epcis.Source{{Type: "owning_party", Source: "urn:epc:id:pgln:4012345.00001"}, {Type: "location", Source: "urn:epc:id:sgln:4012345.00001.0"}}
		if !slices.Equal(e.SourceList, want) {
			t.Errorf("sources %v, want %v", e.SourceList, want)
		}
		// The distributor's GLN is under no known prefix: a Digital Link names it.
		if d := e.DestinationList; len(d) != 2 || d[0].Destination != "https://id.gs1.org/417/5012345000014" || d[1].Destination != "https://id.gs1.org/414/5012345000014" {
			t.Errorf("destinations %v", d)
		}
	})
	t.Run("WholeCase", func(t *testing.T) {
		cases := []pedigree.Container{{SSCC: "095060000000000013", Parent: "095060000000009002", Start: 0, End: 4}, {SSCC: "095060000000009002", Start: 0, End: 4}}
		e := epcis.Map(fact(pedigree.FactShipped, nil), ids, epcis.Packs{Serials: serials, Cases: cases})
		if !slices.Equal(e.EPCList, []string{"urn:epc:id:sscc:9506000.0000000900"}) || e.QuantityList != nil {
			t.Errorf("a whole pallet shipped: epcList %v, quantityList %v; want the pallet's SSCC", e.EPCList, e.QuantityList)
		}
		if e := epcis.Map(fact(pedigree.FactShipped, func(f *pedigree.Fact) { f.End = 3 }), ids, epcis.Packs{Serials: serials, Cases: cases}); len(e.EPCList) != 0 {
			t.Errorf("part of a case shipped: epcList %v, want its packs counted", e.EPCList)
		}
	})
	t.Run("KindsOf", func(t *testing.T) {
		kinds, states := epcis.KindsOf("decommissioning")
		if !slices.Equal(kinds, []pedigree.FactKind{pedigree.FactPackState}) || len(states) != 4 {
			t.Errorf("decommissioning: %v %v", kinds, states)
		}
		if kinds, _ := epcis.KindsOf("https://ref.gs1.org/cbv/BizStep-shipping"); !slices.Equal(kinds, []pedigree.FactKind{pedigree.FactShipped}) {
			t.Errorf("shipping: %v", kinds)
		}
	})
}

// TestKeys: EPC URIs and Digital Links read back to the same GS1 keys.
func TestKeys(t *testing.T) {
	for _, tc := range []struct{ uri, dl string }{
		{"urn:epc:id:sgtin:9506000.013435.A%2F1", "https://id.gs1.org/01/09506000134352/21/A%2F1"},
		{"urn:epc:class:lgtin:9506000.013435.L1", "https://id.gs1.org/01/09506000134352/10/L1"},
		{"urn:epc:id:sgln:4012345.00001.0", "https://id.gs1.org/414/4012345000016"},
		{"urn:epc:id:pgln:4012345.00001", "https://id.gs1.org/417/4012345000016"},
		{"urn:epc:id:sscc:4012345.0000000111", "https://id.gs1.org/00/040123450000001112"},
		{"https://example.org/shop/01/9506000134352/21/X9", "https://id.gs1.org/01/09506000134352/21/X9"},
	} {
		if got := epcis.CanonicalURI(tc.uri); got != tc.dl {
			t.Errorf("CanonicalURI(%s) = %s, want %s", tc.uri, got, tc.dl)
		}
	}
	if got := ids.SGTIN("09506000134352", "A/1"); got != "urn:epc:id:sgtin:9506000.013435.A%2F1" {
		t.Errorf("SGTIN = %s", got)
	}
	for _, bad := range []string{"urn:epc:id:sgtin:9506000.13435.A", "urn:epc:id:sscc:1.2", "https://id.gs1.org/01/09506000134353/21/X"} {
		if k, ok := epcis.ParseKey(bad); ok {
			t.Errorf("ParseKey(%s) = %+v, want no key", bad, k)
		}
	}
}

// TestAggregations: a batch's packing is its cases' AggregationEvents (packs as children),
// then its pallets' (cases as children), then the unpacking of any case opened; whoever may
// not see serials gets the packs counted, under the same eventIDs.
func TestAggregations(t *testing.T) {
	serials := []string{"S0", "S1", "S2", "S3", "S4", "S5"}
	reg := fact(pedigree.FactRegistered, func(f *pedigree.Fact) { f.To, f.End = maker, 6 })
	opened := reg.Time.Add(48 * time.Hour)
	cases := []pedigree.Container{
		{SSCC: "095060000000009002", Start: 0, End: 6},
		{SSCC: "095060000000000013", Parent: "095060000000009002", Start: 0, End: 4, Opened: opened},
		{SSCC: "095060000000000020", Parent: "095060000000009002", Start: 4, End: 6},
	}
	all := epcis.Aggregations(reg, ids, epcis.Packs{Serials: serials, SGTINs: true, Cases: cases})
	var got []string
	for _, e := range all {
		got = append(got, e.Action+" "+e.BizStep+" "+e.ParentID+" "+e.PackIndexes)
		if e.Type != epcis.AggregationEvent || e.TransactionHash != "" || e.EventID == "" {
			t.Errorf("%+v: want an AggregationEvent with an eventID and no transaction", e)
		}
	}
	want := []string{
		"ADD packing urn:epc:id:sscc:9506000.0000000001 0-3",
		"ADD packing urn:epc:id:sscc:9506000.0000000002 4-5",
		"ADD packing urn:epc:id:sscc:9506000.0000000900 0-5",
		"DELETE unpacking urn:epc:id:sscc:9506000.0000000001 0-3",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("events:\n%v\nwant\n%v", got, want)
	}
	if len(all[0].ChildEPCs) != 4 || all[0].ChildEPCs[3] != "urn:epc:id:sgtin:9506000.013435.S3" || !all[3].EventTime.Equal(opened) {
		t.Errorf("the first case: %v; its unpacking at %v", all[0].ChildEPCs, all[3].EventTime)
	}
	if !slices.Equal(all[2].ChildEPCs, []string{"urn:epc:id:sscc:9506000.0000000001", "urn:epc:id:sscc:9506000.0000000002"}) {
		t.Errorf("the pallet's children: %v", all[2].ChildEPCs)
	}
	counted := epcis.Aggregations(reg, ids, epcis.Packs{Serials: serials, Cases: cases})
	for i, e := range counted {
		if e.EventID != all[i].EventID || i != 2 && (e.ChildEPCs != nil || len(e.ChildQuantityList) != 1) {
			t.Errorf("event %d without serials: %+v, want the packs counted under eventID %s", i, e, all[i].EventID)
		}
	}
	if epcis.Aggregations(fact(pedigree.FactShipped, nil), ids, epcis.Packs{Cases: cases}) != nil {
		t.Error("a shipment brings packing events")
	}
}
