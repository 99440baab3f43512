package httpapi_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// regexpFind returns the first group of pattern in s.
func regexpFind(t *testing.T, s, pattern string) string {
	t.Helper()
	m := regexp.MustCompile(pattern).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no %s in:\n%s", pattern, s)
	}
	return m[1]
}

// colleague creates another user of org (worldtest's User makes one per organisation) and
// returns their email and password.
func colleague(t *testing.T, f *fixture, org pedigree.Organisation) (string, string) {
	t.Helper()
	email, password := "colleague-"+strconv.FormatInt(time.Now().UnixNano(), 36)+"@example.test", "correct horse battery"
	if _, err := postgres.NewUsers(f.w.Pool, time.Now).Create(context.Background(), org.ID, email, "A colleague", password); err != nil {
		t.Fatal(err)
	}
	return email, password
}

// bracketed is pack index's code in the bracketed form the counter's forms carry.
func (f *fixture) bracketed(index int) string {
	c := f.w.Code(index)
	return "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
}

// state is pack index's state in the projection, once it holds the chain's head.
func (f *fixture) state(t *testing.T, index int) pedigree.PackState {
	t.Helper()
	f.synced(t)
	return f.w.Verify(t, f.w.Now, f.w.Code(index), &f.w.Regulator).Pack.State
}

// TestCounter holds the scan page's counter to its rules: what is offered after a scan,
// confirmation of irreversible states, POST/redirect/GET, the basket, manual entry, "My
// scans" and reports to the regulator. The pharmacy holds packs 48 to 63; 50 is dispensed.
func TestCounter(t *testing.T) {
	f := newFixture(t)
	b := newBrowserless(t, f.srv.URL)
	b.signIn(f.w.User(t, f.w.Dispenser))
	pack := func(action string, index int, extra ...string) (int, string, http.Header) {
		t.Helper()
		form := url.Values{"csrf": {b.csrf}, "code": {f.bracketed(index)}, "action": {action}}
		for i := 0; i+1 < len(extra); i += 2 {
			form.Set(extra[i], extra[i+1])
		}
		return b.post("/scan/pack", form)
	}
	basket := func(action string, indexes ...int) (int, string) {
		t.Helper()
		form := url.Values{"csrf": {b.csrf}, "action": {action}}
		for _, i := range indexes {
			form.Add("code", f.bracketed(i))
		}
		return b.postFollow("/scan/basket", form)
	}

	t.Run("AfterAScan", func(t *testing.T) {
		status, page, _ := b.post("/scan", url.Values{"csrf": {b.csrf}, "code": {f.bracketed(60)}})
		for _, want := range []string{`id="dispense"`, `id="basket-add"`, `<option value="" selected>Choose…</option>`, `id="basket"`, `id="manual"`} {
			if status != 200 || !strings.Contains(page, want) {
				t.Errorf("the page after a scan (%d) lacks %s", status, want)
			}
		}
		// The verdict and Dispense come before the manual entry and the photo form.
		if d, m := strings.Index(page, `id="dispense"`), strings.Index(page, `id="manual"`); d < 0 || d > m {
			t.Errorf("Dispense at %d, the manual entry at %d", d, m)
		}
	})

	t.Run("ErrNoStateChosen", func(t *testing.T) {
		status, page, _ := pack("", 60)
		if status != http.StatusUnprocessableEntity || !strings.Contains(page, "Choose the state to decommission the pack as.") {
			t.Fatalf("got %d:\n%s", status, page)
		}
		if got := f.state(t, 60); got != pedigree.PackActive {
			t.Fatalf("the pack is %s", got)
		}
	})

	for _, st := range []pedigree.PackState{pedigree.PackDestroyed, pedigree.PackStolen} {
		t.Run("Confirm"+st.Title(), func(t *testing.T) {
			status, page, _ := pack(st.String(), 61)
			c := f.w.Code(61)
			for _, want := range []string{`id="confirm"`, c.GTIN, "Lot</dt><dd>" + c.Lot, "Serial</dt><dd>" + c.Serial, `name="confirm" value="yes"`, "Yes, mark serial " + c.Serial + " " + strings.ToLower(st.Title())} {
				if status != 200 || !strings.Contains(page, want) {
					t.Errorf("the confirmation (%d) lacks %q", status, want)
				}
			}
			if got := f.state(t, 61); got != pedigree.PackActive {
				t.Fatalf("asking to confirm changed the pack: %s", got)
			}
		})
	}
	t.Run("ConfirmedDestroyed", func(t *testing.T) {
		status, _, header := pack("destroyed", 61, "confirm", "yes")
		if status != http.StatusSeeOther || !strings.HasPrefix(header.Get("Location"), "/scan?r=") {
			t.Fatalf("got %d to %q", status, header.Get("Location"))
		}
		if got := f.state(t, 61); got != pedigree.PackDestroyed {
			t.Fatalf("the pack is %s", got)
		}
		_, page, _ := b.get(header.Get("Location"))
		if !strings.Contains(page, "Destroyed: pack "+f.w.Code(61).Serial) || strings.Contains(page, `id="done-undo"`) {
			t.Errorf("after destroying:\n%s", page)
		}
	})
	t.Run("ErrActiveIsNoState", func(t *testing.T) {
		if status, page, _ := pack("active", 60); status != http.StatusUnprocessableEntity || !strings.Contains(page, "undo its last change") {
			t.Fatalf("got %d:\n%s", status, page)
		}
		if status, page, _ := pack("sold", 60); status != http.StatusUnprocessableEntity || !strings.Contains(page, "is not a pack state") {
			t.Fatalf("got %d:\n%s", status, page)
		}
	})

	// F5 after Dispense: the redirect's page shows the outcome and Undo again, and nothing is
	// repeated; another user is not shown it.
	t.Run("ReloadAfterDispense", func(t *testing.T) {
		status, _, header := pack("supplied", 59)
		if status != http.StatusSeeOther {
			t.Fatalf("dispense: %d", status)
		}
		loc := header.Get("Location")
		for range 2 {
			status, page, _ := b.get(loc)
			if status != 200 || !strings.Contains(page, "Dispensed: pack "+f.w.Code(59).Serial) || !strings.Contains(page, `id="done-undo"`) {
				t.Fatalf("reload: %d\n%s", status, page)
			}
		}
		var n int
		if err := f.w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM pack_actions WHERE serial = $1`, f.w.Code(59).Serial).Scan(&n); err != nil || n != 1 {
			t.Fatalf("%d actions recorded (%v), want 1", n, err)
		}
		other := newBrowserless(t, f.srv.URL)
		other.signIn(colleague(t, f, f.w.Dispenser))
		if _, page, _ := other.get(loc); strings.Contains(page, f.w.Code(59).Serial) || !strings.Contains(page, `id="done-expired"`) {
			t.Errorf("another user sees the result:\n%s", page)
		}
		if status, page := b.postFollow("/scan/pack", url.Values{"csrf": {b.csrf}, "code": {f.bracketed(59)}, "action": {"undo"}}); status != 200 || !strings.Contains(page, "Undone: pack") {
			t.Fatalf("undo: %d\n%s", status, page)
		}
		if got := f.state(t, 59); got != pedigree.PackActive {
			t.Fatalf("after undo the pack is %s", got)
		}
	})

	t.Run("Basket", func(t *testing.T) {
		for _, i := range []int{51, 52, 53} {
			if status, page := basket("add", i); status != 200 || !strings.Contains(page, "Added pack "+f.w.Code(i).Serial) {
				t.Fatalf("add %d: %d\n%s", i, status, page)
			}
		}
		status, page := basket("add", 52)
		if status != http.StatusConflict || !strings.Contains(page, "is in the basket already") || !strings.Contains(page, "Basket: 3 packs") {
			t.Fatalf("a duplicate: %d\n%s", status, page)
		}
		status, page = basket("dispense")
		if status != 200 || !strings.Contains(page, "Dispensed: all 3 packs are now dispensed.") || !strings.Contains(page, "Undo all 3") {
			t.Fatalf("dispense all: %d\n%s", status, page)
		}
		for _, i := range []int{51, 52, 53} {
			if !strings.Contains(page, "Serial <strong>"+f.w.Code(i).Serial+"</strong>") {
				t.Errorf("no result for pack %d", i)
			}
			if got := f.state(t, i); got != pedigree.PackSupplied {
				t.Errorf("pack %d is %s", i, got)
			}
		}
		var txs int
		err := f.w.Pool.QueryRow(context.Background(), `SELECT count(DISTINCT tx_hash) FROM pack_actions WHERE serial = ANY($1) AND tx_hash IS NOT NULL`,
			[]string{f.w.Code(51).Serial, f.w.Code(52).Serial, f.w.Code(53).Serial}).Scan(&txs)
		if err != nil || txs != 1 {
			t.Errorf("the basket of one token took %d transactions (%v), want 1", txs, err)
		}
		if strings.Contains(page, "Basket: ") {
			t.Errorf("the basket is not empty after dispensing")
		}
	})

	// Pack 50 was dispensed already: the others of its basket are dispensed all the same.
	t.Run("BasketWithARefusedPack", func(t *testing.T) {
		for _, i := range []int{54, 50, 55} {
			basket("add", i)
		}
		status, page := basket("dispense")
		if status != 200 || !strings.Contains(page, "Dispensed 2 of 3 packs") || !strings.Contains(page, "Undo all 2") {
			t.Fatalf("dispense all: %d\n%s", status, page)
		}
		if !strings.Contains(page, `outcome-refused`) || strings.Count(page, "outcome-ok") != 2 {
			t.Errorf("the results per pack:\n%s", page)
		}
		for _, i := range []int{54, 55} {
			if got := f.state(t, i); got != pedigree.PackSupplied {
				t.Errorf("pack %d is %s", i, got)
			}
		}
	})
	t.Run("ErrEmptyBasket", func(t *testing.T) {
		if status, page := basket("dispense"); status != http.StatusBadRequest || !strings.Contains(page, "The basket is empty") {
			t.Fatalf("got %d\n%s", status, page)
		}
	})
	t.Run("ErrBasketNotForOtherRoles", func(t *testing.T) {
		d := newBrowserless(t, f.srv.URL)
		d.signIn(f.w.User(t, f.w.Distributor))
		if status, _, _ := d.post("/scan/basket", url.Values{"csrf": {d.csrf}, "action": {"add"}, "code": {f.bracketed(40)}}); status != http.StatusForbidden {
			t.Fatalf("a distributor's basket: %d", status)
		}
	})

	t.Run("ManualEntry", func(t *testing.T) {
		c := f.w.Code(62)
		for _, tc := range []struct {
			name   string
			fields map[string]string
			errors map[string]string
		}{
			{"OK", map[string]string{"gtin": c.GTIN, "lot": c.Lot, "serial": c.Serial, "expiry": c.Expiry.Format("2006-01-02")}, nil},
			{"ErrEmpty", map[string]string{}, map[string]string{"gtin": "Enter the GTIN", "lot": "Enter the batch", "serial": "Enter the serial", "expiry": "Enter the expiry"}},
			{"ErrCheckDigit", map[string]string{"gtin": "09506000134353", "lot": c.Lot, "serial": c.Serial, "expiry": "2030-01-31"}, map[string]string{"gtin": "check digit"}},
			{"ErrCharacters", map[string]string{"gtin": c.GTIN, "lot": "LOT 1", "serial": "SN~1", "expiry": "31.01.2030"}, map[string]string{"lot": "no spaces", "serial": "signs GS1 allows", "expiry": "as a date"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				form := url.Values{"csrf": {b.csrf}}
				for k, v := range tc.fields {
					form.Set(k, v)
				}
				status, page, _ := b.post("/scan/manual", form)
				if tc.errors == nil {
					if status != 200 || !strings.Contains(page, `id="verdict"`) || !strings.Contains(page, "AUTHENTIC") {
						t.Fatalf("got %d:\n%s", status, page)
					}
					return
				}
				if status != http.StatusUnprocessableEntity || !strings.Contains(page, `<details class="manual" id="manual" open>`) {
					t.Fatalf("got %d:\n%s", status, page)
				}
				for field, want := range tc.errors {
					i := strings.Index(page, `id="f-`+field+`-error">`)
					if i < 0 || !strings.Contains(page[i:i+200], want) {
						t.Errorf("%s: no error %q next to it", field, want)
					}
				}
			})
		}
	})

	// A pack the pharmacy holds, with the wrong expiry printed: red, so it is kept apart
	// (locked) and reported; the comment is part of the alert the scan raised.
	t.Run("RedVerdictNextSteps", func(t *testing.T) {
		c := f.w.Code(63)
		code := "(01)" + c.GTIN + "(17)" + c.Expiry.AddDate(0, 1, 0).Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
		status, page, _ := b.post("/scan", url.Values{"csrf": {b.csrf}, "code": {code}})
		if status != 200 || !strings.Contains(page, "DATA_MISMATCH") || !strings.Contains(page, `id="lock"`) || !strings.Contains(page, `id="report"`) || strings.Contains(page, `id="dispense"`) {
			t.Fatalf("a red verdict: %d\n%s", status, page)
		}
		scan := regexpFind(t, page, `name="scan" value="(\d+)"`)
		theirs := f.w.Verify(t, f.w.Now, f.w.Code(2), nil).ScanID // a patient's
		if status, page := b.postFollow("/scan/report", url.Values{"csrf": {b.csrf}, "code": {code}, "scan": {scan}, "comment": {" "}}); status != http.StatusUnprocessableEntity || !strings.Contains(page, "say what you saw in the comment") {
			t.Fatalf("an empty comment: %d\n%s", status, page)
		}
		if status, page := b.postFollow("/scan/report", url.Values{"csrf": {b.csrf}, "code": {code}, "scan": {strconv.FormatInt(theirs, 10)}, "comment": {"not ours"}}); status != http.StatusNotFound {
			t.Fatalf("another's scan: %d\n%s", status, page)
		}
		if status, page := b.postFollow("/scan/report", url.Values{"csrf": {b.csrf}, "code": {code}, "scan": {scan}, "comment": {"Label stuck over another label"}}); status != 200 || !strings.Contains(page, "Reported pack "+c.Serial) {
			t.Fatalf("report: %d\n%s", status, page)
		}
		if status, page := b.postFollow("/scan/pack", url.Values{"csrf": {b.csrf}, "code": {code}, "action": {"locked"}}); status != 200 || !strings.Contains(page, "Locked: pack "+c.Serial) {
			t.Fatalf("lock: %d\n%s", status, page)
		}
		if got := f.state(t, 63); got != pedigree.PackLocked {
			t.Errorf("the pack is %s", got)
		}
		alerts, err := postgres.NewAlerts(f.w.Pool, time.Now).Alerts(context.Background(), pedigree.AlertFilter{To: f.w.Now.Add(2 * pedigree.AlertWindow), Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range alerts.Alerts {
			for _, r := range a.Reports {
				found = found || a.Kind == pedigree.AlertDataMismatch && r.Comment == "Label stuck over another label" && r.Organisation == "Corner Pharmacy"
			}
		}
		if !found {
			t.Errorf("no data_mismatch alert carries the report: %+v", alerts)
		}
		reg := newBrowserless(t, f.srv.URL)
		reg.signIn(f.w.User(t, f.w.Regulator))
		if _, page, _ := reg.get("/alerts"); !strings.Contains(page, "Label stuck over another label") {
			t.Errorf("the alerts page lacks the report")
		}
	})

	// A scan that raised no alert (a regulator's, of a dispensed pack) raises one when reported.
	t.Run("ReportWithoutAnAlert", func(t *testing.T) {
		reg := newBrowserless(t, f.srv.URL)
		reg.signIn(colleague(t, f, f.w.Regulator))
		status, page, _ := reg.post("/scan", url.Values{"csrf": {reg.csrf}, "code": {f.bracketed(50)}})
		if status != 200 || !strings.Contains(page, "ALREADY_DECOMMISSIONED") || strings.Contains(page, `id="lock"`) {
			t.Fatalf("scan: %d\n%s", status, page)
		}
		scan := regexpFind(t, page, `name="scan" value="(\d+)"`)
		var raised int
		if err := f.w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM scan_alerts WHERE scan_id = $1`, scan).Scan(&raised); err != nil || raised != 0 {
			t.Fatalf("the scan raised %d alerts (%v)", raised, err)
		}
		if status, page := reg.postFollow("/scan/report", url.Values{"csrf": {reg.csrf}, "code": {f.bracketed(50)}, "scan": {scan}, "comment": {"Found in a parcel"}}); status != 200 {
			t.Fatalf("report: %d\n%s", status, page)
		}
		var kind string
		err := f.w.Pool.QueryRow(context.Background(), `SELECT a.kind FROM alert_reports r JOIN alerts a ON a.id = r.alert_id WHERE r.comment = 'Found in a parcel'`).Scan(&kind)
		if err != nil || kind != "reported" {
			t.Fatalf("the report's alert: %q, %v", kind, err)
		}
	})

	t.Run("MyScans", func(t *testing.T) {
		// A serial a spreadsheet would take for a formula.
		c := f.w.Code(48)
		b.post("/scan", url.Values{"csrf": {b.csrf}, "code": {"(01)" + c.GTIN + "(10)" + c.Lot + "(21)=1+2"}})
		status, page, _ := b.get("/scan/mine")
		for _, want := range []string{"Verified: Genuine pack", "Dispensed", "Destroyed", "Reported to the regulator", "Locked", "refused", f.w.Code(53).Serial} {
			if status != 200 || !strings.Contains(page, want) {
				t.Errorf("My scans (%d) lacks %q", status, want)
			}
		}
		_, page, _ = b.get("/scan/mine?verdict=DATA_MISMATCH")
		if !strings.Contains(page, f.w.Code(63).Serial) || strings.Contains(page, f.w.Code(53).Serial) || strings.Contains(page, "entry-action") {
			t.Errorf("filtered by verdict:\n%s", page)
		}
		_, page, _ = b.get("/scan/mine?action=supplied")
		if strings.Contains(page, "entry-scan") || !strings.Contains(page, f.w.Code(53).Serial) {
			t.Errorf("filtered by action:\n%s", page)
		}
		_, page, _ = b.get("/scan/mine?from=00:00&to=00:01")
		if !strings.Contains(page, "Nothing on this day") && f.w.Now.UTC().Hour() > 0 {
			t.Errorf("filtered by time, the first minute of the day:\n%s", page)
		}
		for _, bad := range []string{"?verdict=GREEN", "?action=sold", "?from=9am", "?day=yesterday", "?from=10:00&to=09:00"} {
			if status, _, _ := b.get("/scan/mine" + bad); status != http.StatusBadRequest && status != http.StatusUnprocessableEntity {
				t.Errorf("%s: %d, want a 4xx", bad, status)
			}
		}
		status, body, header := b.get("/scan/mine?format=csv")
		if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/csv") {
			t.Fatalf("CSV: %d %s", status, header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || len(rows) < 10 {
			t.Fatalf("CSV: %d rows, %v", len(rows), err)
		}
		formula := false
		for _, r := range rows {
			formula = formula || r[6] == "'=1+2"
			if strings.HasPrefix(r[6], "=") {
				t.Errorf("a cell a spreadsheet runs: %q", r[6])
			}
		}
		if !formula {
			t.Errorf("the serial =1+2 is not in the CSV, escaped")
		}
		// Another user's scans are not mine.
		other := newBrowserless(t, f.srv.URL)
		other.signIn(colleague(t, f, f.w.Dispenser))
		if _, page, _ := other.get("/scan/mine"); strings.Contains(page, f.w.Code(53).Serial) {
			t.Errorf("another user sees my scans")
		}
	})
}
