package epcis_test

import (
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/epcis"
)

// TestEventIDReference checks the event hash against the reference implementation's published
// result for a shipping event (RalphTro/epcis-event-hash-generator, test example
// "epcisDocWithSingleEvent": its pre-hash string and ni:///sha-256 hash).
func TestEventIDReference(t *testing.T) {
	e := &epcis.Event{
		Type:                epcis.ObjectEvent,
		EventTime:           time.Date(2022, 2, 16, 20, 33, 31, 116_000_000, time.FixedZone("", -6*3600)),
		EventTimeZoneOffset: "-06:00",
		EPCList:             []string{"urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017"},
		Action:              "OBSERVE",
		BizStep:             "shipping",
		Disposition:         "in_transit",
		ReadPoint:           &epcis.Location{ID: "urn:epc:id:sgln:0614141.07346.1234"},
		BizTransactionList:  []epcis.BizTransaction{{Type: "po", BizTransaction: "http://transaction.acme.com/po/12345678"}},
	}
	wantPre := "eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00" +
		"epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018" +
		"action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit" +
		"readPointid=https://id.gs1.org/414/0614141073467/254/1234" +
		"bizTransactionListbizTransaction=http://transaction.acme.com/po/12345678type=https://ref.gs1.org/cbv/BTT-po"
	if got := epcis.PreHash(e); got != wantPre {
		t.Errorf("pre-hash:\n got %s\nwant %s", got, wantPre)
	}
	if got, want := epcis.EventID(e), "ni:///sha-256;3e0f2437f4cb5e8a1b832b769c0eed1bf3e1421f14061132e9800ded03f10182?ver=CBV2.0"; got != want {
		t.Errorf("EventID = %s, want %s", got, want)
	}
}

// TestEventIDForms: the hash does not depend on how identifiers are written (EPC URI or
// Digital Link, on any host), nor on the order of lists; it changes with any value.
func TestEventIDForms(t *testing.T) {
	base := func() *epcis.Event {
		return &epcis.Event{
			Type: epcis.ObjectEvent, EventTime: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), EventTimeZoneOffset: "+00:00",
			EPCList: []string{"urn:epc:id:sgtin:9506000.013435.A1", "urn:epc:id:sgtin:9506000.013435.A2"},
			Action:  "ADD", BizStep: "commissioning", Disposition: "active",
			ILMD:     &epcis.ILMD{LotNumber: "L1", ItemExpirationDate: "2027-01-31"},
			Pedigree: epcis.Pedigree{TransactionHash: "0xab", BlockNumber: 7},
		}
	}
	id := epcis.EventID(base())
	for _, tc := range []struct {
		name   string
		change func(e *epcis.Event)
		same   bool
	}{
		{"DigitalLink", func(e *epcis.Event) {
			e.EPCList = []string{"https://example.com/01/09506000134352/21/A1", "https://id.gs1.org/01/09506000134352/21/A2"}
		}, true},
		{"Order", func(e *epcis.Event) { e.EPCList = []string{e.EPCList[1], e.EPCList[0]} }, true},
		{"URNVocabulary", func(e *epcis.Event) { e.BizStep = "urn:epcglobal:cbv:bizstep:commissioning" }, true},
		{"Zone", func(e *epcis.Event) { e.EventTime = e.EventTime.In(time.FixedZone("", 3600)) }, true},
		{"Serial", func(e *epcis.Event) { e.EPCList[1] = "urn:epc:id:sgtin:9506000.013435.A3" }, false},
		{"Lot", func(e *epcis.Event) { e.ILMD.LotNumber = "L2" }, false},
		{"Transaction", func(e *epcis.Event) { e.TransactionHash = "0xac" }, false},
		{"Time", func(e *epcis.Event) { e.EventTime = e.EventTime.Add(time.Millisecond) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := base()
			tc.change(e)
			if got := epcis.EventID(e); (got == id) != tc.same {
				t.Errorf("same hash = %v, want %v\n%s", got == id, tc.same, epcis.PreHash(e))
			}
		})
	}
}
