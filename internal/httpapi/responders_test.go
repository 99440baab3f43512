package httpapi_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestRespondersAPI: the lookup directory is a regulator's administrators' (apiActions,
// pedigree.CanDo), its input validated with 4xx and nothing changed, its tokens never shown.
func TestRespondersAPI(t *testing.T) {
	f := newFixture(t)
	viewer := f.w.TokenAs(t, f.w.Regulator, pedigree.UserViewer)
	operator := f.w.TokenAs(t, f.w.Regulator, pedigree.UserOperator)
	call := func(t *testing.T, method, path, token, body string) (int, string) {
		t.Helper()
		header := []string{}
		if token != "" {
			header = append(header, "Authorization", "Bearer "+token)
		}
		status, out, _ := f.do(t, method, path, "application/json", body, header...)
		return status, out
	}
	const secret = "ped_neighbour_secret_token_4711"
	entry := `{"code": "7612345", "name": "Deployment B", "url": "https://vrs.b.example/pedigree", "token": "` + secret + `"}`
	var added pedigree.Responder

	t.Run("OKAdd", func(t *testing.T) {
		status, body := call(t, "POST", "/api/v1/responders", f.tokens["regulator"], entry)
		if status != http.StatusCreated || strings.Contains(body, secret) || strings.Contains(body, `"token"`) {
			t.Fatalf("add: %d %s", status, body)
		}
		if err := json.Unmarshal([]byte(body), &added); err != nil || added.ID == 0 || added.Code != "7612345" || added.TokenHint != "…4711" {
			t.Fatalf("add: %+v %v", added, err)
		}
	})
	path := "/api/v1/responders/" + strconv.FormatInt(added.ID, 10)
	t.Run("OKList", func(t *testing.T) {
		status, body := call(t, "GET", "/api/v1/responders", f.tokens["regulator"], "")
		if status != http.StatusOK || !strings.Contains(body, `"code":"7612345"`) || strings.Contains(body, secret) {
			t.Fatalf("list: %d %s", status, body)
		}
		if status, body := call(t, "GET", path, f.tokens["regulator"], ""); status != http.StatusOK || !strings.Contains(body, `"name":"Deployment B"`) || strings.Contains(body, secret) {
			t.Fatalf("read: %d %s", status, body)
		}
	})
	t.Run("OKEditKeepsToken", func(t *testing.T) {
		status, body := call(t, "PUT", path, f.tokens["regulator"], `{"code": "7612345", "name": "Deployment B (Ruritania)", "url": "https://vrs.b.example/pedigree"}`)
		if status != http.StatusOK || !strings.Contains(body, `"name":"Deployment B (Ruritania)"`) || !strings.Contains(body, `"token_hint":"…4711"`) {
			t.Fatalf("edit: %d %s", status, body)
		}
	})
	for _, tc := range []struct {
		name, method, path, token, body string
		status                          int
		want                            string
	}{
		{"ErrAnonymous", "GET", "/api/v1/responders", "", "", http.StatusUnauthorized, "unauthorized"},
		{"ErrManufacturer", "GET", "/api/v1/responders", "manufacturer", "", http.StatusForbidden, "a regulator's"},
		{"ErrDispenserAdds", "POST", "/api/v1/responders", "dispenser", entry, http.StatusForbidden, "a regulator's"},
		{"ErrViewer", "GET", "/api/v1/responders", "viewer", "", http.StatusForbidden, "keep the lookup directory"},
		{"ErrOperator", "POST", "/api/v1/responders", "operator", entry, http.StatusForbidden, "keep the lookup directory"},
		{"ErrOperatorRemoves", "DELETE", "/api/v1/responders/1", "operator", "", http.StatusForbidden, "keep the lookup directory"},
		{"ErrPlainHTTP", "POST", "/api/v1/responders", "regulator", `{"code": "7612346", "name": "B", "url": "http://vrs.b.example", "token": "` + secret + `"}`, http.StatusBadRequest, "url: "},
		{"ErrCheckDigit", "POST", "/api/v1/responders", "regulator", `{"code": "07612345000016", "name": "B", "url": "https://vrs.b.example", "token": "` + secret + `"}`, http.StatusBadRequest, "code: "},
		{"ErrNoToken", "POST", "/api/v1/responders", "regulator", `{"code": "7612346", "name": "B", "url": "https://vrs.b.example"}`, http.StatusBadRequest, "token: "},
		{"ErrUnknownField", "POST", "/api/v1/responders", "regulator", `{"code": "7612346", "name": "B", "url": "https://vrs.b.example", "token": "x", "chain": 1}`, http.StatusBadRequest, "chain"},
		{"ErrTwice", "POST", "/api/v1/responders", "regulator", entry, http.StatusConflict, "code: "},
		{"ErrNoSuchEntry", "GET", "/api/v1/responders/999999", "regulator", "", http.StatusNotFound, "no directory entry"},
		{"ErrBadID", "DELETE", "/api/v1/responders/x", "regulator", "", http.StatusNotFound, "no directory entry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			token := map[string]string{"viewer": viewer, "operator": operator}[tc.token]
			if token == "" {
				token = f.tokens[tc.token]
			}
			status, body := call(t, tc.method, tc.path, token, tc.body)
			if status != tc.status || !strings.Contains(body, tc.want) {
				t.Errorf("%s %s: %d %s; want %d saying %q", tc.method, tc.path, status, body, tc.status, tc.want)
			}
			if _, list := call(t, "GET", "/api/v1/responders", f.tokens["regulator"], ""); strings.Count(list, `"id"`) != 1 {
				t.Errorf("the directory changed: %s", list)
			}
		})
	}
	t.Run("OKRemove", func(t *testing.T) {
		if status, body := call(t, "DELETE", path, f.tokens["regulator"], ""); status != http.StatusNoContent {
			t.Fatalf("remove: %d %s", status, body)
		}
		if status, _ := call(t, "GET", path, f.tokens["regulator"], ""); status != http.StatusNotFound {
			t.Errorf("read after removal: %d, want 404", status)
		}
	})
	if strings.Contains(f.logs.String(), secret) {
		t.Errorf("the log shows a responder's token")
	}
}

// TestRespondersPage: the regulator's administrator lists, adds, edits and (once confirmed)
// removes directory entries; the token is never shown back, not even after a refusal.
func TestRespondersPage(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	email, password := w.User(t, w.Regulator)
	b := newBrowserless(t, srv.URL)
	b.signIn(email, password)
	const secret = "ped_page_secret_token_0815"

	t.Run("OKEmpty", func(t *testing.T) {
		status, body, _ := b.get("/responders")
		if status != http.StatusOK || !strings.Contains(body, "The directory is empty") || !strings.Contains(body, `href="/responders" aria-current="page"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		status, body, _ := b.post("/responders", url.Values{"csrf": {b.csrf}, "code": {"7612345"}, "name": {"B"}, "url": {"http://vrs.b.example"}, "token": {secret}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-url-error"`) || strings.Contains(body, secret) || !strings.Contains(body, `value="http://vrs.b.example"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	var id string
	t.Run("OKAdd", func(t *testing.T) {
		status, _, header := b.post("/responders", url.Values{"csrf": {b.csrf}, "code": {"7612345"}, "name": {"Deployment B"}, "url": {"https://vrs.b.example"}, "token": {secret}})
		if status != http.StatusSeeOther || header.Get("Location") != "/responders" {
			t.Fatalf("got %d", status)
		}
		status, body, _ := b.get("/responders")
		if status != http.StatusOK || !strings.Contains(body, "Deployment B answers for 7612345 now.") || !strings.Contains(body, "…0815") || strings.Contains(body, secret) {
			t.Fatalf("got %d:\n%s", status, body)
		}
		_, rest, _ := strings.Cut(body, `href="/responders/`)
		id, _, _ = strings.Cut(rest, "/")
	})
	t.Run("OKEdit", func(t *testing.T) {
		status, body, _ := b.get("/responders/" + id + "/edit")
		if status != http.StatusOK || !strings.Contains(body, `value="https://vrs.b.example"`) || strings.Contains(body, secret) || !strings.Contains(body, "…0815") {
			t.Fatalf("got %d:\n%s", status, body)
		}
		status, _, _ = b.post("/responders/"+id+"/edit", url.Values{"csrf": {b.csrf}, "code": {"7612345"}, "name": {"Deployment B2"}, "url": {"https://vrs2.b.example"}, "token": {""}})
		if status != http.StatusSeeOther {
			t.Fatalf("save: %d", status)
		}
		if _, body, _ := b.get("/responders"); !strings.Contains(body, "Deployment B2") || !strings.Contains(body, "…0815") {
			t.Fatalf("after the edit:\n%s", body)
		}
	})
	t.Run("OKRemoveConfirmed", func(t *testing.T) {
		status, body, _ := b.get("/responders/" + id + "/remove")
		if status != http.StatusOK || !strings.Contains(body, `id="confirm-remove"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
		if _, body, _ := b.get("/responders"); !strings.Contains(body, "Deployment B2") {
			t.Fatalf("asking to confirm removed the entry")
		}
		if status, _, _ := b.post("/responders/"+id+"/remove", url.Values{"csrf": {b.csrf}}); status != http.StatusSeeOther {
			t.Fatalf("remove: %d", status)
		}
		if _, body, _ := b.get("/responders"); !strings.Contains(body, "The directory is empty") {
			t.Fatalf("after removal:\n%s", body)
		}
	})
	t.Run("ErrNotRegulator", func(t *testing.T) {
		email, password := w.User(t, w.Manufacturer)
		mb := newBrowserless(t, srv.URL)
		mb.signIn(email, password)
		if status, _, _ := mb.get("/responders"); status != http.StatusForbidden {
			t.Fatalf("a manufacturer sees the page: %d", status)
		}
	})
}
