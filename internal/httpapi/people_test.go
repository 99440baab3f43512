package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// gln returns the GLN of the 12 digits with its check digit.
func gln(t *testing.T, digits string) string {
	t.Helper()
	d, err := gs1.CheckDigit(digits)
	if err != nil {
		t.Fatal(err)
	}
	return digits + string(d)
}

// peopleWorld serves the world with a keystore, so onboarding can make keys.
func peopleWorld(t *testing.T) (*worldtest.World, string) {
	t.Helper()
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Keystore = keystoreWithKey(t) })
	return w, srv.URL
}

// keystoreWithKey returns a keystore directory holding one key sealed with the world's
// passphrase: unlock refuses an empty one.
func keystoreWithKey(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).NewAccount(worldtest.Passphrase); err != nil {
		t.Fatal(err)
	}
	return dir
}

// api sends a JSON request with token and returns the status and the decoded body.
func api(t *testing.T, base, token, method, path string, body any) (int, map[string]any) {
	t.Helper()
	data, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, base+path, bytes.NewReader(data))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

var oneTimeLink = regexp.MustCompile(`https?://[^"<\s]+/invitations/[A-Za-z0-9_-]+`)

// acceptInvitation sets the password through link and returns the status.
func acceptInvitation(t *testing.T, base, link, pass string) (int, string) {
	t.Helper()
	b := newBrowserless(t, base)
	path := strings.TrimPrefix(link, base)
	if status, body, _ := b.get(path); status != http.StatusOK {
		return status, body
	}
	status, body, _ := b.post(path, url.Values{"password": {pass}, "confirm": {pass}})
	return status, body
}

func TestOnboarding(t *testing.T) {
	w, base := peopleWorld(t)
	regulator, maker := w.Token(t, w.Regulator), w.Token(t, w.Manufacturer)
	distributor := map[string]any{"name": "Northwind Wholesale", "role": "distributor", "gln": gln(t, "409876500001"), "admin_email": "boss@northwind.test"}

	t.Run("ErrNotRegulator", func(t *testing.T) {
		if status, _ := api(t, base, maker, "POST", "/api/v1/organisations", distributor); status != http.StatusForbidden {
			t.Errorf("a manufacturer onboarding: %d, want 403", status)
		}
		if status, _ := api(t, base, "", "POST", "/api/v1/organisations", distributor); status != http.StatusUnauthorized {
			t.Errorf("anonymous onboarding: %d, want 401", status)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for field, change := range map[string]func(m map[string]any){
			"name":        func(m map[string]any) { m["name"] = " " },
			"role":        func(m map[string]any) { m["role"] = "boss" },
			"gln":         func(m map[string]any) { m["gln"] = "4098765000011" },
			"admin_email": func(m map[string]any) { m["admin_email"] = "boss" },
			"prefixes":    func(m map[string]any) { m["prefixes"] = []string{"4098765"} }, // a distributor
		} {
			m := map[string]any{}
			for k, v := range distributor {
				m[k] = v
			}
			change(m)
			status, out := api(t, base, regulator, "POST", "/api/v1/organisations", m)
			msg, _ := out["error"].(map[string]any)["message"].(string)
			if status != http.StatusBadRequest || !strings.HasPrefix(msg, field+":") {
				t.Errorf("bad %s: %d %q, want 400 naming the field", field, status, msg)
			}
		}
	})

	var first map[string]any
	t.Run("OK", func(t *testing.T) {
		status, out := api(t, base, regulator, "POST", "/api/v1/organisations", distributor)
		if status != http.StatusCreated || out["id"] == nil || out["account"] == nil || !oneTimeLink.MatchString(out["invitation_url"].(string)) {
			t.Fatalf("onboarding: %d %v", status, out)
		}
		first = out
	})
	if first == nil {
		t.FailNow()
	}
	var link string
	t.Run("RetryDoublesNothing", func(t *testing.T) {
		status, out := api(t, base, regulator, "POST", "/api/v1/organisations", distributor)
		if status != http.StatusCreated || out["id"] != first["id"] || out["account"] != first["account"] {
			t.Fatalf("retry: %d %v, want the same organisation %v", status, out, first)
		}
		link = out["invitation_url"].(string)
		if link == first["invitation_url"] {
			t.Errorf("the retry gave the same link")
		}
		if status, _ := acceptInvitation(t, base, first["invitation_url"].(string), "plum-ferry-otter-42"); status != http.StatusNotFound {
			t.Errorf("the replaced link: %d, want 404", status)
		}
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM organisations WHERE gln = $1`, distributor["gln"]).Scan(&n); err != nil || n != 1 {
			t.Errorf("organisations with the GLN: %d (%v), want 1", n, err)
		}
		other := map[string]any{"name": "Someone Else", "role": "distributor", "gln": distributor["gln"], "admin_email": "boss@northwind.test"}
		if status, _ := api(t, base, regulator, "POST", "/api/v1/organisations", other); status != http.StatusConflict {
			t.Errorf("the GLN with other details: %d, want 409", status)
		}
	})
	t.Run("ManufacturerKeepingItsKey", func(t *testing.T) {
		m := map[string]any{"name": "Own Key Labs", "role": "manufacturer", "gln": gln(t, "409876500002"), "admin_email": "admin@ownkey.test",
			"prefixes": []string{"4098766"}, "account": "0x00000000000000000000000000000000000000aa"}
		status, out := api(t, base, regulator, "POST", "/api/v1/organisations", m)
		if status != http.StatusCreated || !strings.EqualFold(out["account"].(string), "0x00000000000000000000000000000000000000aa") {
			t.Fatalf("onboarding: %d %v", status, out)
		}
	})
	t.Run("Invitation", func(t *testing.T) {
		if status, body := acceptInvitation(t, base, link, "password1234"); status != http.StatusBadRequest || !strings.Contains(body, "common") {
			t.Errorf("a common password: %d, want 400 saying it is common", status)
		}
		if status, body := acceptInvitation(t, base, link, "short"); status != http.StatusBadRequest || !strings.Contains(body, "too short") {
			t.Errorf("a short password: %d, want 400", status)
		}
		if status, body := acceptInvitation(t, base, link, "plum-ferry-otter-42"); status != http.StatusSeeOther {
			t.Fatalf("accept: %d %s", status, body)
		}
		if status, _ := acceptInvitation(t, base, link, "plum-ferry-otter-43"); status != http.StatusNotFound {
			t.Errorf("the link used again: %d, want 404", status)
		}
		b := newBrowserless(t, base)
		b.signIn("boss@northwind.test", "plum-ferry-otter-42")
	})
}

// TestLinkExpiry: links end at their lifetime.
func TestLinkExpiry(t *testing.T) {
	w := worldtest.New(t)
	now := time.Now()
	users := postgres.NewUsers(w.Pool, func() time.Time { return now })
	ctx := context.Background()
	p, invitation, err := users.Invite(ctx, w.Dispenser.ID, "new@pharmacy.test", "New", pedigree.UserOperator)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(pedigree.InvitationLife + time.Second)
	if _, err := users.UseLink(ctx, invitation, "plum-ferry-otter-42"); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Errorf("an expired invitation: %v, want ENOTFOUND", err)
	}
	invitation, err = users.Reinvite(ctx, w.Dispenser.ID, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := users.UseLink(ctx, invitation, "plum-ferry-otter-42"); err != nil {
		t.Fatal(err)
	}
	reset, err := users.ResetLink(ctx, w.Dispenser.ID, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(pedigree.ResetLife + time.Second)
	if _, err := users.UseLink(ctx, reset, "plum-ferry-otter-44"); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Errorf("an expired reset link: %v, want ENOTFOUND", err)
	}
	if _, err := users.ResetLink(ctx, w.Manufacturer.ID, p.ID); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Errorf("another organisation's reset link: %v, want ENOTFOUND", err)
	}
}

// TestRolesWithinOrganisation: every rule of pedigree.CanDo, on the pages, with its refusals.
func TestRolesWithinOrganisation(t *testing.T) {
	w, base := peopleWorld(t)
	regulator := w.Token(t, w.Regulator)
	status, out := api(t, base, regulator, "POST", "/api/v1/organisations", map[string]any{
		"name": "Northwind Wholesale", "role": "distributor", "gln": gln(t, "409876500001"), "admin_email": "boss@northwind.test"})
	if status != http.StatusCreated {
		t.Fatalf("onboard: %d %v", status, out)
	}
	const pass = "plum-ferry-otter-42"
	if status, body := acceptInvitation(t, base, out["invitation_url"].(string), pass); status != http.StatusSeeOther {
		t.Fatalf("accept: %d %s", status, body)
	}
	admin := newBrowserless(t, base)
	admin.signIn("boss@northwind.test", pass)

	invite := func(email, role string) {
		t.Helper()
		admin.get("/people")
		status, body, _ := admin.post("/people", url.Values{"csrf": {admin.csrf}, "email": {email}, "name": {role}, "role": {role}})
		link := oneTimeLink.FindString(body)
		if status != http.StatusOK || link == "" {
			t.Fatalf("invite %s: %d", email, status)
		}
		if status, body := acceptInvitation(t, base, link, pass); status != http.StatusSeeOther {
			t.Fatalf("accept %s: %d %s", email, status, body)
		}
	}
	invite("op@northwind.test", "operator")
	invite("view@northwind.test", "viewer")
	operator, viewer := newBrowserless(t, base), newBrowserless(t, base)
	operator.signIn("op@northwind.test", pass)
	viewer.signIn("view@northwind.test", pass)
	// A user of another organisation, for the cross-organisation rule.
	otherEmail, _ := w.User(t, w.Dispenser)
	var otherID, viewerID int64
	ctx := context.Background()
	if err := w.Pool.QueryRow(ctx, `SELECT id FROM users WHERE email = $1`, otherEmail).Scan(&otherID); err != nil {
		t.Fatal(err)
	}
	if err := w.Pool.QueryRow(ctx, `SELECT id FROM users WHERE email = 'view@northwind.test'`).Scan(&viewerID); err != nil {
		t.Fatal(err)
	}
	admin.get("/tokens")
	_, body, _ := admin.post("/tokens", url.Values{"csrf": {admin.csrf}, "name": {"scanner"}})
	if !regexp.MustCompile(`pdg_[a-z2-7]+`).MatchString(body) {
		t.Fatalf("the new token's secret is not shown")
	}
	var tokenID int64
	if err := w.Pool.QueryRow(ctx, `SELECT max(id) FROM api_tokens WHERE name = 'scanner'`).Scan(&tokenID); err != nil {
		t.Fatal(err)
	}
	itoa := func(n int64) string { return strconv.FormatInt(n, 10) }

	clients := map[string]*browserless{"administrator": admin, "operator": operator, "viewer": viewer}
	for _, tc := range []struct {
		name, method, path string
		form               url.Values
		want               map[string]int // by role
	}{
		{"SeePeople", "GET", "/people", nil, map[string]int{"administrator": 200, "operator": 403, "viewer": 403}},
		{"Invite", "POST", "/people", url.Values{"email": {"x@northwind.test"}, "role": {"viewer"}}, map[string]int{"operator": 403, "viewer": 403}},
		{"ChangeRole", "POST", "/people/" + itoa(viewerID) + "/role", url.Values{"role": {"administrator"}}, map[string]int{"operator": 403, "viewer": 403}},
		{"Disable", "POST", "/people/" + itoa(viewerID) + "/disable", nil, map[string]int{"operator": 403, "viewer": 403}},
		{"ResetLink", "POST", "/people/" + itoa(viewerID) + "/reset", nil, map[string]int{"administrator": 200, "operator": 403, "viewer": 403}},
		{"SeeTokens", "GET", "/tokens", nil, map[string]int{"administrator": 200, "operator": 403, "viewer": 403}},
		{"CreateToken", "POST", "/tokens", url.Values{"name": {"x"}}, map[string]int{"operator": 403, "viewer": 403}},
		{"RevokeToken", "POST", "/tokens/" + itoa(tokenID) + "/revoke", nil, map[string]int{"operator": 403, "viewer": 403}},
		{"OwnAccount", "GET", "/account", nil, map[string]int{"administrator": 200, "operator": 200, "viewer": 200}},
		{"ActOnChain", "POST", "/shipments/1/accept", nil, map[string]int{"viewer": 403}},
		{"ErrOtherOrganisationsUser", "POST", "/people/" + itoa(otherID) + "/disable", nil, map[string]int{"administrator": 404}},
		{"ErrOtherOrganisationsReset", "POST", "/people/" + itoa(otherID) + "/reset", nil, map[string]int{"administrator": 404}},
	} {
		for role, want := range tc.want {
			t.Run(tc.name+"/"+role, func(t *testing.T) {
				b := clients[role]
				var status int
				var body string
				if tc.method == "GET" {
					status, body, _ = b.get(tc.path)
				} else {
					b.get("/account")
					form := url.Values{"csrf": {b.csrf}}
					for k, v := range tc.form {
						form[k] = v
					}
					status, body, _ = b.post(tc.path, form)
				}
				if status != want {
					t.Errorf("%s %s as %s: %d, want %d", tc.method, tc.path, role, status, want)
				}
				if r, _ := pedigree.ParseUserRole(role); want == 403 && !strings.Contains(body, pedigree.Article(r)+" may not") {
					t.Errorf("%s %s as %s: the refusal does not name the role: %s", tc.method, tc.path, role, body)
				}
			})
		}
	}
	t.Run("OperatorActs", func(t *testing.T) {
		operator.get("/account")
		_, body, _ := operator.post("/shipments/1/accept", url.Values{"csrf": {operator.csrf}})
		if strings.Contains(body, "may not act for the organisation") {
			t.Errorf("an operator was refused as a viewer")
		}
	})
	t.Run("ErrLastAdministrator", func(t *testing.T) {
		var adminID int64
		if err := w.Pool.QueryRow(ctx, `SELECT id FROM users WHERE email = 'boss@northwind.test'`).Scan(&adminID); err != nil {
			t.Fatal(err)
		}
		admin.get("/account")
		if status, _, _ := admin.post("/people/"+itoa(adminID)+"/role", url.Values{"csrf": {admin.csrf}, "role": {"viewer"}}); status != http.StatusBadRequest {
			t.Errorf("demoting the last administrator: %d, want 400", status)
		}
	})
	t.Run("PasswordChange", func(t *testing.T) {
		viewer.get("/account")
		if status, _, _ := viewer.post("/account/password", url.Values{"csrf": {viewer.csrf}, "current": {"wrong-wrong-wrong"}, "password": {"lemon-kettle-88"}, "confirm": {"lemon-kettle-88"}}); status != http.StatusBadRequest {
			t.Errorf("a wrong current password: %d, want 400", status)
		}
		if status, _, _ := viewer.post("/account/password", url.Values{"csrf": {viewer.csrf}, "current": {pass}, "password": {"qwerty123456"}, "confirm": {"qwerty123456"}}); status != http.StatusBadRequest {
			t.Errorf("a common new password: %d, want 400", status)
		}
		if status, _, _ := viewer.post("/account/password", url.Values{"csrf": {viewer.csrf}, "current": {pass}, "password": {"lemon-kettle-88"}, "confirm": {"lemon-kettle-88"}}); status != http.StatusSeeOther {
			t.Errorf("a password change: %d, want 303", status)
		}
	})
	t.Run("DisabledCannotSignIn", func(t *testing.T) {
		admin.get("/account")
		if status, body, _ := admin.post("/people/"+itoa(viewerID)+"/disable", url.Values{"csrf": {admin.csrf}}); status != http.StatusSeeOther {
			t.Fatalf("disable: %d %s", status, body)
		}
		if status, _, _ := viewer.get("/account"); status != http.StatusSeeOther {
			t.Errorf("a disabled user's session: %d, want 303 to sign in", status)
		}
		b := newBrowserless(t, base)
		if status, _, _ := b.post("/login", url.Values{"email": {"view@northwind.test"}, "password": {"lemon-kettle-88"}}); status == http.StatusSeeOther {
			t.Errorf("a disabled user signed in")
		}
	})
}
