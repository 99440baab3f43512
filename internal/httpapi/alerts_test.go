package httpapi_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// caseAnswer is the part of an alert case these tests read.
type caseAnswer struct {
	ID           int64
	Kind         string
	Status       string
	Reason       string
	Organisation string
	Message      string
	Count        int
	Batch        string
	Manufacturer *struct{ Name, GLN string }
	Reports      []struct{ Organisation, Comment string }
	History      []struct {
		By, Organisation, Who, From, Status, Reason, Comment string
	}
}

// TestAlertCases walks an alert case through the API: who sees it and who may act on it, the
// lifecycle's refusals (nothing changed), the history, the feed's filters, paging and CSV.
func TestAlertCases(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	// A second manufacturer (not this batch's) and a second pharmacy (which scanned nothing).
	m2, err := postgres.NewOrganisations(f.w.Pool).Create(ctx, pedigree.Organisation{Name: "Other Maker", GLN: "4012345000023",
		Role: pedigree.RoleManufacturer, Account: pedigree.Address(f.w.H.Manufacturer2.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	f.tokens["manufacturer2"] = f.w.Token(t, m2)
	f.tokens["dispenser2"] = f.w.Token(t, f.w.Dispenser2)

	call := func(t *testing.T, role, method, path string, body any) (int, string) {
		t.Helper()
		var b []byte
		if body != nil {
			b, _ = json.Marshal(body)
		}
		status, resp, _ := f.do(t, method, path, "application/json", string(b), "Authorization", "Bearer "+f.tokens[role])
		return status, resp
	}
	get := func(t *testing.T, role string, id int64) caseAnswer {
		t.Helper()
		status, body := call(t, role, "GET", fmt.Sprintf("/api/v1/alerts/%d", id), nil)
		if status != http.StatusOK {
			t.Fatalf("GET alert %d as %s: %d %s", id, role, status, body)
		}
		var a caseAnswer
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatal(err)
		}
		return a
	}

	// The pharmacy scans a serial its batch does not have.
	c := f.w.Code(50)
	code := "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)NOT-IN-THE-BATCH"
	f.synced(t)
	if status, body := call(t, "dispenser", "POST", "/api/v1/verify", map[string]string{"code": code}); status != http.StatusOK || !strings.Contains(body, "UNKNOWN_SERIAL") {
		t.Fatalf("verify: %d %s", status, body)
	}
	var id int64
	if err := f.w.Pool.QueryRow(ctx, `SELECT id FROM alerts WHERE kind = 'unknown_serial' AND serial = 'NOT-IN-THE-BATCH'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	alertPath := fmt.Sprintf("/api/v1/alerts/%d", id)
	if status, body := call(t, "dispenser", "POST", alertPath+"/comments", map[string]string{"comment": "The box looked resealed"}); status != http.StatusCreated {
		t.Fatalf("the scanner's comment: %d %s", status, body)
	}

	t.Run("Visibility", func(t *testing.T) {
		for _, tc := range []struct {
			role               string
			list, listed       int // the feed's status; 1 when the case is in it
			one, comment, move int
		}{
			{"regulator", 200, 1, 200, 201, 409}, // the move (to new) is refused for what it is, not for who asks
			{"manufacturer", 200, 1, 200, 201, 409},
			{"manufacturer2", 200, 0, 404, 404, 404}, // another manufacturer's case does not exist for it
			{"distributor", 403, 0, 404, 404, 404},
			{"dispenser", 403, 0, 403, 201, 403}, // the scanner comments, and sees nothing
			{"dispenser2", 403, 0, 404, 404, 404},
		} {
			t.Run(tc.role, func(t *testing.T) {
				status, body := call(t, tc.role, "GET", "/api/v1/alerts?kind=unknown_serial", nil)
				if status != tc.list {
					t.Fatalf("feed: %d %s", status, body)
				}
				if got := strings.Count(body, "NOT-IN-THE-BATCH"); got != tc.listed {
					t.Errorf("feed lists the case %d times, want %d: %s", got, tc.listed, body)
				}
				if status, body := call(t, tc.role, "GET", alertPath, nil); status != tc.one {
					t.Errorf("GET the case: %d %s", status, body)
				}
				if status, body := call(t, tc.role, "POST", alertPath+"/comments", map[string]string{"comment": "seen by " + tc.role}); status != tc.comment {
					t.Errorf("comment: %d %s", status, body)
				}
				if status, body := call(t, tc.role, "POST", alertPath+"/status", map[string]string{"status": "new"}); status != tc.move {
					t.Errorf("move: %d %s", status, body)
				}
			})
		}
		if got := get(t, "regulator", id); got.Status != "new" {
			t.Errorf("the refused moves moved the case to %s", got.Status)
		}
		// No outsider's comment reached the case.
		var n int
		if err := f.w.Pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM alert_events WHERE alert_id = $1) + (SELECT count(*) FROM alert_reports WHERE alert_id = $1)`, id).Scan(&n); err != nil || n != 4 {
			t.Errorf("the case has %d comments (%v), want 4: the regulator's, the manufacturer's and the scanner's two", n, err)
		}
	})

	t.Run("TheManufacturerDoesNotLearnTheScanner", func(t *testing.T) {
		m, r := get(t, "manufacturer", id), get(t, "regulator", id)
		_, feed := call(t, "manufacturer", "GET", "/api/v1/alerts?kind=unknown_serial", nil)
		_, csvBody := call(t, "manufacturer", "GET", "/api/v1/alerts?format=csv", nil)
		raw, _ := json.Marshal(m)
		for _, text := range []string{string(raw), feed, csvBody} {
			if strings.Contains(text, "Corner Pharmacy") || strings.Contains(text, f.w.Dispenser.GLN) {
				t.Errorf("the manufacturer learns who scanned: %s", text)
			}
		}
		if !strings.Contains(string(raw), "The box looked resealed") {
			t.Errorf("the manufacturer does not read the scanner's comment: %s", raw)
		}
		if r.Organisation != "Corner Pharmacy" || len(r.Reports) == 0 || r.Reports[0].Organisation != "Corner Pharmacy" {
			t.Errorf("the regulator does not learn who scanned: %+v", r)
		}
		if r.Manufacturer == nil || r.Manufacturer.Name != "Acme Pharma" || r.Batch != pedigree.TokenIDFromBig(f.w.Batch.ID).String() {
			t.Errorf("the case is not the batch's manufacturer's: %+v %+v", r, r.Manufacturer)
		}
	})

	t.Run("Lifecycle", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			role   string
			body   string
			want   int
			names  string // what a refusal names
			status string // the case's status afterwards
		}{
			{"ErrUnknownStatus", "manufacturer", `{"status": "solved"}`, 400, "status", "new"},
			{"ErrNoStatus", "manufacturer", `{"comment": "hm"}`, 400, "status", "new"},
			{"ErrUnknownField", "manufacturer", `{"state": "closed"}`, 400, "state", "new"},
			{"ErrCloseWithoutReason", "regulator", `{"status": "closed"}`, 400, "reason", "new"},
			{"ErrUnknownReason", "regulator", `{"status": "closed", "reason": "tired"}`, 400, "reason", "new"},
			{"ErrOtherWithoutText", "regulator", `{"status": "closed", "reason": "other"}`, 400, "comment", "new"},
			{"ErrReasonNotClosing", "manufacturer", `{"status": "investigating", "reason": "scanning_error"}`, 400, "reason", "new"},
			{"Investigating", "manufacturer", `{"status": "investigating", "comment": "Checking our upload"}`, 200, "", "investigating"},
			{"ErrAgain", "regulator", `{"status": "investigating"}`, 409, "already", "investigating"},
			{"ErrBackToNew", "regulator", `{"status": "new"}`, 409, "escalated or closed", "investigating"},
			{"Escalated", "regulator", `{"status": "escalated"}`, 200, "", "escalated"},
			{"Closed", "regulator", `{"status": "closed", "reason": "confirmed_falsification", "comment": "Police informed"}`, 200, "", "closed"},
			{"ErrClosedToEscalated", "manufacturer", `{"status": "escalated"}`, 409, "investigating", "closed"},
			{"ErrReopenWithoutWhy", "manufacturer", `{"status": "investigating"}`, 400, "comment", "closed"},
			{"Reopened", "manufacturer", `{"status": "investigating", "comment": "Another pack of the lot turned up"}`, 200, "", "investigating"},
			{"ClosedOther", "regulator", `{"status": "closed", "reason": "other", "comment": "Merged into the police case"}`, 200, "", "closed"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, body, _ := f.do(t, "POST", alertPath+"/status", "application/json", tc.body, "Authorization", "Bearer "+f.tokens[tc.role])
				if status != tc.want {
					t.Fatalf("got %d %s, want %d", status, body, tc.want)
				}
				if tc.names != "" && !strings.Contains(body, tc.names) {
					t.Errorf("the refusal does not name %q: %s", tc.names, body)
				}
				if got := get(t, "regulator", id); got.Status != tc.status {
					t.Errorf("the case is %s, want %s", got.Status, tc.status)
				}
			})
		}
		a := get(t, "regulator", id)
		if a.Reason != "other" {
			t.Errorf("reason %q", a.Reason)
		}
		var moves []string
		for _, e := range a.History {
			if e.Status != "" {
				moves = append(moves, e.By+":"+e.From+">"+e.Status+":"+e.Reason+":"+e.Comment)
			}
		}
		want := []string{
			"manufacturer:new>investigating::Checking our upload", "regulator:investigating>escalated::",
			"regulator:escalated>closed:confirmed_falsification:Police informed",
			"manufacturer:closed>investigating::Another pack of the lot turned up", "regulator:investigating>closed:other:Merged into the police case",
		}
		if strings.Join(moves, "\n") != strings.Join(want, "\n") {
			t.Errorf("history:\n%s\nwant:\n%s", strings.Join(moves, "\n"), strings.Join(want, "\n"))
		}
		for _, e := range a.History {
			if e.Organisation == "" || e.Who == "" && e.By != "scanner" {
				t.Errorf("the regulator does not see who acted: %+v", e)
			}
		}
		// Every attempt is in the audit log, refused or done, with its outcome.
		var attempts, done int
		err := f.w.Pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE status = 200) FROM audit_log WHERE action = 'POST /api/v1/alerts/{id}/status' AND object = $1`,
			fmt.Sprint(id)).Scan(&attempts, &done)
		if err != nil || done != 5 || attempts < 16 {
			t.Errorf("the audit log has %d status changes of the case, %d done (%v); want 16 or more (with the visibility's), 5 done", attempts, done, err)
		}
	})

	t.Run("AClosedCaseTakesNoNewFindings", func(t *testing.T) {
		before := get(t, "regulator", id)
		if status, body := call(t, "dispenser", "POST", "/api/v1/verify", map[string]string{"code": code}); status != http.StatusOK {
			t.Fatalf("verify: %d %s", status, body)
		}
		if got := get(t, "regulator", id); got.Count != before.Count {
			t.Errorf("the closed case counted the new finding: %d, was %d", got.Count, before.Count)
		}
		status, body := call(t, "regulator", "GET", "/api/v1/alerts?kind=unknown_serial&status=new", nil)
		if status != http.StatusOK || !strings.Contains(body, "NOT-IN-THE-BATCH") {
			t.Errorf("no new case for the new finding: %d %s", status, body)
		}
		// The closed case cannot be reopened while the new one is open.
		if status, body := call(t, "regulator", "POST", alertPath+"/status", map[string]string{"status": "investigating", "comment": "again"}); status != http.StatusConflict {
			t.Errorf("reopen beside an open case: %d %s", status, body)
		}
	})

	t.Run("PagesInGerman", func(t *testing.T) {
		var open int64
		if err := f.w.Pool.QueryRow(ctx, `SELECT id FROM alerts WHERE serial = 'NOT-IN-THE-BATCH' AND status = 'new'`).Scan(&open); err != nil {
			t.Fatal(err)
		}
		de := []string{"Accept-Language", "de"}
		b := newBrowserless(t, f.srv.URL)
		b.signIn(f.w.User(t, f.w.Manufacturer))
		_, feed, _ := b.get("/alerts?status=new", de...)
		feed = html.UnescapeString(feed)
		for _, want := range []string{"<h1>Warnungen zu Ihren Chargen</h1>", "Eine Seriennummer, die nicht in der Liste der Charge steht, wurde verifiziert.", `class="nav-count"`} {
			if !strings.Contains(feed, want) {
				t.Errorf("the manufacturer's feed lacks %q", want)
			}
		}
		if strings.Contains(feed, "Corner Pharmacy") {
			t.Error("the manufacturer's feed names the pharmacy")
		}
		page := fmt.Sprintf("/alerts/%d", open)
		if status, body, _ := b.get(page, de...); status != http.StatusOK || !strings.Contains(body, "Verlauf") {
			t.Fatalf("the case page: %d\n%s", status, body)
		}
		status, body, _ := b.post(page+"/status", url.Values{"csrf": {b.csrf}, "status": {"closed"}, "reason": {"other"}}, de...)
		if body = html.UnescapeString(body); status != http.StatusBadRequest || !strings.Contains(body, "Bei einem anderen Grund sagen Sie im Kommentar, welcher es war") {
			t.Errorf("closing for another reason without a comment: %d\n%s", status, body)
		}
		if status, body, _ := b.post(page+"/comments", url.Values{"csrf": {b.csrf}, "note": {" "}}, de...); status != http.StatusBadRequest || !strings.Contains(body, "Schreiben Sie einen Kommentar") {
			t.Errorf("an empty comment: %d\n%s", status, body)
		}
		if got := get(t, "regulator", open); got.Status != "new" || len(got.History) != 0 {
			t.Errorf("the refused changes changed the case: %+v", got)
		}
		status, _, header := b.post(page+"/status", url.Values{"csrf": {b.csrf}, "status": {"investigating"}}, de...)
		if status != http.StatusSeeOther {
			t.Fatalf("investigating: %d", status)
		}
		if _, body, _ := b.get(header.Get("Location"), de...); flashText(body) != "Der Fall ist jetzt: In Prüfung." {
			t.Errorf("after the change: %q", flashText(body))
		}
		// Another manufacturer's or a wholesaler's user finds no such case, and no feed.
		other := newBrowserless(t, f.srv.URL)
		other.signIn(f.w.User(t, f.w.Distributor))
		if status, body, _ := other.get(page); status != http.StatusNotFound || strings.Contains(body, "NOT-IN-THE-BATCH") {
			t.Errorf("a wholesaler opens the case: %d", status)
		}
		if status, _, _ := other.get("/alerts"); status != http.StatusForbidden {
			t.Errorf("a wholesaler's feed: %d", status)
		}
	})

	t.Run("Feed", func(t *testing.T) {
		gln := f.w.Manufacturer.GLN
		for _, tc := range []struct {
			role, query string
			want        int
			has         bool // the closed case is in the page
		}{
			{"regulator", "status=closed", 200, true},
			{"regulator", "status=new&kind=unknown_serial", 200, false},
			{"regulator", "kind=unknown_serial&batch=" + pedigree.TokenIDFromBig(f.w.Batch.ID).String(), 200, true},
			{"regulator", "manufacturer=" + gln + "&status=closed", 200, true},
			{"regulator", "manufacturer=4012345000023", 200, false},
			{"regulator", "gtin=" + c.GTIN + "&lot=" + c.Lot + "&status=closed", 200, true},
			{"regulator", "from=2000-01-01&to=2999-12-31&status=closed", 200, true},
			{"regulator", "from=2999-01-01", 200, false},
			{"manufacturer", "status=closed", 200, true},
			{"manufacturer", "manufacturer=4012345000023", 200, false},
			{"regulator", "status=solved", 400, false},
			{"regulator", "kind=fake", 400, false},
			{"regulator", "batch=0xnot-hex", 400, false},
			{"regulator", "manufacturer=acme", 400, false},
			{"regulator", "from=yesterday", 400, false},
			{"regulator", "limit=0", 400, false},
			{"regulator", "offset=-1", 400, false},
			{"regulator", "format=xml", 400, false},
		} {
			t.Run(tc.role+" "+tc.query, func(t *testing.T) {
				status, body := call(t, tc.role, "GET", "/api/v1/alerts?"+tc.query, nil)
				if status != tc.want {
					t.Fatalf("got %d %s, want %d", status, body, tc.want)
				}
				if status != 200 {
					name, _, _ := strings.Cut(tc.query, "=")
					if !strings.Contains(body, name) {
						t.Errorf("the refusal does not name %s: %s", name, body)
					}
					return
				}
				if got := strings.Contains(body, fmt.Sprintf(`"id":%d,`, id)); got != tc.has {
					t.Errorf("the closed case is in the page: %v, want %v: %s", got, tc.has, body)
				}
			})
		}
	})

	t.Run("Paging", func(t *testing.T) {
		var page struct {
			Alerts        []caseAnswer
			Total, Offset int
		}
		status, body := call(t, "regulator", "GET", "/api/v1/alerts", nil)
		if status != 200 || json.Unmarshal([]byte(body), &page) != nil {
			t.Fatalf("%d %s", status, body)
		}
		total := page.Total
		if total < 2 || len(page.Alerts) != total {
			t.Fatalf("total %d, %d on the page", total, len(page.Alerts))
		}
		seen := map[int64]bool{}
		for offset := 0; offset < total; offset++ {
			status, body := call(t, "regulator", "GET", fmt.Sprintf("/api/v1/alerts?limit=1&offset=%d", offset), nil)
			page.Alerts = nil
			if status != 200 || json.Unmarshal([]byte(body), &page) != nil || len(page.Alerts) != 1 || page.Total != total {
				t.Fatalf("offset %d: %d %s", offset, status, body)
			}
			seen[page.Alerts[0].ID] = true
		}
		if len(seen) != total {
			t.Errorf("paging one by one saw %d cases of %d", len(seen), total)
		}
	})

	t.Run("CSV", func(t *testing.T) {
		status, body, h := f.do(t, "GET", "/api/v1/alerts?format=csv&status=closed", "", "", "Authorization", "Bearer "+f.tokens["regulator"])
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
			t.Fatalf("%d %s %s", status, h.Get("Content-Type"), body)
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0][0] != "id" || rows[1][0] != fmt.Sprint(id) || rows[1][6] != "closed" || rows[1][8] != "other" || rows[1][15] != "Corner Pharmacy" {
			t.Errorf("CSV: %q", rows)
		}
	})
}
