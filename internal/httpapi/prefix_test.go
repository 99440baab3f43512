package httpapi_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

func TestPrefixesAPI(t *testing.T) {
	f := newFixture(t)
	h := f.w.H
	m, m2 := strings.ToLower(h.Manufacturer.Addr.Hex()), strings.ToLower(h.Manufacturer2.Addr.Hex())
	type assignment struct {
		Prefix, GTIN string
		Account      string `json:"manufacturer_account"`
		Manufacturer map[string]any
		Block        uint64
	}
	list := func(t *testing.T, role string) map[string]assignment {
		t.Helper()
		f.synced(t)
		status, body, _ := f.do(t, "GET", "/api/v1/prefixes", "", "", "Authorization", "Bearer "+f.tokens[role])
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var out struct{ Assignments []assignment }
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatal(err)
		}
		byCode := map[string]assignment{}
		for _, a := range out.Assignments {
			byCode[a.Prefix+a.GTIN] = a
		}
		return byCode
	}
	assign := func(t *testing.T, role, body string) (int, string) {
		t.Helper()
		status, out, _ := f.do(t, "POST", "/api/v1/prefixes", "application/json", body, "Authorization", "Bearer "+f.tokens[role])
		return status, out
	}

	t.Run("OKList", func(t *testing.T) {
		got := list(t, "dispenser")
		a := got[chaintest.PrefixManufacturer]
		if a.Account != m || a.Manufacturer["name"] != "Acme Pharma" || a.Block == 0 {
			t.Fatalf("prefix %s: %+v", chaintest.PrefixManufacturer, a)
		}
		if got[chaintest.PrefixManufacturer2].Account != m2 {
			t.Fatalf("prefix %s: %+v", chaintest.PrefixManufacturer2, got[chaintest.PrefixManufacturer2])
		}
	})
	t.Run("OKAssignAndMove", func(t *testing.T) {
		status, body := assign(t, "regulator", `{"prefix": "7012345", "manufacturer": "`+m+`"}`)
		if status != http.StatusOK || !strings.Contains(body, `"tx_hash"`) || !strings.Contains(body, `"prefix":"7012345"`) {
			t.Fatalf("status %d: %s", status, body)
		}
		if got := list(t, "regulator")["7012345"]; got.Account != m {
			t.Fatalf("after assigning: %+v", got)
		}
		if status, body := assign(t, "regulator", `{"prefix": "7012345", "manufacturer": "`+m2+`"}`); status != http.StatusOK {
			t.Fatalf("move: status %d: %s", status, body)
		}
		if got := list(t, "regulator")["7012345"]; got.Account != m2 {
			t.Fatalf("after moving: %+v", got)
		}
	})
	t.Run("OKSingleGTIN", func(t *testing.T) {
		if status, body := assign(t, "regulator", `{"gtin": "09506000134369", "manufacturer": "`+m2+`"}`); status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		if got := list(t, "manufacturer")["09506000134369"]; got.Account != m2 || got.GTIN != "09506000134369" {
			t.Fatalf("single GTIN: %+v", got)
		}
	})
	for _, tc := range []struct {
		name, role, body string
		status           int
		code, mention    string
	}{
		{"ErrNotRegulator", "manufacturer", `{"prefix": "7112345", "manufacturer": "` + m + `"}`, 403, "forbidden", "may not assign"},
		{"ErrPrefix", "regulator", `{"prefix": "95060", "manufacturer": "` + m + `"}`, 400, "invalid", "prefix:"},
		{"ErrBoth", "regulator", `{"prefix": "9506000", "gtin": "09506000134352", "manufacturer": "` + m + `"}`, 400, "invalid", "prefix:"},
		{"ErrNeither", "regulator", `{"manufacturer": "` + m + `"}`, 400, "invalid", "prefix:"},
		{"ErrGTIN", "regulator", `{"gtin": "09506000134353", "manufacturer": "` + m + `"}`, 400, "invalid", "gtin:"},
		{"ErrAccount", "regulator", `{"prefix": "7112345", "manufacturer": "0x12"}`, 400, "invalid", "manufacturer:"},
		{"ErrNotManufacturer", "regulator", `{"prefix": "7112345", "manufacturer": "` + strings.ToLower(h.Distributor.Addr.Hex()) + `"}`, 400, "invalid", "manufacturer:"},
		{"ErrAlreadyAssigned", "regulator", `{"prefix": "9506000", "manufacturer": "` + m + `"}`, 409, "conflict", "prefix: 9506000 is already assigned"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := assign(t, tc.role, tc.body)
			var e struct {
				Error struct{ Code, Message string }
			}
			_ = json.Unmarshal([]byte(body), &e)
			if status != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.mention) {
				t.Fatalf("got %d %s, want %d %s mentioning %q", status, body, tc.status, tc.code, tc.mention)
			}
		})
	}
	t.Run("ErrAnonymous", func(t *testing.T) {
		if status, body, _ := f.do(t, "GET", "/api/v1/prefixes", "", ""); status != http.StatusUnauthorized {
			t.Fatalf("got %d: %s", status, body)
		}
	})
}

func TestPrefixesPage(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	email, password := w.User(t, w.Regulator)
	b := newBrowserless(t, srv.URL)
	b.signIn(email, password)
	m := w.H.Manufacturer.Addr.Hex()

	t.Run("OK", func(t *testing.T) {
		status, body, _ := b.get("/prefixes")
		if status != http.StatusOK || !strings.Contains(body, `<code>9506000</code>`) || !strings.Contains(body, "Acme Pharma") || !strings.Contains(body, `href="/prefixes" aria-current="page"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("OKAssign", func(t *testing.T) {
		status, _, header := b.post("/prefixes", url.Values{"csrf": {b.csrf}, "prefix": {"0012345"}, "manufacturer": {m}})
		if status != http.StatusSeeOther || header.Get("Location") != "/prefixes" {
			t.Fatalf("got %d", status)
		}
		w.Synced(t)
		if status, body, _ := b.get("/prefixes"); status != http.StatusOK || !strings.Contains(body, "Assigned GS1 company prefix 0012345") || !strings.Contains(body, `<code>0012345</code>`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ErrPrefix", func(t *testing.T) {
		status, body, _ := b.post("/prefixes", url.Values{"csrf": {b.csrf}, "prefix": {"95060"}, "manufacturer": {m}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-prefix-error"`) || !strings.Contains(body, `value="95060"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ErrAlreadyAssigned", func(t *testing.T) {
		status, body, _ := b.post("/prefixes", url.Values{"csrf": {b.csrf}, "prefix": {"9506000"}, "manufacturer": {m}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-prefix-error"`) || !strings.Contains(body, "already assigned") {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ErrNotRegulator", func(t *testing.T) {
		email, password := w.User(t, w.Manufacturer)
		mb := newBrowserless(t, srv.URL)
		mb.signIn(email, password)
		if status, _, _ := mb.get("/prefixes"); status != http.StatusForbidden {
			t.Fatalf("a manufacturer sees the page: %d", status)
		}
	})
}
