package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestKeysAPI: an organisation's token lists and rotates its own keys, a regulator anyone's,
// nobody else; the last key is refused with a clear message.
func TestKeysAPI(t *testing.T) {
	f := newFixture(t)
	w := f.w
	maker := w.Manufacturer.Account.String()
	call := func(t *testing.T, role, method, path, body string) (int, string) {
		t.Helper()
		ct := ""
		if body != "" {
			ct = "application/json"
		}
		status, answer, _ := f.do(t, method, path, ct, body, "Authorization", "Bearer "+f.tokens[role])
		return status, answer
	}
	keysOf := func(t *testing.T, role string) []pedigree.Key {
		t.Helper()
		status, body := call(t, role, "GET", "/api/v1/participants/"+maker+"/keys", "")
		if status != http.StatusOK {
			t.Fatalf("keys as %s: %d %s", role, status, body)
		}
		var got struct{ Keys []pedigree.Key }
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatal(err)
		}
		return got.Keys
	}
	if got := keysOf(t, "manufacturer"); len(got) != 1 || got[0].Address != w.Manufacturer.Account || !got[0].Own || !got[0].Signing || got[0].AddedBy != "Medicines Agency" {
		t.Fatalf("the manufacturer's keys: %+v", got)
	}
	if status, body := call(t, "distributor", "GET", "/api/v1/participants/"+maker+"/keys", ""); status != http.StatusForbidden {
		t.Errorf("a distributor lists the manufacturer's keys: %d %s", status, body)
	}
	if status, body := call(t, "manufacturer", "POST", "/api/v1/participants/"+maker+"/keys/"+maker+"/retire", ""); status != http.StatusConflict ||
		!strings.Contains(body, "the last active key of Acme Pharma: add another key before retiring this one") {
		t.Errorf("retiring the last key: %d %s", status, body)
	}
	if status, body := call(t, "manufacturer", "POST", "/api/v1/participants/"+maker+"/keys", `{"address": "0x12"}`); status != http.StatusBadRequest || !strings.Contains(body, "address:") {
		t.Errorf("a malformed address: %d %s", status, body)
	}
	key := w.H.Keys[1].Addr.Hex()
	if status, body := call(t, "distributor", "POST", "/api/v1/participants/"+maker+"/keys", `{"address": "`+key+`"}`); status != http.StatusForbidden {
		t.Errorf("a distributor adds a key to the manufacturer: %d %s", status, body)
	}
	// A key the organisation keeps (this service does not hold it).
	if status, body := call(t, "regulator", "POST", "/api/v1/participants/"+maker+"/keys", `{"address": "`+key+`"}`); status != http.StatusCreated || !strings.Contains(body, `"held":""`) || !strings.Contains(body, `"signing":false`) {
		t.Fatalf("the regulator adds a key: %d %s", status, body)
	}
	if status, body := call(t, "manufacturer", "POST", "/api/v1/participants/"+maker+"/keys/"+maker+"/retire", ""); status != http.StatusOK {
		t.Fatalf("retiring the own key: %d %s", status, body)
	}
	f.synced(t)
	got := keysOf(t, "regulator")
	if len(got) != 2 || !got[0].Retired || got[0].RetiredBy != "Acme Pharma" || got[1].AddedBy != "Medicines Agency" || got[1].Retired || got[1].Signing || got[1].Held != pedigree.KeyElsewhere {
		t.Fatalf("after the rotation: %+v", got)
	}
}

// TestKeysPage: an administrator sees the organisation's keys from the account page, adds one,
// and retires the old one after a confirmation.
func TestKeysPage(t *testing.T) {
	f := newFixture(t)
	w := f.w
	email, password := w.User(t, w.Distributor)
	b := newBrowserless(t, f.srv.URL)
	b.signIn(email, password)
	if _, body, _ := b.get("/account"); !strings.Contains(body, `href="/keys"`) {
		t.Fatalf("the account page has no link to the keys:\n%s", body)
	}
	own := w.Distributor.Account.String()
	_, body, _ := b.get("/keys")
	if !strings.Contains(body, "Keys of Wholesale One") || !strings.Contains(body, own) || !strings.Contains(body, "the last key") {
		t.Fatalf("the keys page:\n%s", body)
	}
	status, body, _ := b.post("/keys", url.Values{"csrf": {b.csrf}, "kind": {"address"}, "address": {"nonsense"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Enter the key&#39;s address") {
		t.Fatalf("a malformed address: %d\n%s", status, body)
	}
	key := strings.ToLower(w.H.Keys[2].Addr.Hex())
	status, _, header := b.post("/keys", url.Values{"csrf": {b.csrf}, "kind": {"address"}, "address": {key}})
	if status != http.StatusSeeOther {
		t.Fatalf("add: %d", status)
	}
	if _, body, _ = b.get(header.Get("Location")); !strings.Contains(body, "Added key "+key) || !strings.Contains(body, `href="/keys/`+own+`/retire"`) {
		t.Fatalf("after adding:\n%s", body)
	}
	status, body, _ = b.get("/keys/" + own + "/retire")
	if status != http.StatusOK || !strings.Contains(body, "Retire a key of Wholesale One?") || !strings.Contains(body, `id="confirm-retire"`) {
		t.Fatalf("the confirmation: %d\n%s", status, body)
	}
	status, _, header = b.post("/keys/"+own+"/retire", url.Values{"csrf": {b.csrf}})
	if status != http.StatusSeeOther {
		t.Fatalf("retire: %d", status)
	}
	if _, body, _ = b.get(header.Get("Location")); !strings.Contains(body, "Retired key "+own) {
		t.Fatalf("after retiring:\n%s", body)
	}
}
