package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/httpapi"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// askerAnswer is the part of a verification these stories read.
type askerAnswer struct {
	Verdict string
	Next    string
	Reasons []struct{ Verdict, Message, Next string }
}

// TestVerdictsFitTheAsker tells, through the API, the stories of "verdicts that fit who is
// asking": the facts on chain are the same for everyone, their meaning differs for a patient,
// a pharmacist, a wholesaler and a regulator; and the alerts that cover the counterfeit
// signals, aggregated, with their EU codes.
func TestVerdictsFitTheAsker(t *testing.T) {
	f := newFixture(t)
	// verify verifies pack code as role ("" for a patient's phone) and returns the answer and
	// the raw body.
	verify := func(t *testing.T, role, code string, extra ...string) (askerAnswer, string) {
		t.Helper()
		f.synced(t)
		body := map[string]string{"code": code}
		for i := 0; i+1 < len(extra); i += 2 {
			body[extra[i]] = extra[i+1]
		}
		b, _ := json.Marshal(body)
		var header []string
		if role != "" {
			header = []string{"Authorization", "Bearer " + f.tokens[role]}
		}
		status, resp, _ := f.do(t, "POST", "/api/v1/verify", "application/json", string(b), header...)
		if status != http.StatusOK {
			t.Fatalf("verify as %q: %d %s", role, status, resp)
		}
		var a askerAnswer
		if err := json.Unmarshal([]byte(resp), &a); err != nil {
			t.Fatal(err)
		}
		if a.Next == "" {
			t.Errorf("the answer to %q says nothing of what to do next: %s", role, resp)
		}
		return a, resp
	}
	call := func(t *testing.T, role, method, path string, body any, want int) {
		t.Helper()
		b, _ := json.Marshal(body)
		if status, resp, _ := f.do(t, method, path, "application/json", string(b), "Authorization", "Bearer "+f.tokens[role]); status != want {
			t.Fatalf("%s %s as %s: %d %s", method, path, role, status, resp)
		}
	}
	type alert struct {
		Kind, EUCode, Serial string
		Count                int
	}
	alerts := func(t *testing.T) []alert {
		t.Helper()
		status, body, _ := f.do(t, "GET", "/api/v1/alerts?limit=1000", "", "", "Authorization", "Bearer "+f.tokens["regulator"])
		var out struct {
			Alerts []struct {
				Kind, Serial string
				EUCode       string `json:"eu_code"`
				Count        int
			}
		}
		if status != 200 || json.Unmarshal([]byte(body), &out) != nil {
			t.Fatalf("alerts: %d %s", status, body)
		}
		var as []alert
		for _, a := range out.Alerts {
			as = append(as, alert{Kind: a.Kind, EUCode: a.EUCode, Serial: a.Serial, Count: a.Count})
		}
		return as
	}
	// counted returns how many findings of each kind the alerts count.
	counted := func(t *testing.T) map[string]int {
		t.Helper()
		n := map[string]int{}
		for _, a := range alerts(t) {
			n[a.Kind] += a.Count
		}
		return n
	}
	// raises checks that what happens in between raised these findings, and no other.
	raises := func(t *testing.T, before map[string]int, want map[string]int) {
		t.Helper()
		after := counted(t)
		for kind := range after {
			if after[kind]-before[kind] != want[kind] {
				t.Errorf("%s: %d new findings, want %d", kind, after[kind]-before[kind], want[kind])
			}
		}
		for kind, n := range want {
			if after[kind]-before[kind] != n {
				t.Errorf("%s: %d new findings, want %d", kind, after[kind]-before[kind], n)
			}
		}
	}
	bracketed := func(index int) string {
		c := f.w.Code(index)
		return "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
	}

	// Ten anonymous GETs of a resolver URL once turned a genuine pack SUSPECT_CLONE for
	// everyone, the pharmacy at the counter included.
	t.Run("ElevenAnonymousScansThenAPharmacy", func(t *testing.T) {
		before := counted(t)
		for i := range 11 {
			status, body, _ := f.do(t, "GET", f.digitalLinkPath(52), "", "", "Accept", "application/json")
			if status != 200 || !strings.Contains(body, `"verdict":"AUTHENTIC"`) {
				t.Fatalf("anonymous scan %d: %d %s", i+1, status, body)
			}
		}
		if a, _ := verify(t, "dispenser", bracketed(52)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("the pharmacy after eleven anonymous scans: %s %v", a.Verdict, a.Reasons)
		}
		// Counted apart: one aggregated alert, for the eleventh.
		raises(t, before, map[string]int{"anonymous_scan_rate": 1})
	})

	// A wholesaler's receipt check followed by the pharmacy's check once raised a red
	// "possible copy" and a regulator alert.
	t.Run("WholesalerVerifiesShipsPharmacyVerifies", func(t *testing.T) {
		before := counted(t)
		if a, _ := verify(t, "distributor", bracketed(40)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("the wholesaler: %s %v", a.Verdict, a.Reasons)
		}
		token := pedigree.TokenIDFromBig(chain.SplitTokenID(f.w.Batch.ID, 32)).String()
		call(t, "distributor", "POST", "/api/v1/tokens/"+token+"/ship", map[string]string{"to": f.w.Dispenser.Account.String()}, 200)
		// Before it accepts, the pharmacy is told to accept, not to raise the alarm.
		a, _ := verify(t, "dispenser", bracketed(40))
		if a.Verdict != "CUSTODY_MISMATCH" || !strings.Contains(a.Next, "Accept the shipment") {
			t.Fatalf("the pharmacy before accepting: %s, next %q", a.Verdict, a.Next)
		}
		call(t, "dispenser", "POST", "/api/v1/tokens/"+token+"/accept", nil, 200)
		if a, _ := verify(t, "dispenser", bracketed(40)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("the pharmacy after accepting: %s %v", a.Verdict, a.Reasons)
		}
		raises(t, before, nil)
	})

	// A patient scanning the pack they just bought once got an orange "must not be supplied
	// again"; the pharmacy that dispensed it still gets ALREADY_DECOMMISSIONED.
	t.Run("PatientScansAJustDispensedPack", func(t *testing.T) {
		call(t, "dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{bracketed(53)}}, 200)
		before := counted(t)
		if a, _ := verify(t, "dispenser", bracketed(53)); a.Verdict != "ALREADY_DECOMMISSIONED" || !strings.Contains(a.Next, "undo") {
			t.Fatalf("the dispenser right after dispensing: %s, next %q", a.Verdict, a.Next)
		}
		a, body := verify(t, "", bracketed(53))
		if a.Verdict == "ALREADY_DECOMMISSIONED" || pedigree.Verdict(a.Verdict).Suspect() || a.Verdict != "SUPPLIED" {
			t.Fatalf("the patient: %s %v", a.Verdict, a.Reasons)
		}
		if !strings.Contains(a.Reasons[0].Message, "Genuine; supplied by a pharmacy on") || !strings.Contains(a.Next, "If you did not") {
			t.Errorf("the patient is told %q, next %q", a.Reasons[0].Message, a.Next)
		}
		if strings.Contains(body, "Corner Pharmacy") || strings.Contains(body, "must not be supplied") {
			t.Errorf("the patient's answer names the pharmacy or scolds:\n%s", body)
		}
		status, page, _ := f.do(t, "GET", f.digitalLinkPath(53), "", "", "Accept", "text/html")
		for _, want := range []string{"Genuine; supplied by a pharmacy", "verdict-ok", "What to do"} {
			if status != 200 || !strings.Contains(page, want) {
				t.Errorf("the patient's page (%d) lacks %q", status, want)
			}
		}
		// The re-scan an undo needs, and the patient's checks, raise nothing.
		raises(t, before, nil)
	})

	// A pack that never left the manufacturer once showed a patient a green "Genuine pack".
	t.Run("PatientScansAPackStillAtTheManufacturer", func(t *testing.T) {
		before := counted(t)
		a, _ := verify(t, "", bracketed(5))
		if a.Verdict == "AUTHENTIC" || pedigree.Verdict(a.Verdict).Genuine() || a.Verdict != "NOT_RELEASED" {
			t.Fatalf("the patient: %s %v", a.Verdict, a.Reasons)
		}
		status, page, _ := f.do(t, "GET", f.digitalLinkPath(5), "", "", "Accept", "text/html")
		if status != 200 || strings.Contains(page, "verdict-ok") || strings.Contains(page, "Genuine pack") || !strings.Contains(page, "Never released to a pharmacy") {
			t.Errorf("the patient's page (%d) is green, or does not say so:\n%s", status, page)
		}
		raises(t, before, map[string]int{"diversion": 2})
	})
	t.Run("PharmacyScansAPackStillAtTheManufacturer", func(t *testing.T) {
		before := counted(t)
		if a, _ := verify(t, "dispenser", bracketed(6)); a.Verdict != "NOT_RELEASED" {
			t.Fatalf("the pharmacy: %s %v", a.Verdict, a.Reasons)
		}
		raises(t, before, map[string]int{"diversion": 1})
	})
	t.Run("ManufacturerAtItsOwnPack", func(t *testing.T) {
		before := counted(t)
		if a, _ := verify(t, "manufacturer", bracketed(7)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("the manufacturer: %s %v", a.Verdict, a.Reasons)
		}
		raises(t, before, nil)
	})
	t.Run("RegulatorInspects", func(t *testing.T) {
		before := counted(t)
		for _, i := range []int{7, 52} {
			if a, _ := verify(t, "regulator", bracketed(i)); a.Verdict != "AUTHENTIC" {
				t.Fatalf("the regulator at pack %d: %s %v", i, a.Verdict, a.Reasons)
			}
		}
		// An inspection is not a second place: the pharmacy's next check is still genuine.
		if a, _ := verify(t, "dispenser", bracketed(52)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("the pharmacy after an inspection: %s %v", a.Verdict, a.Reasons)
		}
		raises(t, before, nil)
	})

	t.Run("RecalledPresentedForSupply", func(t *testing.T) {
		c := f.w.Code(0)
		code := "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)RECALLED(21)" + f.w.Recalled.Serials[0]
		before := counted(t)
		if a, _ := verify(t, "dispenser", code); a.Verdict != "RECALLED" || !strings.Contains(a.Next, "recall notice") {
			t.Fatalf("a check: %s, next %q", a.Verdict, a.Next)
		}
		raises(t, before, map[string]int{"diversion": 1}) // a check alone raises no recall alert
		before = counted(t)
		if a, _ := verify(t, "dispenser", code, "purpose", "supply"); a.Verdict != "RECALLED" {
			t.Fatalf("presented for supply: %s", a.Verdict)
		}
		raises(t, before, map[string]int{"recalled_presented": 1, "diversion": 1})
		if status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", `{"code":"`+code+`","purpose":"resale"}`,
			"Authorization", "Bearer "+f.tokens["dispenser"]); status != 400 || !strings.Contains(body, "purpose") {
			t.Fatalf("an unknown purpose: %d %s", status, body)
		}
	})

	t.Run("UnknownCodesFromProfessionals", func(t *testing.T) {
		before := counted(t)
		verify(t, "dispenser", "(01)04012345000016(10)X(21)Y")
		verify(t, "dispenser", "(01)09506000134352(10)NOSUCHLOT(21)Y")
		verify(t, "", "(01)09506000134352(10)NOSUCHLOT(21)Z") // a patient's: logged, not alerted
		for i := range 3 {
			if a, _ := verify(t, "dispenser", fmt.Sprintf("(01)09506000134352(10)VERIFY(21)FORGED%04d", i)); a.Verdict != "UNKNOWN_SERIAL" {
				t.Fatalf("a forged serial: %s", a.Verdict)
			}
		}
		raises(t, before, map[string]int{"unknown_product": 1, "unknown_batch": 1, "unknown_serial": 3})
		// A flood is one alert per batch and kind per hour, with a count and its EU code.
		var serials []alert
		for _, a := range alerts(t) {
			if a.Kind == "unknown_serial" {
				serials = append(serials, a)
			}
			if want := map[string]string{"unknown_batch": "A2", "unknown_serial": "A3", "unknown_product": ""}[a.Kind]; a.EUCode != want {
				t.Errorf("%s: EU code %q, want %q", a.Kind, a.EUCode, want)
			}
		}
		if len(serials) != 1 || serials[0].Count != 3 || serials[0].Serial != "FORGED0000" {
			t.Fatalf("unknown serial alerts %+v, want one counting 3", serials)
		}
	})
	t.Run("DataMismatch", func(t *testing.T) {
		before := counted(t)
		c := f.w.Code(54)
		code := "(01)" + c.GTIN + "(17)" + c.Expiry.AddDate(0, 1, 0).Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
		if a, _ := verify(t, "dispenser", code); a.Verdict != "DATA_MISMATCH" {
			t.Fatalf("got %s", a.Verdict)
		}
		raises(t, before, map[string]int{"data_mismatch": 1})
	})
	t.Run("AlertsPage", func(t *testing.T) {
		b := newBrowserless(t, f.srv.URL)
		b.signIn(f.w.User(t, f.w.Regulator))
		status, page, _ := b.get("/alerts")
		for _, want := range []string{"Unknown serial", `class="eu-code"`, ">A3<", ">A2<", ">A7<", "3 times", "Possible diversion", "scanned anonymously"} {
			if status != 200 || !strings.Contains(page, want) {
				t.Errorf("the alerts page (%d) lacks %q", status, want)
			}
		}
	})

	// The pharmacy dispenses on the scan page, scans the pack again to undo a mistake, and
	// undoes: a regulator hears nothing of it.
	t.Run("UndoOnTheScanPageRaisesNoAlert", func(t *testing.T) {
		before := counted(t)
		b := newBrowserless(t, f.srv.URL)
		b.signIn(f.w.User(t, f.w.Dispenser))
		code := bracketed(51)
		if status, page, _ := b.post("/scan", url.Values{"csrf": {b.csrf}, "code": {code}}); status != 200 || !strings.Contains(page, `id="dispense"`) {
			t.Fatalf("scan: %d %s", status, page)
		}
		if status, page := b.postFollow("/scan/pack", url.Values{"csrf": {b.csrf}, "code": {code}, "action": {"supplied"}}); status != 200 || !strings.Contains(page, "Dispensed") {
			t.Fatalf("dispense: %d %s", status, page)
		}
		f.synced(t)
		status, page, _ := b.post("/scan", url.Values{"csrf": {b.csrf}, "code": {code}})
		if status != 200 || !strings.Contains(page, "ALREADY_DECOMMISSIONED") || !strings.Contains(page, `id="undo"`) || !strings.Contains(page, "What to do") {
			t.Fatalf("scan again: %d %s", status, page)
		}
		if status, page := b.postFollow("/scan/pack", url.Values{"csrf": {b.csrf}, "code": {code}, "action": {"undo"}}); status != 200 || !strings.Contains(page, "Undone") {
			t.Fatalf("undo: %d %s", status, page)
		}
		raises(t, before, nil)
	})

	// Anonymous verifications are rate-limited per client address; a participant's never are.
	t.Run("AnonymousRateLimit", func(t *testing.T) {
		var status int
		var body string
		var header http.Header
		for i := 0; i <= httpapi.DefaultAnonymousBurst; i++ {
			if status, body, header = f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(bracketed(52))); status == http.StatusTooManyRequests {
				break
			}
		}
		if status != http.StatusTooManyRequests || !strings.Contains(body, `"rate_limited"`) {
			t.Fatalf("after the burst: %d %s", status, body)
		}
		if s, err := strconv.Atoi(header.Get("Retry-After")); err != nil || s < 1 {
			t.Fatalf("Retry-After %q", header.Get("Retry-After"))
		}
		status, page, header := f.do(t, "GET", f.digitalLinkPath(52), "", "", "Accept", "text/html")
		if status != http.StatusTooManyRequests || !strings.HasPrefix(header.Get("Content-Type"), "text/html") ||
			!strings.Contains(page, "Too many checks") || header.Get("Retry-After") == "" {
			t.Fatalf("a browser after the burst: %d %s", status, page)
		}
		status, page, _ = f.do(t, "POST", "/scan", "application/x-www-form-urlencoded", url.Values{"code": {bracketed(52)}}.Encode())
		if status != http.StatusTooManyRequests || !strings.Contains(page, "Too many checks") || !strings.Contains(page, `id="scan-form"`) {
			t.Fatalf("the scan page after the burst: %d %s", status, page)
		}
		if a, _ := verify(t, "dispenser", bracketed(52)); a.Verdict != "AUTHENTIC" {
			t.Fatalf("a pharmacy is not limited: %s", a.Verdict)
		}
	})
}
