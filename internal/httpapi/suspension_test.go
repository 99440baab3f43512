package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// TestSuspensionAPI: a suspension and a reinstatement need a regulator and a reason; the
// suspended organisation reads why, since when and by whom (its people's banner), and nobody
// else but a regulator does.
func TestSuspensionAPI(t *testing.T) {
	f := newFixture(t)
	w := f.w
	path := func(account pedigree.Address, what string) string {
		return "/api/v1/participants/" + account.String() + "/" + what
	}
	f.tokens["dispenser2"] = w.Token(t, w.Dispenser2)
	send := func(t *testing.T, role, p, body string) (int, string) {
		t.Helper()
		ct := "application/json"
		if body == "" {
			ct = ""
		}
		status, answer, _ := f.do(t, "POST", p, ct, body, "Authorization", "Bearer "+f.tokens[role])
		return status, answer
	}
	t.Run("ReasonRequired", func(t *testing.T) {
		for _, tc := range []struct{ name, body, want string }{
			{"NoBody", "", "reason: say why"},
			{"NoReason", `{}`, "reason: say why"},
			{"Blank", `{"reason": "   "}`, "reason: say why"},
			{"Control", `{"reason": "bad\u0007bell"}`, "reason: holds a control character"},
			{"TooLong", `{"reason": "` + strings.Repeat("x", pedigree.MaxReasonLength+1) + `"}`, "reason: is 501 characters long"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, body := send(t, "regulator", path(w.Dispenser2.Account, "suspend"), tc.body)
				if status != http.StatusBadRequest || !strings.Contains(body, tc.want) {
					t.Errorf("got %d %s, want 400 with %q", status, body, tc.want)
				}
			})
		}
		if status, body, _ := f.do(t, "GET", path(w.Dispenser2.Account, "suspension"), "", "", "Authorization", "Bearer "+f.tokens["regulator"]); status != http.StatusNotFound {
			t.Errorf("after refused suspensions, the pharmacy's suspension: %d %s, want 404", status, body)
		}
	})
	t.Run("OnlyRegulators", func(t *testing.T) {
		for _, role := range []string{"manufacturer", "distributor", "dispenser"} {
			status, body := send(t, role, path(w.Dispenser2.Account, "suspend"), `{"reason": "I do not like them"}`)
			if status != http.StatusForbidden || !strings.Contains(body, "only a regulator") {
				t.Errorf("%s: got %d %s, want 403", role, status, body)
			}
		}
		status, body := send(t, "regulator", path(w.Regulator.Account, "suspend"), `{"reason": "self"}`)
		if status != http.StatusBadRequest || !strings.Contains(body, "Medicines Agency cannot suspend itself") {
			t.Errorf("the regulator suspending itself: %d %s", status, body)
		}
		status, body = send(t, "regulator", path(w.Dispenser2.Account, "reinstate"), `{"reason": "fine"}`)
		if status != http.StatusConflict || !strings.Contains(body, "Other Pharmacy is not suspended") {
			t.Errorf("reinstating an active pharmacy: %d %s", status, body)
		}
	})
	reason := "Inspection on 3 Nov found falsified temperature logs"
	t.Run("Suspend", func(t *testing.T) {
		status, body := send(t, "regulator", path(w.Dispenser2.Account, "suspend"), `{"reason": "  `+reason+`  "}`)
		if status != http.StatusOK || !strings.Contains(body, `"status":"confirmed"`) {
			t.Fatalf("suspend: %d %s", status, body)
		}
		status, body = send(t, "regulator", path(w.Dispenser2.Account, "suspend"), `{"reason": "again"}`)
		if status != http.StatusConflict || !strings.Contains(body, "Other Pharmacy is suspended already") {
			t.Errorf("suspending twice: %d %s", status, body)
		}
	})
	t.Run("RefusalNamesTheOrganisation", func(t *testing.T) {
		held, err := postgres.NewDirectory(w.Pool).Holdings(t.Context(), w.Distributor.Account)
		if err != nil || len(held.Held) == 0 {
			t.Fatalf("the distributor's holdings: %+v, %v", held, err)
		}
		status, body := send(t, "distributor", "/api/v1/tokens/"+held.Held[0].Token.ID.String()+"/ship", `{"to": "`+w.Dispenser2.Account.String()+`"}`)
		if status != http.StatusForbidden || !strings.Contains(body, "Other Pharmacy is suspended") || strings.Contains(body, w.Dispenser2.Account.String()) {
			t.Errorf("shipping to the suspended pharmacy: %d %s", status, body)
		}
	})
	t.Run("BannerData", func(t *testing.T) {
		for _, role := range []string{"dispenser2", "regulator"} {
			status, body, _ := f.do(t, "GET", path(w.Dispenser2.Account, "suspension"), "", "", "Authorization", "Bearer "+f.tokens[role])
			if status != http.StatusOK {
				t.Fatalf("%s reads the suspension: %d %s", role, status, body)
			}
			var got pedigree.Suspension
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatal(err)
			}
			if got.Name != "Other Pharmacy" || got.Reason != reason || got.By != "Medicines Agency" || !got.Recorded ||
				got.TxHash == nil || got.Since.IsZero() || time.Since(got.Since) > time.Hour {
				t.Errorf("%s reads %+v", role, got)
			}
		}
		status, body, _ := f.do(t, "GET", path(w.Dispenser2.Account, "suspension"), "", "", "Authorization", "Bearer "+f.tokens["dispenser"])
		if status != http.StatusForbidden {
			t.Errorf("another pharmacy reads the suspension: %d %s, want 403", status, body)
		}
	})
	t.Run("Reinstate", func(t *testing.T) {
		status, body := send(t, "regulator", path(w.Dispenser2.Account, "reinstate"), `{}`)
		if status != http.StatusBadRequest || !strings.Contains(body, "reason") {
			t.Errorf("reinstating without a reason: %d %s", status, body)
		}
		status, body = send(t, "regulator", path(w.Dispenser2.Account, "reinstate"), `{"reason": "New inspection passed"}`)
		if status != http.StatusOK {
			t.Fatalf("reinstate: %d %s", status, body)
		}
		status, body, _ = f.do(t, "GET", path(w.Dispenser2.Account, "suspension"), "", "", "Authorization", "Bearer "+f.tokens["dispenser2"])
		if status != http.StatusNotFound {
			t.Errorf("after reinstatement, the suspension: %d %s, want 404", status, body)
		}
	})
}

// TestSuspensionPages: the regulator's Suspend leads to a confirmation naming the
// organisation and asking a reason; the suspended organisation's people see a banner on every
// page; messages name organisations, not accounts.
func TestSuspensionPages(t *testing.T) {
	f := newFixture(t)
	w := f.w
	email, password := w.User(t, w.Regulator)
	reg := newBrowserless(t, f.srv.URL)
	reg.signIn(email, password)
	email2, password2 := w.User(t, w.Dispenser2)
	pharmacy := newBrowserless(t, f.srv.URL)
	pharmacy.signIn(email2, password2)
	account := w.Dispenser2.Account.String()

	_, body, _ := reg.get("/participants")
	if !strings.Contains(body, `href="/participants/`+account+`/suspend"`) {
		t.Fatalf("the participants page has no Suspend link for Other Pharmacy:\n%s", body)
	}
	t.Run("Confirmation", func(t *testing.T) {
		status, body, _ := reg.get("/participants/" + account + "/suspend")
		if status != http.StatusOK || !strings.Contains(body, "Suspend Other Pharmacy?") || !strings.Contains(body, `name="reason"`) {
			t.Fatalf("the confirmation: %d\n%s", status, body)
		}
		status, body, _ = reg.post("/participants/"+account+"/suspend", url.Values{"csrf": {reg.csrf}, "reason": {" "}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Say why") || !strings.Contains(body, "Suspend Other Pharmacy?") {
			t.Fatalf("a suspension without a reason: %d\n%s", status, body)
		}
		if _, body, _ := pharmacy.get("/scan"); strings.Contains(body, "suspended-banner") {
			t.Fatal("a refused suspension suspended the pharmacy")
		}
	})
	reason := "Licence expired on 1 November"
	t.Run("Suspend", func(t *testing.T) {
		status, _, header := reg.post("/participants/"+account+"/suspend", url.Values{"csrf": {reg.csrf}, "reason": {reason}})
		if status != http.StatusSeeOther {
			t.Fatalf("suspend: %d", status)
		}
		_, body, _ := reg.get(header.Get("Location"))
		if !strings.Contains(body, "Suspended Other Pharmacy:") || strings.Contains(body, "Suspended 0x") {
			t.Errorf("the message does not name the organisation:\n%s", body)
		}
		if !strings.Contains(body, reason) || !strings.Contains(body, "by Medicines Agency") || !strings.Contains(body, `href="/participants/`+account+`/reinstate"`) {
			t.Errorf("the participants page does not show the suspension's reason and since:\n%s", body)
		}
	})
	t.Run("Banner", func(t *testing.T) {
		for _, page := range []string{"/scan", "/shipments", "/account"} {
			_, body, _ := pharmacy.get(page)
			if !strings.Contains(body, `id="suspended-banner"`) || !strings.Contains(body, "Other Pharmacy is suspended") ||
				!strings.Contains(body, reason) || !strings.Contains(body, "by Medicines Agency") || !strings.Contains(body, " UTC") {
				t.Errorf("%s has no suspension banner:\n%s", page, body)
			}
		}
		if _, body, _ := reg.get("/participants"); strings.Contains(body, `id="suspended-banner"`) {
			t.Error("the regulator sees the banner of another organisation")
		}
	})
	t.Run("Reinstate", func(t *testing.T) {
		status, body, _ := reg.get("/participants/" + account + "/reinstate")
		if status != http.StatusOK || !strings.Contains(body, "Reinstate Other Pharmacy?") || !strings.Contains(body, reason) {
			t.Fatalf("the reinstatement's confirmation: %d\n%s", status, body)
		}
		status, _, header := reg.post("/participants/"+account+"/reinstate", url.Values{"csrf": {reg.csrf}, "reason": {"Licence renewed"}})
		if status != http.StatusSeeOther {
			t.Fatalf("reinstate: %d", status)
		}
		if _, body, _ := reg.get(header.Get("Location")); !strings.Contains(body, "Reinstated Other Pharmacy") {
			t.Errorf("the message does not name the organisation:\n%s", body)
		}
		if _, body, _ := pharmacy.get("/scan"); strings.Contains(body, "suspended-banner") {
			t.Error("the banner stays after the reinstatement")
		}
	})
}
