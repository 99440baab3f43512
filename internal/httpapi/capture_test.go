package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/testkit/epcistest"
)

// sscc returns the SSCC under the world's company prefix with serial reference n.
func sscc(t *testing.T, n int) string {
	body := fmt.Sprintf("09506000%09d", n)
	c, err := gs1.CheckDigit(body)
	if err != nil {
		t.Fatal(err)
	}
	return body + string(c)
}

// commissioningDoc is a serialization system's document: lot's packs commissioned, packed
// four to a case, the cases on one pallet.
func commissioningDoc(t *testing.T, lot string, packs int, expiry time.Time) string {
	var epcs, events []string
	for i := range packs {
		epcs = append(epcs, fmt.Sprintf(`"urn:epc:id:sgtin:9506000.013435.%s-%d"`, lot, i))
	}
	at := `"eventTime":"2026-05-01T08:00:00.000+02:00","eventTimeZoneOffset":"+02:00"`
	events = append(events, `{"type":"ObjectEvent",`+at+`,"epcList":[`+strings.Join(epcs, ",")+`],"action":"ADD","bizStep":"commissioning","disposition":"active",
		"ilmd":{"cbvmda:lotNumber":"`+lot+`","cbvmda:itemExpirationDate":"`+expiry.Format(time.DateOnly)+`"}}`)
	var cases []string
	for c := 0; c*4 < packs; c++ {
		cases = append(cases, `"urn:epc:id:sscc:9506000.`+sscc(t, c+1)[:1]+sscc(t, c+1)[8:17]+`"`)
		events = append(events, `{"type":"AggregationEvent",`+at+`,"parentID":`+cases[c]+`,"childEPCs":[`+strings.Join(epcs[c*4:min(c*4+4, packs)], ",")+`],"action":"ADD","bizStep":"packing"}`)
	}
	events = append(events, `{"type":"AggregationEvent",`+at+`,"parentID":"https://id.gs1.org/00/`+sscc(t, 900)+`","childEPCs":[`+strings.Join(cases, ",")+`],"action":"ADD","bizStep":"packing"}`)
	return `{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"cbvmda":"urn:epcglobal:cbv:mda#"}],
		"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-05-01T08:00:00Z",
		"epcisHeader":{"epcisMasterData":{"vocabularyList":[{"type":"urn:epcglobal:epcis:vtype:EPCClass","vocabularyElementList":[{"id":"urn:epc:class:lgtin:9506000.013435.` + lot + `",
			"attributes":[{"id":"cbvmda:regulatedProductName","attribute":"Capturol"},{"id":"cbvmda:strengthDescription","attribute":"5 mg"}]}]}]}},
		"epcisBody":{"eventList":[` + strings.Join(events, ",") + `]}}`
}

// TestEPCISCapture: a serialization system's document registers its batch, once, with its
// cases and pallet; the shared examples are each taken or refused with a reason, never
// crashed on; a broken document gets the JSON pointers of its problems.
func TestEPCISCapture(t *testing.T) {
	f := newFixture(t)
	capture := func(t *testing.T, role, doc string) (int, map[string]any) {
		t.Helper()
		status, body, _ := f.do(t, "POST", "/epcis/capture", "application/ld+json", doc, "Authorization", "Bearer "+f.tokens[role])
		var out map[string]any
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatalf("capture: %d, not JSON: %s", status, body)
		}
		return status, out
	}
	expiry := f.w.Now.AddDate(1, 0, 0)

	t.Run("OK", func(t *testing.T) {
		doc := commissioningDoc(t, "CAP1", 10, expiry)
		if err := epcistest.Validate(t, []byte(doc)); err != nil {
			t.Fatalf("the test's document is not valid EPCIS: %v", err)
		}
		status, out := capture(t, "manufacturer", doc)
		if status != http.StatusCreated || out["token_id"] == nil || out["cases"] != float64(4) {
			t.Fatalf("capture: %d %v, want 201 with the token and 3 cases and a pallet", status, out)
		}
		status, again := capture(t, "manufacturer", doc)
		if status != http.StatusCreated || again["token_id"] != out["token_id"] || again["tx_hash"] != out["tx_hash"] {
			t.Errorf("the same document again: %d %v, want the first registration %v", status, again, out)
		}
		f.synced(t)
		d, _ := f.epcisGet(t, "manufacturer", "/epcis/batches/"+out["token_id"].(string)+"/document", http.StatusOK)
		if ev := d.events(); len(ev) != 5 || ev[0].BizStep != "commissioning" || len(ev[0].EPCList) != 10 || ev[0].EPCList[3] != "urn:epc:id:sgtin:9506000.013435.CAP1-3" || ev[4].ParentID != "urn:epc:id:sscc:9506000.0000000900" {
			t.Errorf("the captured batch's history: %+v", ev)
		}
		var n int
		if err := f.w.Pool.QueryRow(t.Context(), `SELECT count(*) FROM containers WHERE parent_sscc = $1`, sscc(t, 900)).Scan(&n); err != nil || n != 3 {
			t.Errorf("cases on the pallet: %d (%v), want 3", n, err)
		}

		// One scan each: the manufacturer ships the pallet, the distributor accepts it and
		// ships one case on, the pharmacy accepts the case and sees its packs.
		post := func(role, path, body string, want int) string {
			t.Helper()
			return f.post(t, role, path, body, want)
		}
		to := func(account fmt.Stringer) string { return `{"to":"` + account.String() + `"}` }
		pallet, case2 := sscc(t, 900), sscc(t, 2)
		post("distributor", "/api/v1/ssccs/"+pallet+"/ship", to(f.w.Dispenser.Account), http.StatusForbidden)
		post("manufacturer", "/api/v1/ssccs/"+pallet+"/ship", to(f.w.Distributor.Account), http.StatusOK)
		post("dispenser", "/api/v1/ssccs/"+pallet+"/accept", "", http.StatusConflict)
		post("distributor", "/api/v1/ssccs/(00)"+pallet+"/accept", "", http.StatusOK)
		post("distributor", "/api/v1/ssccs/"+case2+"/ship", to(f.w.Dispenser.Account), http.StatusOK)
		post("dispenser", "/api/v1/ssccs/"+case2+"/accept", "", http.StatusOK)
		f.synced(t)
		var got struct {
			Contents map[string]int
			Together bool
			Tokens   []struct{ Start, End int }
		}
		_, body, _ := f.do(t, "GET", "/api/v1/ssccs/"+case2, "", "", "Authorization", "Bearer "+f.tokens["dispenser"])
		if err := json.Unmarshal([]byte(body), &got); err != nil || got.Contents["active"] != 4 || !got.Together || got.Tokens[0].Start != 4 || got.Tokens[0].End != 8 {
			t.Errorf("the pharmacy's case: %s", body)
		}
		_, body, _ = f.do(t, "GET", "/api/v1/ssccs/"+pallet, "", "", "Authorization", "Bearer "+f.tokens["distributor"])
		if err := json.Unmarshal([]byte(body), &got); err != nil || got.Together || len(got.Tokens) != 3 || got.Contents["active"] != 10 {
			t.Errorf("the pallet, one case gone: %s", body)
		}
		// The history names the pallet and the case where they moved whole.
		d, _ = f.epcisGet(t, "manufacturer", "/epcis/batches/"+out["token_id"].(string)+"/document", http.StatusOK)
		moved := map[string]bool{}
		for _, e := range d.events() {
			if e.BizStep == "shipping" || e.BizStep == "receiving" {
				moved[strings.Join(e.EPCList, " ")] = true
			}
		}
		if !moved["urn:epc:id:sscc:9506000.0000000900"] || !moved["urn:epc:id:sscc:9506000.0000000002"] || len(moved) != 2 {
			t.Errorf("shipping and receiving events name %v, want the pallet's and the case's SSCCs", moved)
		}
		post("distributor", "/api/v1/ssccs/"+pallet+"/ship", to(f.w.Dispenser.Account), http.StatusConflict)
		post("distributor", "/api/v1/ssccs/"+sscc(t, 1)+"9/ship", to(f.w.Dispenser.Account), http.StatusBadRequest)
	})

	t.Run("Refused", func(t *testing.T) {
		for _, tc := range []struct {
			name, role, doc string
			status          int
			want            string
		}{
			{"NotManufacturer", "distributor", commissioningDoc(t, "CAP2", 4, expiry), http.StatusForbidden, "manufacturer"},
			{"SeveralLots", "manufacturer", strings.Replace(commissioningDoc(t, "CAP3", 4, expiry), `"epcisBody":{"eventList":[`,
				`"epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":"2026-05-01T08:00:00Z","eventTimeZoneOffset":"+00:00","epcList":["urn:epc:id:sgtin:9506000.013435.X"],"action":"ADD","bizStep":"commissioning","ilmd":{"cbvmda:lotNumber":"OTHER","cbvmda:itemExpirationDate":"2030-01-31"}},`, 1),
				http.StatusUnprocessableEntity, "several lots"},
			{"Expired", "manufacturer", commissioningDoc(t, "CAP4", 4, f.w.Now.AddDate(-1, 0, 0)), http.StatusUnprocessableEntity, "past"},
			{"NotContiguous", "manufacturer", strings.Replace(commissioningDoc(t, "CAP5", 8, expiry), `"urn:epc:id:sgtin:9506000.013435.CAP5-3"]`, `"urn:epc:id:sgtin:9506000.013435.CAP5-7"]`, 1),
				http.StatusUnprocessableEntity, "contiguous"},
			{"NoEventTime", "manufacturer", strings.Replace(commissioningDoc(t, "CAP6", 4, expiry), `"eventTime":"2026-05-01T08:00:00.000+02:00",`, "", 1),
				http.StatusBadRequest, "/epcisBody/eventList/0/eventTime"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, out := capture(t, tc.role, tc.doc)
				b, _ := json.Marshal(out)
				if status != tc.status || !strings.Contains(string(b), tc.want) {
					t.Errorf("%d %s, want %d naming %q", status, b, tc.status, tc.want)
				}
			})
		}
	})

	t.Run("SharedExamples", func(t *testing.T) {
		dir := filepath.Join(epcistest.Dir(t), "examples")
		var manifest struct {
			Files []struct{ File, Expect, Note string }
		}
		raw, err := os.ReadFile(filepath.Join(dir, "MANIFEST.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &manifest); err != nil {
			t.Fatal(err)
		}
		for _, m := range manifest.Files {
			t.Run(filepath.Base(m.File), func(t *testing.T) {
				doc, err := os.ReadFile(filepath.Join(dir, m.File))
				if err != nil {
					t.Fatal(err)
				}
				status, out := capture(t, "manufacturer", string(doc))
				msg, _ := out["error"].(map[string]any)["message"].(string)
				switch {
				case m.Expect == "valid" && (status != http.StatusUnprocessableEntity || msg != refusedExamples[filepath.Base(m.File)]):
					t.Errorf("valid example: %d %q, want 422 saying %q (none registers a batch of the world's GTINs)", status, msg, refusedExamples[filepath.Base(m.File)])
				case m.Expect == "invalid" && (status != http.StatusBadRequest && status != http.StatusUnprocessableEntity || msg == ""):
					t.Errorf("invalid example (%s): %d %v, want it refused", m.Note, status, out)
				}
				t.Logf("%s: %d %s", m.Expect, status, msg)
			})
		}
	})
}

// refusedExamples is why pedigree refuses each valid shared example (none commissions one
// batch of the world's GTINs): the sentence its 422 says, exactly.
var refusedExamples = map[string]string{
	"oe-capture-ObjectEvent.json":                                notCaptured("event 0 (ObjectEvent, shipping, OBSERVE)"),
	"oe-capture-ObjectEvent_with_userExtensions.json":            notCaptured("event 0 (ObjectEvent, shipping, OBSERVE)"),
	"oe-capture-ObjectEvent_all_possible_fields.json":            notCaptured("event 0 (ObjectEvent, receiving, ADD)"),
	"oe-capture-ObjectEvent_with_digitalLink.json":               notCaptured("event 0 (ObjectEvent, receiving, OBSERVE)"),
	"oe-capture-ObjectEvent_with_error_declaration.json":         notCaptured("event 0 (ObjectEvent, shipping, OBSERVE)"),
	"oe-capture-ObjectEvent_with_persistentDisposition.json":     notCaptured("event 0 (ObjectEvent, receiving, OBSERVE)"),
	"oe-capture-ObjectEvent_with_sensorData.json":                notCaptured("event 0 (ObjectEvent, inspecting, OBSERVE)"),
	"oe-capture-ObjectEvent_with_custom_bizStep_uri.json":        notCaptured("event 0 (ObjectEvent, https://example.com/bizStep/inspecting, ADD)"),
	"oe-capture-AggregationEvent.json":                           notCaptured("event 0 (AggregationEvent, receiving, OBSERVE)"),
	"oe-capture-AggregationEvent_with_sensorData.json":           `the document commissions nothing: it needs a commissioning ObjectEvent (action ADD) naming the packs' SGTINs`,
	"oe-capture-AggregationEvent_all_possible_fields.json":       notCaptured("event 0 (AggregationEvent, receiving, OBSERVE)"),
	"oe-capture-AggregationEvent_with_digitalLink.json":          notCaptured("event 0 (AggregationEvent, receiving, OBSERVE)"),
	"oe-capture-TransformationEvent.json":                        notCaptured("event 0 (TransformationEvent, commissioning)"),
	"oe-capture-TransformationEvent_all_possible_fields.json":    notCaptured("event 0 (TransformationEvent, commissioning)"),
	"oe-capture-TransformationEvent_with_error_declaration.json": notCaptured("event 0 (TransformationEvent, commissioning)"),
	"oe-capture-TransformationEvent_with_sensorData.json":        notCaptured("event 0 (TransformationEvent, commissioning)"),
	"oe-capture-TransactionEvent.json":                           notCaptured("event 0 (TransactionEvent, http://epcis.example.org/hc/bizstep/summarising_discharge, ADD)"),
	"oe-capture-TransactionEvent_all_possible_fields.json":       notCaptured("event 0 (TransactionEvent, shipping, ADD)"),
	"oe-capture-AssociationEvent.json":                           notCaptured("event 0 (AssociationEvent, assembling, ADD)"),
	"oe-capture-Combination_of_different_event.json":             notCaptured("event 0 (ObjectEvent, https://ref.gs1.org/cbv/BizStep-sensor_reporting, OBSERVE)"),
	"oe-capture-CurieString_document.json":                       notCaptured("event 0 (ObjectEvent, receiving, OBSERVE)"),
	"oe-capture-Namespaces_at_different_level.json":              notCaptured("event 0 (ObjectEvent, OBSERVE)"),
	"oe-capture-epcisDocWithAllGS1Keys.json":                     notCaptured("event 0 (ObjectEvent, other, OBSERVE)"),
	"oe-event-ObjectEvent.json":                                  `pedigree captures EPCIS documents (type EPCISDocument), not ObjectEvent`,
	"oe-event-AggregationEvent.json":                             `pedigree captures EPCIS documents (type EPCISDocument), not AggregationEvent`,
	"oe-query-QueryDocumentWithMultipleEvents.json":              `pedigree captures EPCIS documents (type EPCISDocument), not EPCISQueryDocument`,
	"gs1-openapi-capture-example.jsonld":                         notCaptured("event 0 (ObjectEvent, shipping, OBSERVE)"),
	"gs1-openapi-query-example.jsonld":                           `pedigree captures EPCIS documents (type EPCISDocument), not EPCISQueryDocument`,
	"synthetic-dscsa-full-lifecycle.jsonld":                      `the document commissions several GTINs (00614141123452 and 10614141123459): capture one batch per document`,
}

// notCaptured is the refusal of a document whose first event, what, is neither commissioning
// nor packing.
func notCaptured(what string) string {
	return what + " is not one pedigree captures: it takes only commissioning ObjectEvents (ADD) and packing AggregationEvents (ADD)"
}
