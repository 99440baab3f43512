package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

type auditAnswer struct {
	Entries []pedigree.AuditEntry `json:"entries"`
	Next    string                `json:"next"`
}

func TestAuditLog(t *testing.T) {
	f := newFixture(t)
	f.synced(t)
	bearer := func(role string) []string { return []string{"Authorization", "Bearer " + f.tokens[role]} }
	read := func(t *testing.T, role, query string) auditAnswer {
		t.Helper()
		status, body, _ := f.do(t, "GET", "/api/v1/audit"+query, "", "", bearer(role)...)
		if status != http.StatusOK {
			t.Fatalf("GET /api/v1/audit%s as %s: %d %s", query, role, status, body)
		}
		var a auditAnswer
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	// Actions: verifications by two organisations, and one refused action.
	for _, role := range []string{"dispenser", "manufacturer"} {
		if status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(f.elementString(3)), bearer(role)...); status != http.StatusOK {
			t.Fatalf("verify as %s: %d %s", role, status, body)
		}
	}
	status, _, _ := f.do(t, "POST", "/api/v1/participants/0x0000000000000000000000000000000000000001/suspend", "application/json", `{"reason":"x"}`, bearer("dispenser")...)
	if status < 400 {
		t.Fatalf("a pharmacy suspended a participant: %d", status)
	}
	refusedStatus := status

	t.Run("OwnOrganisation", func(t *testing.T) {
		got := read(t, "dispenser", "")
		if len(got.Entries) != 2 {
			t.Fatalf("got %+v, want the pharmacy's two actions", got.Entries)
		}
		refused, verified := got.Entries[0], got.Entries[1] // newest first
		if refused.Action != "POST /api/v1/participants/{account}/suspend" || refused.Status != refusedStatus ||
			refused.Object != "0x0000000000000000000000000000000000000001" {
			t.Errorf("the refused action: %+v", refused)
		}
		if verified.Action != "POST /api/v1/verify" || verified.Status != 200 || verified.OrganisationID != f.w.Dispenser.ID ||
			verified.TokenID == 0 || !strings.HasPrefix(verified.Who, "API token pdg_") || strings.Contains(verified.Who, f.tokens["dispenser"]) ||
			verified.Client == "" || verified.At.IsZero() {
			t.Errorf("the verification: %+v", verified)
		}
	})
	t.Run("RegulatorReadsAll", func(t *testing.T) {
		orgs := map[int64]bool{}
		for _, e := range read(t, "regulator", "").Entries {
			orgs[e.OrganisationID] = true
		}
		if !orgs[f.w.Dispenser.ID] || !orgs[f.w.Manufacturer.ID] {
			t.Fatalf("the regulator sees the entries of %v", orgs)
		}
		if got := read(t, "regulator", fmt.Sprintf("?organisation=%d", f.w.Manufacturer.ID)).Entries; len(got) != 1 || got[0].OrganisationID != f.w.Manufacturer.ID {
			t.Fatalf("filtered by organisation: %+v", got)
		}
	})
	t.Run("ErrOtherOrganisation", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", fmt.Sprintf("/api/v1/audit?organisation=%d", f.w.Dispenser.ID), "", "", bearer("manufacturer")...)
		if status != http.StatusForbidden {
			t.Fatalf("a manufacturer read a pharmacy's audit log: %d %s", status, body)
		}
		for _, e := range read(t, "manufacturer", "").Entries {
			if e.OrganisationID != f.w.Manufacturer.ID {
				t.Fatalf("a manufacturer sees another's entry: %+v", e)
			}
		}
	})
	t.Run("ErrAnonymous", func(t *testing.T) {
		if status, _, _ := f.do(t, "GET", "/api/v1/audit", "", ""); status != http.StatusUnauthorized {
			t.Fatalf("anonymous: %d, want 401", status)
		}
	})
	t.Run("FiltersAndPaging", func(t *testing.T) {
		if got := read(t, "dispenser", "?action=verify").Entries; len(got) != 1 || got[0].Action != "POST /api/v1/verify" {
			t.Fatalf("action filter: %+v", got)
		}
		if got := read(t, "dispenser", "?from=2999-01-01").Entries; len(got) != 0 {
			t.Fatalf("from filter: %+v", got)
		}
		page := read(t, "dispenser", "?limit=1")
		if len(page.Entries) != 1 || !strings.Contains(page.Next, "before=") {
			t.Fatalf("first page: %+v", page)
		}
		next := read(t, "dispenser", strings.TrimPrefix(page.Next, "/api/v1/audit"))
		if len(next.Entries) != 1 || next.Entries[0].ID >= page.Entries[0].ID {
			t.Fatalf("second page: %+v", next)
		}
		if status, _, _ := f.do(t, "GET", "/api/v1/audit?limit=zero", "", "", bearer("dispenser")...); status != http.StatusBadRequest {
			t.Fatalf("a bad limit: %d, want 400", status)
		}
	})
	t.Run("CSV", func(t *testing.T) {
		status, body, header := f.do(t, "GET", "/api/v1/audit?format=csv", "", "", bearer("dispenser")...)
		lines := strings.Split(strings.TrimSpace(body), "\n")
		if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/csv") || len(lines) != 3 ||
			!strings.HasPrefix(lines[0], "id,at,organisation_id") || !strings.Contains(body, "POST /api/v1/verify") {
			t.Fatalf("%d %s:\n%s", status, header.Get("Content-Type"), body)
		}
	})
	t.Run("Page", func(t *testing.T) {
		email, password := f.w.User(t, f.w.Dispenser) // an administrator (the default role)
		b := newBrowserless(t, f.srv.URL)
		b.signIn(email, password)
		status, body, _ := b.get("/audit?action=verify")
		if status != 200 || !strings.Contains(body, "POST /api/v1/verify") || strings.Contains(body, "suspend") {
			t.Fatalf("%d:\n%s", status, body)
		}
		// The sign-in is recorded too, as the user.
		if got := read(t, "dispenser", "?action=/login").Entries; len(got) != 1 || got[0].UserID == 0 || got[0].Status != http.StatusSeeOther {
			t.Fatalf("the sign-in: %+v", got)
		}
		if status, _, header := b.get("/audit?format=csv"); status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/csv") {
			t.Fatalf("CSV from the page: %d", status)
		}
	})
	t.Run("ErrUpdate", func(t *testing.T) {
		if _, err := f.w.Pool.Exec(t.Context(), `UPDATE audit_log SET status = 200`); err == nil {
			t.Fatal("an UPDATE of the audit log succeeded")
		}
	})
}
