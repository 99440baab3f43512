package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/testkit/epcistest"
)

// exported is the part of an exported EPCIS document or query page the tests read.
type exported struct {
	Type      string
	EPCISBody struct {
		EventList    []exportedEvent
		QueryResults struct {
			ResultsBody struct{ EventList []exportedEvent }
		}
	}
}

type exportedEvent struct {
	Type, Action, BizStep, Disposition, EventID string
	EPCList                                     []string
	QuantityList                                []epcis.Quantity
	PackIndexes                                 string `json:"pedigree:packIndexes"`
	TxHash                                      string `json:"pedigree:transactionHash"`
	SourceList                                  []epcis.Source
	ParentID                                    string
	ChildEPCs                                   []string
	ChildQuantityList                           []epcis.Quantity
}

func (d exported) events() []exportedEvent {
	if d.Type == "EPCISQueryDocument" {
		return d.EPCISBody.QueryResults.ResultsBody.EventList
	}
	return d.EPCISBody.EventList
}

// epcisGet gets an EPCIS path as role, checks the status, validates a 200's body against the
// official EPCIS 2.0 schema, and returns it read.
func (f *fixture) epcisGet(t *testing.T, role, path string, want int) (exported, http.Header) {
	t.Helper()
	status, body, h := f.do(t, "GET", path, "", "", "Authorization", "Bearer "+f.tokens[role])
	if status != want {
		t.Fatalf("GET %s as %s: %d, want %d: %s", path, role, status, want, body)
	}
	var d exported
	if status != http.StatusOK {
		return d, h
	}
	if err := epcistest.Validate(t, []byte(body)); err != nil {
		t.Fatalf("GET %s as %s: the document does not validate against the EPCIS 2.0 schema: %v\n%s", path, role, err, body)
	}
	if err := json.Unmarshal([]byte(body), &d); err != nil {
		t.Fatal(err)
	}
	return d, h
}

// TestEPCISExport: every exported document and query page validates against the official
// schema; each caller sees the events of what it has held, a regulator everything; only the
// manufacturer gets SGTINs, and everyone the same eventIDs.
func TestEPCISExport(t *testing.T) {
	f := newFixture(t)
	f.tokens["dispenser2"] = f.w.Token(t, f.w.Dispenser2)
	// The manufacturer takes packs 5 and 6, which it still holds, as samples, then undoes 6.
	for _, c := range []struct{ path, body string }{
		{"/api/v1/packs/state", `{"state":"sample","codes":[` + jsonString(f.elementString(5)) + `,` + jsonString(f.elementString(6)) + `]}`},
		{"/api/v1/packs/undo", `{"codes":[` + jsonString(f.elementString(6)) + `]}`},
	} {
		if status, body, _ := f.do(t, "POST", c.path, "application/json", c.body, "Authorization", "Bearer "+f.tokens["manufacturer"]); status != http.StatusOK {
			t.Fatalf("POST %s: %d %s", c.path, status, body)
		}
	}
	// A serialization system's batch, packed four to a case, the cases on a pallet.
	status, body, _ := f.do(t, "POST", "/epcis/capture", "application/ld+json", commissioningDoc(t, "PACKED", 10, f.w.Now.AddDate(1, 0, 0)), "Authorization", "Bearer "+f.tokens["manufacturer"])
	var captured struct {
		TokenID string `json:"token_id"`
	}
	if err := json.Unmarshal([]byte(body), &captured); status != http.StatusCreated || err != nil {
		t.Fatalf("capture: %d %s", status, body)
	}
	f.synced(t)
	batch, recalled, packed := f.w.Batch.ID.String(), f.w.Recalled.ID.String(), captured.TokenID

	all, _ := f.epcisGet(t, "regulator", "/epcis/events?perPage=500", http.StatusOK)
	ids := map[string]exportedEvent{}
	for _, e := range all.events() {
		ids[e.EventID] = e
	}
	if len(ids) != len(all.events()) || len(ids) < 10 {
		t.Fatalf("the regulator's events: %d, %d distinct eventIDs; want every fact, each its own id", len(all.events()), len(ids))
	}

	t.Run("Conformance", func(t *testing.T) {
		for _, p := range []struct{ role, path string }{
			{"manufacturer", "/epcis/batches/" + batch + "/document"},
			{"manufacturer", "/api/v1/batches/" + batch + "/epcis"},
			{"manufacturer", "/epcis/batches/" + recalled + "/document"},
			{"distributor", "/epcis/batches/" + batch + "/document"},
			{"dispenser", "/epcis/batches/" + batch + "/document"},
			{"regulator", "/epcis/batches/" + recalled + "/document"},
			{"manufacturer", "/epcis/batches/" + packed + "/document"},
			{"regulator", "/api/v1/batches/" + packed + "/epcis"},
			{"regulator", "/epcis/events?eventType=AggregationEvent"},
			{"dispenser", "/epcis/events?perPage=3"},
			{"manufacturer", "/epcis/events?EQ_bizStep=shipping&eventType=ObjectEvent"},
		} {
			d, _ := f.epcisGet(t, p.role, p.path, http.StatusOK)
			if len(d.events()) == 0 {
				t.Errorf("GET %s as %s: no events", p.path, p.role)
			}
		}
	})

	t.Run("Mapping", func(t *testing.T) {
		seen := map[string]bool{}
		for _, e := range all.events() {
			seen[e.BizStep+"/"+e.Disposition] = true
			if !strings.HasPrefix(e.EventID, "ni:///sha-256;") {
				t.Errorf("event %+v: want a hash eventID", e)
			}
			// Packing is recorded off the chain: only its events lack a transaction.
			if (e.Type == "AggregationEvent") == strings.HasPrefix(e.TxHash, "0x") {
				t.Errorf("%s %+v: want the transaction hash on every chain fact's event, and only there", e.Type, e)
			}
		}
		for _, want := range []string{"commissioning/active", "packing/", "shipping/in_transit", "receiving/in_progress", "dispensing/dispensed", "holding/recalled", "sampling/non_sellable_other", "/active"} {
			if !seen[want] {
				t.Errorf("no %s event among the regulator's: %v", want, seen)
			}
		}
	})

	t.Run("Packing", func(t *testing.T) {
		// The cases name their packs (by SGTIN to the manufacturer), the pallet its cases; the
		// regulator counts the packs, under the same eventIDs.
		m, _ := f.epcisGet(t, "manufacturer", "/epcis/batches/"+packed+"/document", http.StatusOK)
		r, _ := f.epcisGet(t, "regulator", "/epcis/batches/"+packed+"/document", http.StatusOK)
		var got []string
		for i, e := range m.events() {
			if e.Type != "AggregationEvent" {
				continue
			}
			got = append(got, fmt.Sprintf("%s %s<%s>", e.BizStep, e.ParentID, strings.Join(e.ChildEPCs, " ")))
			re := r.events()[i]
			if re.EventID != e.EventID || (len(re.ChildEPCs) == 0) == (len(re.ChildQuantityList) == 0) || strings.Contains(strings.Join(re.ChildEPCs, " "), "sgtin") {
				t.Errorf("the regulator's copy of %s: %+v", e.ParentID, re)
			}
		}
		want := []string{
			"packing urn:epc:id:sscc:9506000.0000000001<urn:epc:id:sgtin:9506000.013435.PACKED-0 urn:epc:id:sgtin:9506000.013435.PACKED-1 urn:epc:id:sgtin:9506000.013435.PACKED-2 urn:epc:id:sgtin:9506000.013435.PACKED-3>",
			"packing urn:epc:id:sscc:9506000.0000000002<urn:epc:id:sgtin:9506000.013435.PACKED-4 urn:epc:id:sgtin:9506000.013435.PACKED-5 urn:epc:id:sgtin:9506000.013435.PACKED-6 urn:epc:id:sgtin:9506000.013435.PACKED-7>",
			"packing urn:epc:id:sscc:9506000.0000000003<urn:epc:id:sgtin:9506000.013435.PACKED-8 urn:epc:id:sgtin:9506000.013435.PACKED-9>",
			"packing urn:epc:id:sscc:9506000.0000000900<urn:epc:id:sscc:9506000.0000000001 urn:epc:id:sscc:9506000.0000000002 urn:epc:id:sscc:9506000.0000000003>",
		}
		if !slices.Equal(got, want) {
			t.Errorf("the packed batch's AggregationEvents:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})

	t.Run("SerialSecrecy", func(t *testing.T) {
		// The manufacturer gets the SGTINs of its batch; the distributor the same events,
		// counted by class, with the same eventIDs.
		m, _ := f.epcisGet(t, "manufacturer", "/epcis/batches/"+batch+"/document", http.StatusOK)
		d, _ := f.epcisGet(t, "distributor", "/epcis/batches/"+batch+"/document", http.StatusOK)
		byID := map[string]exportedEvent{}
		for _, e := range m.events() {
			byID[e.EventID] = e
		}
		commissioned := false
		for _, e := range m.events() {
			if e.BizStep == "commissioning" {
				commissioned = len(e.EPCList) == 64 && strings.HasPrefix(e.EPCList[0], "urn:epc:id:sgtin:9506000.")
			}
		}
		if !commissioned {
			t.Errorf("the manufacturer's commissioning event does not name its 64 SGTINs")
		}
		for _, e := range d.events() {
			if len(e.EPCList) > 0 {
				t.Errorf("the distributor got SGTINs: %v", e.EPCList)
			}
			if len(e.QuantityList) != 1 || !strings.HasPrefix(e.QuantityList[0].EPCClass, "urn:epc:class:lgtin:9506000.") {
				t.Errorf("the distributor's event counts no class: %+v", e)
			}
			if _, ok := byID[e.EventID]; !ok {
				t.Errorf("the distributor's event %s is not among the manufacturer's", e.EventID)
			}
		}
	})

	t.Run("Visibility", func(t *testing.T) {
		// The pharmacy that never held a pack of the batches sees nothing of them.
		d, _ := f.epcisGet(t, "dispenser2", "/epcis/events", http.StatusOK)
		if n := len(d.events()); n != 0 {
			t.Errorf("a pharmacy that held nothing sees %d events", n)
		}
		f.epcisGet(t, "dispenser2", "/epcis/batches/"+batch+"/document", http.StatusNotFound)
		// The pharmacy sees its packs' history, not the recalled batch it never held, nor
		// what happened to packs it never held.
		f.epcisGet(t, "dispenser", "/epcis/batches/"+recalled+"/document", http.StatusNotFound)
		ph, _ := f.epcisGet(t, "dispenser", "/epcis/events?perPage=500", http.StatusOK)
		dist, _ := f.epcisGet(t, "distributor", "/epcis/events?perPage=500", http.StatusOK)
		man, _ := f.epcisGet(t, "manufacturer", "/epcis/events?perPage=500", http.StatusOK)
		if !(len(ph.events()) <= len(dist.events()) && len(dist.events()) < len(man.events()) && len(man.events()) <= len(all.events())) {
			t.Errorf("events seen: pharmacy %d, distributor %d, manufacturer %d, regulator %d; want each to see no more than the one upstream, the distributor less than the manufacturer",
				len(ph.events()), len(dist.events()), len(man.events()), len(all.events()))
		}
		for _, e := range dist.events() {
			if e.BizStep == "sampling" || e.Disposition == "active" && e.BizStep == "" {
				t.Errorf("the distributor sees what the manufacturer did to packs it never held: %+v", e)
			}
		}
		for _, e := range ph.events() {
			if e.BizStep == "holding" {
				t.Errorf("the pharmacy sees the recall of a batch it never held: %+v", e)
			}
		}
	})

	t.Run("Filters", func(t *testing.T) {
		d, _ := f.epcisGet(t, "regulator", "/epcis/events?EQ_bizStep=dispensing", http.StatusOK)
		if ev := d.events(); len(ev) != 1 || ev[0].Disposition != "dispensed" || ev[0].PackIndexes != "50" {
			t.Errorf("EQ_bizStep=dispensing: %+v, want the one dispensed pack, 50", ev)
		}
		code := f.w.Code(50)
		sgtin := "https://id.gs1.org/01/" + code.GTIN + "/21/" + url.PathEscape(code.Serial)
		d, _ = f.epcisGet(t, "manufacturer", "/epcis/events?MATCH_epc="+url.QueryEscape(sgtin), http.StatusOK)
		steps := []string{}
		for _, e := range d.events() {
			steps = append(steps, e.BizStep)
		}
		if !slices.Contains(steps, "commissioning") || !slices.Contains(steps, "dispensing") || len(steps) >= len(man(t, f).events()) {
			t.Errorf("MATCH_epc of pack 50: steps %v, want its own history", steps)
		}
		d, _ = f.epcisGet(t, "regulator", "/epcis/events?LT_eventTime=2000-01-01T00:00:00Z", http.StatusOK)
		if len(d.events()) != 0 {
			t.Errorf("LT_eventTime=2000: %d events", len(d.events()))
		}
		d, _ = f.epcisGet(t, "regulator", "/epcis/events?eventType=AggregationEvent", http.StatusOK)
		if ev := d.events(); len(ev) != 4 || ev[0].Type != "AggregationEvent" {
			t.Errorf("eventType=AggregationEvent: %+v, want the 3 cases and the pallet of the captured batch", ev)
		}
		d, _ = f.epcisGet(t, "regulator", "/epcis/events?EQ_bizStep=packing&eventType=AggregationEvent", http.StatusOK)
		if ev := d.events(); len(ev) != 4 {
			t.Errorf("EQ_bizStep=packing&eventType=AggregationEvent: %d events, want the 4 packings", len(ev))
		}
		for _, bad := range []string{"EQ_foo=1", "perPage=0", "GE_eventTime=yesterday", "MATCH_epc=urn:epc:id:sscc:x", "eventType=Thing", "nextPageToken=abc"} {
			f.epcisGet(t, "regulator", "/epcis/events?"+bad, http.StatusBadRequest)
		}
	})

	t.Run("Paging", func(t *testing.T) {
		var paged []string
		path := "/epcis/events?perPage=4"
		for range 100 {
			d, h := f.epcisGet(t, "regulator", path, http.StatusOK)
			for _, e := range d.events() {
				paged = append(paged, e.EventID)
			}
			token := h.Get("GS1-Next-Page-Token")
			if token == "" {
				break
			}
			// A page ends between facts: the registration of the packed batch brings its four
			// packings along, and makes a page of 5.
			if n := len(d.events()); n != 4 && !(n == 5 && d.events()[1].Type == "AggregationEvent") {
				t.Fatalf("a page with a next page has %d events, want 4", n)
			}
			// The token belongs to its query.
			f.epcisGet(t, "regulator", "/epcis/events?perPage=5&nextPageToken="+token, http.StatusBadRequest)
			path = "/epcis/events?perPage=4&nextPageToken=" + token
		}
		var whole []string
		for _, e := range all.events() {
			whole = append(whole, e.EventID)
		}
		if !slices.Equal(paged, whole) {
			t.Errorf("pages of 4 gave %d events, one page %d: not the same sequence", len(paged), len(whole))
		}
	})

	t.Run("Deterministic", func(t *testing.T) {
		again, _ := f.epcisGet(t, "regulator", "/epcis/events?perPage=500", http.StatusOK)
		for i, e := range again.events() {
			if e.EventID != all.events()[i].EventID {
				t.Fatalf("event %d: eventID %s, then %s", i, all.events()[i].EventID, e.EventID)
			}
		}
	})

	t.Run("Unauthenticated", func(t *testing.T) {
		if status, _, _ := f.do(t, "GET", "/epcis/events", "", ""); status != http.StatusUnauthorized {
			t.Errorf("GET /epcis/events with no token: %d, want 401", status)
		}
	})
}

func man(t *testing.T, f *fixture) exported {
	d, _ := f.epcisGet(t, "manufacturer", "/epcis/events?perPage=500", http.StatusOK)
	return d
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
