package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestRecallAPI recalls the world's VERIFY batch ([0, 32) at the manufacturer, [32, 48) at the
// distributor, [48, 64) at the pharmacy, pack 50 supplied) and follows its stock back: the
// recalled stock each organisation is told of, the regulator's register, and the pages that
// return and destroy it.
func TestRecallAPI(t *testing.T) {
	f := newFixture(t)
	h, w := f.w.H, f.w
	verify := pedigree.TokenIDFromBig(w.Batch.ID)
	atDistributor := pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 32))
	atPharmacy := pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48))
	h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, w.Batch.ID, uint8(pedigree.RecallContamination)))
	f.synced(t)

	get := func(t *testing.T, path, role string, out any) int {
		t.Helper()
		var header []string
		if role != "" {
			header = []string{"Authorization", "Bearer " + f.tokens[role]}
		}
		status, body, _ := f.do(t, "GET", path, "", "", header...)
		if status == http.StatusOK {
			if err := json.Unmarshal([]byte(body), out); err != nil {
				t.Fatalf("%s: %v\n%s", path, err, body)
			}
		}
		return status
	}
	type stockRow struct {
		Token  pedigree.TokenID
		Active []pedigree.PackRange
	}
	stockOf := func(t *testing.T, role string) []stockRow {
		t.Helper()
		var got struct {
			Stock []struct {
				Token struct{ ID pedigree.TokenID }
				Batch struct {
					RecallReasonWords string `json:"recall_reason_words"`
				}
				Recall struct {
					ReasonWords string `json:"reason_words"`
				}
				Active []pedigree.PackRange
			}
		}
		if status := get(t, "/api/v1/recalls/stock", role, &got); status != http.StatusOK {
			t.Fatalf("stock of the %s: %d", role, status)
		}
		out := []stockRow{}
		for _, s := range got.Stock {
			if s.Token.ID == verify || s.Token.ID == atDistributor || s.Token.ID == atPharmacy {
				if s.Recall.ReasonWords != "Contamination" || s.Batch.RecallReasonWords != "Contamination" {
					t.Errorf("stock of the %s: the recall reads %q and %q, want Contamination", role, s.Recall.ReasonWords, s.Batch.RecallReasonWords)
				}
			}
			out = append(out, stockRow{s.Token.ID, s.Active})
		}
		return out
	}
	recalled := pedigree.TokenIDFromBig(w.Recalled.ID) // the world's other recalled batch, 4 packs at the manufacturer
	for _, tc := range []struct {
		role string
		want []stockRow
	}{
		{"dispenser", []stockRow{{atPharmacy, ranges(48, 50, 51, 64)}}},
		{"distributor", []stockRow{{atDistributor, ranges(32, 48)}}},
		{"manufacturer", []stockRow{{verify, ranges(0, 32)}, {recalled, ranges(0, 4)}}},
		{"regulator", []stockRow{}},
	} {
		t.Run("Stock/"+tc.role, func(t *testing.T) {
			if got := stockOf(t, tc.role); !equalJSON(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}

	type register struct {
		Recalls []struct {
			Batch  struct{ ID pedigree.TokenID }
			Recall struct {
				Reason      int
				ReasonWords string `json:"reason_words"`
				By          struct{ Name string }
			}
			Holders []struct {
				Holder    struct{ Name string }
				PendingTo *struct{ Name string } `json:"in_transit_to"`
				Packs     int
				Active    int
			}
			Returned, Destroyed, Outstanding int
		}
	}
	// holders names who holds what: "Acme Pharma 32/32" (packs/active), "... -> X" in transit.
	readRegister := func(t *testing.T) (holders []string, returned, destroyed, outstanding int) {
		t.Helper()
		var got register
		if status := get(t, "/api/v1/recalls", "regulator", &got); status != http.StatusOK {
			t.Fatalf("register: %d", status)
		}
		if len(got.Recalls) != 2 || got.Recalls[0].Batch.ID != verify || got.Recalls[1].Batch.ID != recalled {
			t.Fatalf("register: got %+v, want VERIFY then RECALLED", got.Recalls)
		}
		r := got.Recalls[0]
		if r.Recall.Reason != 3 || r.Recall.ReasonWords != "Contamination" || r.Recall.By.Name != "Acme Pharma" {
			t.Errorf("register: the recall is %+v", r.Recall)
		}
		for _, x := range r.Holders {
			s := x.Holder.Name + " " + itoa(x.Packs) + "/" + itoa(x.Active)
			if x.PendingTo != nil {
				s += " -> " + x.PendingTo.Name
			}
			holders = append(holders, s)
		}
		return holders, r.Returned, r.Destroyed, r.Outstanding
	}
	check := func(t *testing.T, wantHolders []string, returned, destroyed, outstanding int) {
		t.Helper()
		holders, r, d, o := readRegister(t)
		if !equalJSON(holders, wantHolders) || r != returned || d != destroyed || o != outstanding {
			t.Errorf("register: holders %q, returned %d, destroyed %d, outstanding %d; want %q, %d, %d, %d",
				holders, r, d, o, wantHolders, returned, destroyed, outstanding)
		}
	}
	t.Run("Register", func(t *testing.T) {
		check(t, []string{"Acme Pharma 32/32", "Wholesale One 16/16", "Corner Pharmacy 16/15"}, 0, 0, 31)
	})
	t.Run("RegisterErrNotRegulator", func(t *testing.T) {
		var out any
		if status := get(t, "/api/v1/recalls", "dispenser", &out); status != http.StatusForbidden {
			t.Errorf("a pharmacy: got %d, want 403", status)
		}
		if status := get(t, "/api/v1/recalls", "", &out); status != http.StatusUnauthorized {
			t.Errorf("no token: got %d, want 401", status)
		}
	})

	// The pages: the pharmacy returns its stock, the distributor destroys part of its own.
	pharmacy := newBrowserless(t, f.srv.URL)
	pharmacy.signIn(w.User(t, w.Dispenser))
	distributor := newBrowserless(t, f.srv.URL)
	distributor.signIn(w.User(t, w.Distributor))
	t.Run("Notice", func(t *testing.T) {
		_, body, _ := pharmacy.get("/scan")
		for _, want := range []string{`id="recall-notice"`, "Demoprofen", "VERIFY", "Contamination", "/recalls/stock/" + atPharmacy.String() + "/return", "Destroy 15 active packs"} {
			if !strings.Contains(body, want) {
				t.Errorf("the pharmacy's scan page lacks %q", want)
			}
		}
	})
	t.Run("ErrNotHeld", func(t *testing.T) {
		if status, _, _ := pharmacy.get("/recalls/stock/" + atDistributor.String() + "/return"); status != http.StatusNotFound {
			t.Errorf("another's stock: got %d, want 404", status)
		}
		if status, _, _ := pharmacy.get("/recalls/stock/" + atPharmacy.String() + "/dispense"); status != http.StatusNotFound {
			t.Errorf("an unknown action: got %d, want 404", status)
		}
	})
	t.Run("ErrDestroyMalformed", func(t *testing.T) {
		for _, packs := range []string{"", "33", "34-33", "a-b", "-1-3"} {
			status, body, _ := distributor.post("/recalls/stock/"+atDistributor.String()+"/destroy", url.Values{"csrf": {distributor.csrf}, "packs": {packs}})
			if status != http.StatusBadRequest || !strings.Contains(body, "missing or malformed") {
				t.Errorf("packs %q: got %d, want 400 saying so", packs, status)
			}
		}
		check(t, []string{"Acme Pharma 32/32", "Wholesale One 16/16", "Corner Pharmacy 16/15"}, 0, 0, 31)
	})
	t.Run("ErrManufacturerReturnsToItself", func(t *testing.T) {
		m := newBrowserless(t, f.srv.URL)
		m.signIn(w.User(t, w.Manufacturer))
		if status, _, _ := m.get("/recalls/stock/" + verify.String() + "/return"); status != http.StatusConflict {
			t.Errorf("got %d, want 409", status)
		}
	})
	t.Run("Return", func(t *testing.T) {
		status, body, _ := pharmacy.get("/recalls/stock/" + atPharmacy.String() + "/return")
		if status != http.StatusOK || !strings.Contains(body, "Ship packs 49 to 64 of lot VERIFY back to Acme Pharma") {
			t.Fatalf("confirmation: %d\n%s", status, body)
		}
		if status, body, _ := pharmacy.post("/recalls/stock/"+atPharmacy.String()+"/return", url.Values{"csrf": {pharmacy.csrf}}); status != http.StatusSeeOther {
			t.Fatalf("return: %d\n%s", status, body)
		}
		f.synced(t)
		check(t, []string{"Acme Pharma 32/32", "Wholesale One 16/16", "Corner Pharmacy 16/15 -> Acme Pharma"}, 0, 0, 31)
		if got := stockOf(t, "dispenser"); len(got) != 1 {
			t.Errorf("the pharmacy's return in transit: got %+v, want it listed", got)
		}
	})
	t.Run("Destroy", func(t *testing.T) {
		status, body, _ := distributor.get("/recalls/stock/" + atDistributor.String() + "/destroy")
		if status != http.StatusOK || !strings.Contains(body, "Destroy packs 33 to 48 of lot VERIFY") || !strings.Contains(body, `value="32-48"`) {
			t.Fatalf("confirmation: %d\n%s", status, body)
		}
		// The form names the packs it destroys: here two of them, as a confirmation shown
		// before the others changed would.
		if status, body, _ := distributor.post("/recalls/stock/"+atDistributor.String()+"/destroy", url.Values{"csrf": {distributor.csrf}, "packs": {"32-33,40-41"}}); status != http.StatusSeeOther {
			t.Fatalf("destroy: %d\n%s", status, body)
		}
		f.synced(t)
		if got := stockOf(t, "distributor"); !equalJSON(got, []stockRow{{atDistributor, ranges(33, 40, 41, 48)}}) {
			t.Errorf("after destroying packs 33 and 41: %+v", got)
		}
	})
	t.Run("ErrDestroyAgain", func(t *testing.T) {
		status, body, _ := distributor.post("/recalls/stock/"+atDistributor.String()+"/destroy", url.Values{"csrf": {distributor.csrf}, "packs": {"32-34"}})
		if status != http.StatusConflict || !strings.Contains(body, "is not active") {
			t.Errorf("got %d, want 409 naming the destroyed pack:\n%s", status, body)
		}
	})
	t.Run("AcceptReturn", func(t *testing.T) {
		h.Ok(h.C.Accept(h.Ctx, h.Manufacturer.S, atPharmacy.Big()))
		f.synced(t)
		check(t, []string{"Acme Pharma 48/47", "Wholesale One 16/14"}, 16, 2, 14)
		if got := stockOf(t, "dispenser"); len(got) != 0 {
			t.Errorf("the pharmacy still has recalled stock: %+v", got)
		}
	})
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// ranges returns the pack ranges [a, b), [c, d), ... of its arguments.
func ranges(bounds ...int) []pedigree.PackRange {
	var out []pedigree.PackRange
	for i := 0; i+1 < len(bounds); i += 2 {
		out = append(out, pedigree.PackRange{Start: bounds[i], End: bounds[i+1]})
	}
	return out
}
