package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// errorMessage returns the message of an API error answer, "" for none.
func errorMessage(body string) string {
	var e struct {
		Error struct{ Code, Message string }
	}
	_ = json.Unmarshal([]byte(body), &e)
	return e.Error.Message
}

// TestPeopleAPI: the people, sessions and API tokens of an organisation through the JSON API,
// with bad input (400 naming the field), unknown ids and other organisations' users (404, the
// same), and secrets shown once.
func TestPeopleAPI(t *testing.T) {
	rw := newRoleWorld(t)
	w := rw.w
	ctx := context.Background()
	admin := rw.tokens["distributor"][pedigree.UserAdministrator]
	viewer := rw.users["distributor"][pedigree.UserViewer]
	stranger := rw.users["dispenser"][pedigree.UserViewer] // of another organisation
	id := func(u pedigree.User) string { return fmt.Sprint(u.ID) }

	var inviteeID string
	t.Run("Invite", func(t *testing.T) {
		good := map[string]string{"email": "new@distributor.test", "name": "New One", "role": "operator"}
		for field, bad := range map[string]map[string]string{
			"email": {"email": "new", "name": "New One", "role": "operator"},
			"role":  {"email": "new@distributor.test", "name": "New One", "role": "boss"},
			"name":  {"email": "new@distributor.test", "name": "New\x00One", "role": "operator"},
		} {
			status, body := rw.call(t, admin, "POST", "/api/v1/users", bad)
			if status != http.StatusBadRequest || !strings.HasPrefix(errorMessage(body), field+":") {
				t.Errorf("a bad %s: %d %s, want 400 naming it", field, status, body)
			}
		}
		status, body := rw.call(t, admin, "POST", "/api/v1/users", good)
		var out struct {
			User          map[string]any
			InvitationURL string `json:"invitation_url"`
		}
		if err := json.Unmarshal([]byte(body), &out); status != http.StatusCreated || err != nil || !oneTimeLink.MatchString(out.InvitationURL) || out.User["status"] != "invited" {
			t.Fatalf("invite: %d %s", status, body)
		}
		inviteeID = fmt.Sprint(out.User["id"])
		if status, _ := rw.call(t, admin, "POST", "/api/v1/users", good); status != http.StatusConflict {
			t.Errorf("the same email again: %d, want 409", status)
		}
		if status, body := acceptInvitation(t, rw.base, out.InvitationURL, "lemon-kettle-88-x"); status != http.StatusSeeOther {
			t.Fatalf("accept: %d %s", status, body)
		}
	})
	t.Run("List", func(t *testing.T) {
		status, body := rw.call(t, admin, "GET", "/api/v1/users", nil)
		if status != 200 || !strings.Contains(body, `"new@distributor.test"`) || !strings.Contains(body, `"status":"active"`) || strings.Contains(body, "@dispenser.test") {
			t.Fatalf("list: %d %s", status, body)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		before := takeSnapshot(t, w)
		for _, who := range []string{id(stranger), "999999", "abc"} {
			for _, r := range []struct{ method, path string }{
				{"GET", "/api/v1/users/" + who}, {"POST", "/api/v1/users/" + who + "/disable"}, {"POST", "/api/v1/users/" + who + "/reset-link"},
				{"GET", "/api/v1/users/" + who + "/sessions"}, {"DELETE", "/api/v1/users/" + who + "/two-factor"},
			} {
				status, body := rw.call(t, admin, r.method, r.path, nil)
				if status != http.StatusNotFound || !strings.Contains(errorMessage(body), "no user "+who+" in your organisation") {
					t.Errorf("%s %s: %d %s, want 404 as for no user", r.method, r.path, status, body)
				}
			}
			status, body := rw.call(t, admin, "POST", "/api/v1/users/"+who+"/role", map[string]string{"role": "viewer"})
			if status != http.StatusNotFound {
				t.Errorf("the role of user %s: %d %s, want 404", who, status, body)
			}
		}
		if d := before.differs(takeSnapshot(t, w)); d != "" {
			t.Errorf("refused requests changed something: %s", d)
		}
	})
	t.Run("ChangeRole", func(t *testing.T) {
		if status, body := rw.call(t, admin, "POST", "/api/v1/users/"+inviteeID+"/role", map[string]string{"role": "chief"}); status != 400 || !strings.HasPrefix(errorMessage(body), "role:") {
			t.Errorf("a bad role: %d %s", status, body)
		}
		self := id(rw.users["distributor"][pedigree.UserAdministrator])
		if status, body := rw.call(t, admin, "POST", "/api/v1/users/"+self+"/role", map[string]string{"role": "viewer"}); status != 400 || !strings.HasPrefix(errorMessage(body), "role:") {
			t.Errorf("demoting the last administrator: %d %s, want 400", status, body)
		}
		status, body := rw.call(t, admin, "POST", "/api/v1/users/"+inviteeID+"/role", map[string]string{"role": "viewer"})
		if status != 200 || !strings.Contains(body, `"role":"viewer"`) {
			t.Errorf("change role: %d %s", status, body)
		}
	})
	t.Run("ResetLink", func(t *testing.T) {
		status, body := rw.call(t, admin, "POST", "/api/v1/users/"+inviteeID+"/reset-link", nil)
		link := oneTimeLink.FindString(body)
		if status != http.StatusCreated || link == "" || !strings.Contains(body, `"reset_url"`) {
			t.Fatalf("reset link: %d %s", status, body)
		}
		if status, _ := acceptInvitation(t, rw.base, link, "walnut-barge-77-y"); status != http.StatusSeeOther {
			t.Errorf("using the reset link: %d", status)
		}
		b := newBrowserless(t, rw.base)
		b.signIn("new@distributor.test", "walnut-barge-77-y")
	})
	t.Run("Sessions", func(t *testing.T) {
		b := newBrowserless(t, rw.base)
		b.signIn(viewer.Email, rolePassword)
		status, body := rw.call(t, admin, "GET", "/api/v1/users/"+id(viewer)+"/sessions", nil)
		var out struct{ Sessions []struct{ ID string } }
		if err := json.Unmarshal([]byte(body), &out); status != 200 || err != nil || len(out.Sessions) != 1 {
			t.Fatalf("sessions: %d %s", status, body)
		}
		sid := out.Sessions[0].ID
		// The viewer sees it among their own; the organisation's token has none, being no one.
		if status, body := rw.call(t, rw.tokens["distributor"][pedigree.UserViewer], "GET", "/api/v1/account/sessions", nil); status != 200 || !strings.Contains(body, sid) {
			t.Errorf("own sessions: %d %s", status, body)
		}
		if status, body := rw.call(t, w.Token(t, w.Distributor), "GET", "/api/v1/account/sessions", nil); status != 403 || !strings.Contains(body, "not a person's") {
			t.Errorf("the organisation's token's own sessions: %d %s, want 403", status, body)
		}
		// Another user's session is not theirs to end.
		if status, _ := rw.call(t, rw.tokens["distributor"][pedigree.UserOperator], "DELETE", "/api/v1/account/sessions/"+sid, nil); status != 404 {
			t.Errorf("ending a colleague's session as one's own: %d, want 404", status)
		}
		if status, body := rw.call(t, admin, "DELETE", "/api/v1/users/"+id(viewer)+"/sessions/"+sid, nil); status != http.StatusNoContent {
			t.Fatalf("end session: %d %s", status, body)
		}
		if status, _, _ := b.get("/account"); status != http.StatusSeeOther {
			t.Errorf("the ended session still opens pages: %d", status)
		}
		if status, _ := rw.call(t, admin, "DELETE", "/api/v1/users/"+id(viewer)+"/sessions/"+sid, nil); status != 404 {
			t.Errorf("ending it again: %d, want 404", status)
		}
		// The viewer ends a session of their own.
		own := newBrowserless(t, rw.base)
		own.signIn(viewer.Email, rolePassword)
		mine := signInSession(t, w, viewer)
		if status, body := rw.call(t, rw.tokens["distributor"][pedigree.UserViewer], "DELETE", "/api/v1/account/sessions/"+mine, nil); status != http.StatusNoContent {
			t.Fatalf("ending one's own session: %d %s", status, body)
		}
		if status, body := rw.call(t, rw.tokens["distributor"][pedigree.UserViewer], "GET", "/api/v1/account/sessions", nil); status != 200 || strings.Contains(body, mine) || strings.Count(body, `"id"`) != 1 {
			t.Errorf("own sessions after ending one: %d %s, want the other alone", status, body)
		}
	})
	t.Run("APITokens", func(t *testing.T) {
		for field, bad := range map[string]map[string]any{
			"name":     {"name": " ", "role": "operator"},
			"role":     {"name": "till", "role": "boss"},
			"personal": {"name": "till", "personal": true}, // the organisation's token is no person
		} {
			token := admin
			if field == "personal" {
				token = w.Token(t, w.Distributor)
			}
			status, body := rw.call(t, token, "POST", "/api/v1/api-tokens", bad)
			if status != 400 || !strings.HasPrefix(errorMessage(body), field+":") {
				t.Errorf("a bad %s: %d %s, want 400 naming it", field, status, body)
			}
		}
		status, body := rw.call(t, admin, "POST", "/api/v1/api-tokens", map[string]any{"name": "warehouse scanner"})
		var created struct{ Token, Role string }
		if err := json.Unmarshal([]byte(body), &created); status != http.StatusCreated || err != nil || !strings.HasPrefix(created.Token, "pdg_") || created.Role != "operator" {
			t.Fatalf("create: %d %s", status, body)
		}
		// It acts as an operator: it verifies, and manages no one.
		if status, _ := rw.call(t, created.Token, "POST", "/api/v1/verify", map[string]string{"code": "(01)09506000134352(10)VERIFY(21)" + w.Batch.Serials[1]}); status != 200 {
			t.Errorf("the new token verifying: %d", status)
		}
		if status, _ := rw.call(t, created.Token, "GET", "/api/v1/users", nil); status != 403 {
			t.Errorf("the new operator's token listing users: %d, want 403", status)
		}
		status, body = rw.call(t, admin, "GET", "/api/v1/api-tokens", nil)
		var list struct {
			APITokens []struct {
				ID       int64
				Name     string
				Role     string
				UserID   int64      `json:"user_id"`
				Created  time.Time  `json:"created_at"`
				LastUsed *time.Time `json:"last_used_at"`
			} `json:"api_tokens"`
		}
		if err := json.Unmarshal([]byte(body), &list); status != 200 || err != nil || strings.Contains(body, created.Token) || strings.Contains(body, "hash") {
			t.Fatalf("list: %d %s", status, body)
		}
		var scanner int64
		for _, tk := range list.APITokens {
			if tk.Name == "warehouse scanner" {
				scanner = tk.ID
				if tk.Role != "operator" || tk.Created.IsZero() || tk.LastUsed == nil || tk.UserID != 0 {
					t.Errorf("the listed token: %+v, want an operator's, used", tk)
				}
			}
		}
		if scanner == 0 {
			t.Fatalf("the new token is not listed: %s", body)
		}
		other := w.Token(t, w.Dispenser)
		var otherID int64
		if err := w.Pool.QueryRow(ctx, `SELECT max(id) FROM api_tokens WHERE organisation_id = $1`, w.Dispenser.ID).Scan(&otherID); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{fmt.Sprint(otherID), "999999", "abc"} {
			if status, _ := rw.call(t, admin, "DELETE", "/api/v1/api-tokens/"+bad, nil); status != 404 {
				t.Errorf("revoking token %s: %d, want 404", bad, status)
			}
		}
		if status, _ := rw.call(t, other, "GET", "/api/v1/users", nil); status != 200 {
			t.Errorf("another organisation's token was revoked: %d", status)
		}
		if status, body := rw.call(t, admin, "DELETE", fmt.Sprintf("/api/v1/api-tokens/%d", scanner), nil); status != http.StatusNoContent {
			t.Fatalf("revoke: %d %s", status, body)
		}
		if status, _ := rw.call(t, created.Token, "POST", "/api/v1/verify", map[string]string{"code": "(01)09506000134352(10)VERIFY(21)" + w.Batch.Serials[1]}); status != 401 {
			t.Errorf("the revoked token: %d, want 401", status)
		}
		status, body = rw.call(t, admin, "POST", "/api/v1/api-tokens", map[string]any{"name": "mine", "role": "administrator", "personal": true})
		if status != http.StatusCreated || !strings.Contains(body, `"personal":true`) {
			t.Errorf("a personal token: %d %s", status, body)
		}
	})
	t.Run("TokensPage", func(t *testing.T) {
		b := newBrowserless(t, rw.base)
		b.signIn(rw.users["distributor"][pedigree.UserAdministrator].Email, rolePassword)
		b.get("/tokens")
		if status, body, _ := b.post("/tokens", url.Values{"csrf": {b.csrf}, "name": {"page token"}, "role": {"chief"}}); status != 400 || !strings.Contains(body, "administrator, operator or viewer") {
			t.Errorf("a bad role on the page: %d", status)
		}
		status, body, _ := b.post("/tokens", url.Values{"csrf": {b.csrf}, "name": {"page token"}, "role": {"viewer"}, "personal": {"on"}})
		secret := regexp.MustCompile(`pdg_[a-z2-7]+`).FindString(body)
		if status != 200 || secret == "" || !strings.Contains(body, "(personal: administrator@distributor.test)") {
			t.Fatalf("a personal viewer's token on the page: %d", status)
		}
		if status, body := rw.call(t, secret, "GET", "/api/v1/account/two-factor", nil); status != 200 {
			t.Errorf("the personal token's own two-factor status: %d %s", status, body)
		}
		if status, body := rw.call(t, secret, "POST", "/api/v1/packs/undo", map[string]any{"codes": []string{"x"}}); status != 403 || !strings.Contains(body, "a viewer may not act") {
			t.Errorf("the viewer's token acting: %d %s, want 403", status, body)
		}
	})
	t.Run("DisabledUsersTokenStops", func(t *testing.T) {
		token := rw.tokens["distributor"][pedigree.UserOperator]
		op := id(rw.users["distributor"][pedigree.UserOperator])
		if status, body := rw.call(t, admin, "POST", "/api/v1/users/"+op+"/disable", nil); status != 200 || !strings.Contains(body, `"status":"disabled"`) {
			t.Fatalf("disable: %d %s", status, body)
		}
		if status, body := rw.call(t, token, "GET", "/api/v1/account/sessions", nil); status != 401 || !strings.Contains(body, "disabled") {
			t.Errorf("a disabled user's personal token: %d %s, want 401", status, body)
		}
		if status, _ := rw.call(t, admin, "POST", "/api/v1/users/"+op+"/enable", nil); status != 200 {
			t.Fatalf("enable: %d", status)
		}
		if status, _ := rw.call(t, token, "GET", "/api/v1/account/sessions", nil); status != 200 {
			t.Errorf("the enabled user's personal token: %d, want 200", status)
		}
	})
	t.Run("Audited", func(t *testing.T) {
		var n int
		if err := w.Pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE organisation_id = $1 AND action IN
			('POST /api/v1/users', 'POST /api/v1/users/{id}/disable', 'DELETE /api/v1/api-tokens/{id}', 'DELETE /api/v1/users/{id}/sessions/{session}')
			AND who LIKE 'API token pdg_%(administrator) of Wholesale One, for Administrator of Wholesale One <administrator@distributor.test>'`,
			w.Distributor.ID).Scan(&n); err != nil || n < 8 {
			t.Errorf("audit entries of the administrator's token: %d (%v)", n, err)
		}
	})
}

// TestTwoFactorManagement: a user turns their second factor off (password and a current
// code) or replaces their recovery codes (a current code; the old ones stop working), through
// the API and the pages; an administrator resets a colleague's (a confirmation first on the
// page); an administrator whose organisation requires it cannot turn it off.
func TestTwoFactorManagement(t *testing.T) {
	rw := newRoleWorld(t)
	w := rw.w
	ctx := context.Background()
	tf, err := postgres.NewTwoFactor(w.Pool, nil, mustTwoFactorKey(t))
	if err != nil {
		t.Fatal(err)
	}
	status2FA := func(u pedigree.User) pedigree.TwoFactorStatus {
		t.Helper()
		st, err := tf.Status(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	// signsInWith reports whether code completes u's sign-in.
	signsInWith := func(u pedigree.User, code string) bool {
		t.Helper()
		pending, err := tf.Begin(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = tf.Complete(ctx, pending, code, "192.0.2.9")
		return err == nil
	}

	t.Run("API", func(t *testing.T) {
		u, token := rw.users["dispenser"][pedigree.UserViewer], rw.tokens["dispenser"][pedigree.UserViewer]
		if status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/off", map[string]string{"password": rolePassword, "code": "123456"}); status != 404 {
			t.Errorf("turning off what is not on: %d %s, want 404", status, body)
		}
		secret, recovery := turnOnTwoFactor(t, tf, u)
		code := func(d time.Duration) string { c, _ := totp.GenerateCode(secret, time.Now().Add(d)); return c }
		if status, body := rw.call(t, token, "GET", "/api/v1/account/two-factor", nil); status != 200 || body != `{"enabled":true,"required":false}`+"\n" {
			t.Errorf("status: %d %s", status, body)
		}
		if status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": ""}); status != 400 || !strings.HasPrefix(errorMessage(body), "code:") {
			t.Errorf("no code: %d %s", status, body)
		}
		if status, _ := rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": "000000"}); status != 401 {
			t.Errorf("a wrong code: %d, want 401", status)
		}
		if status, _ := rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": recovery[0]}); status != 401 {
			t.Errorf("a recovery code for new recovery codes: %d, want 401 (a current code from the app)", status)
		}
		status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": code(0)})
		var out struct {
			Codes []string `json:"recovery_codes"`
		}
		if err := json.Unmarshal([]byte(body), &out); status != http.StatusCreated || err != nil || len(out.Codes) != pedigree.RecoveryCodes {
			t.Fatalf("new recovery codes: %d %s", status, body)
		}
		if signsInWith(u, recovery[1]) {
			t.Errorf("an old recovery code still signs in")
		}
		if !signsInWith(u, out.Codes[0]) {
			t.Errorf("a new recovery code does not sign in")
		}
		for field, body := range map[string]map[string]string{
			"password": {"password": "wrong-wrong-wrong", "code": code(30 * time.Second)},
			"code":     {"password": rolePassword, "code": "000000"},
		} {
			status, resp := rw.call(t, token, "POST", "/api/v1/account/two-factor/off", body)
			if status != 401 || !strings.HasPrefix(errorMessage(resp), field+":") || !status2FA(u).Enabled {
				t.Errorf("turning off with a wrong %s: %d %s, want 401 naming it and still on", field, status, resp)
			}
		}
		if status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/off", map[string]string{"password": rolePassword, "code": out.Codes[1]}); status != 200 || status2FA(u).Enabled {
			t.Fatalf("turn off: %d %s", status, body)
		}
		if signsInWith(u, out.Codes[2]) {
			t.Errorf("a recovery code works after two-factor sign-in was turned off")
		}
	})
	t.Run("ErrRequiredOfAdministrators", func(t *testing.T) {
		u, token := rw.users["dispenser"][pedigree.UserAdministrator], rw.tokens["dispenser"][pedigree.UserAdministrator]
		secret, _ := turnOnTwoFactor(t, tf, u)
		if err := tf.SetRequired(ctx, w.Dispenser.ID, true); err != nil {
			t.Fatal(err)
		}
		defer tf.SetRequired(ctx, w.Dispenser.ID, false)
		code, _ := totp.GenerateCode(secret, time.Now())
		status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/off", map[string]string{"password": rolePassword, "code": code})
		if status != 403 || !strings.Contains(body, "Corner Pharmacy requires two-factor sign-in of its administrators") || !status2FA(u).Enabled {
			t.Errorf("an administrator turning off what is required: %d %s, want 403 and still on", status, body)
		}
		if status, body := rw.call(t, token, "GET", "/api/v1/account/two-factor", nil); !strings.Contains(body, `"required":true`) {
			t.Errorf("status: %d %s", status, body)
		}
	})
	t.Run("ErrRateLimited", func(t *testing.T) {
		u, token := rw.users["manufacturer"][pedigree.UserViewer], rw.tokens["manufacturer"][pedigree.UserViewer]
		secret, _ := turnOnTwoFactor(t, tf, u)
		for range pedigree.MaxCodeFailures {
			rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": "000000"})
		}
		code, _ := totp.GenerateCode(secret, time.Now())
		if status, body := rw.call(t, token, "POST", "/api/v1/account/two-factor/recovery-codes", map[string]string{"code": code}); status != 429 {
			t.Errorf("a right code after too many wrong ones: %d %s, want 429", status, body)
		}
	})
	t.Run("AdministratorResets", func(t *testing.T) {
		colleague := rw.users["distributor"][pedigree.UserOperator]
		admin := rw.tokens["distributor"][pedigree.UserAdministrator]
		if status, _ := rw.call(t, admin, "DELETE", fmt.Sprintf("/api/v1/users/%d/two-factor", colleague.ID), nil); status != 404 {
			t.Errorf("resetting a colleague without it: %d, want 404", status)
		}
		turnOnTwoFactor(t, tf, colleague)
		if status, body := rw.call(t, admin, "DELETE", fmt.Sprintf("/api/v1/users/%d/two-factor", colleague.ID), nil); status != http.StatusNoContent || status2FA(colleague).Enabled {
			t.Fatalf("reset: %d %s", status, body)
		}
	})
	t.Run("Pages", func(t *testing.T) {
		u := rw.users["regulator"][pedigree.UserOperator]
		b := newBrowserless(t, rw.base)
		b.signIn(u.Email, rolePassword)
		secret, recovery := turnOnTwoFactor(t, tf, u)
		code := func(d time.Duration) string { c, _ := totp.GenerateCode(secret, time.Now().Add(d)); return c }
		status, body, _ := b.get("/account/two-factor")
		if status != 200 || !strings.Contains(body, `id="totp-recovery"`) || !strings.Contains(body, `id="totp-off"`) {
			t.Fatalf("the page of a user with two-factor sign-in: %d", status)
		}
		if status, _, _ := b.post("/account/two-factor/recovery-codes", url.Values{"csrf": {b.csrf}, "code": {"000000"}}); status != 401 {
			t.Errorf("a wrong code: %d, want 401", status)
		}
		status, body, _ = b.post("/account/two-factor/recovery-codes", url.Values{"csrf": {b.csrf}, "code": {code(0)}})
		fresh := recoveryCodes.FindAllStringSubmatch(body, -1)
		if status != 200 || len(fresh) != pedigree.RecoveryCodes || !strings.Contains(body, "replace the earlier ones") {
			t.Fatalf("new recovery codes: %d, %d codes", status, len(fresh))
		}
		if signsInWith(u, recovery[0]) {
			t.Errorf("an old recovery code still signs in")
		}
		if status, body, _ := b.post("/account/two-factor/off", url.Values{"csrf": {b.csrf}, "password": {"wrong-wrong-wrong"}, "code": {code(30 * time.Second)}}); status != 401 || !strings.Contains(body, "That is not your password") {
			t.Errorf("a wrong password: %d", status)
		}
		if status, _, _ := b.post("/account/two-factor/off", url.Values{"csrf": {b.csrf}, "password": {rolePassword}, "code": {fresh[0][1]}}); status != http.StatusSeeOther || status2FA(u).Enabled {
			t.Errorf("turn off: %d", status)
		}
	})
	t.Run("PagesRequiredOfAdministrators", func(t *testing.T) {
		u := rw.users["manufacturer"][pedigree.UserAdministrator]
		b := newBrowserless(t, rw.base)
		b.signIn(u.Email, rolePassword)
		secret, _ := turnOnTwoFactor(t, tf, u)
		if err := tf.SetRequired(ctx, w.Manufacturer.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, body, _ := b.get("/account/two-factor"); !strings.Contains(body, "it stays on while you are one") || strings.Contains(body, `id="totp-off"`) {
			t.Errorf("the page offers to turn off what is required")
		}
		code, _ := totp.GenerateCode(secret, time.Now())
		if status, body, _ := b.post("/account/two-factor/off", url.Values{"csrf": {b.csrf}, "password": {rolePassword}, "code": {code}}); status != 403 || !strings.Contains(body, "requires two-factor sign-in") || !status2FA(u).Enabled {
			t.Errorf("turning off what is required: %d", status)
		}
	})
	t.Run("PagesAdministratorResets", func(t *testing.T) {
		colleague := rw.users["regulator"][pedigree.UserViewer]
		turnOnTwoFactor(t, tf, colleague)
		path := fmt.Sprintf("/people/%d/two-factor", colleague.ID)
		op := newBrowserless(t, rw.base)
		op.signIn(rw.users["regulator"][pedigree.UserOperator].Email, rolePassword)
		op.get("/account")
		if status, _, _ := op.post(path, url.Values{"csrf": {op.csrf}, "confirm": {"yes"}}); status != 403 || !status2FA(colleague).Enabled {
			t.Errorf("an operator resetting a colleague: %d, want 403", status)
		}
		b := newBrowserless(t, rw.base)
		b.signIn(rw.users["regulator"][pedigree.UserAdministrator].Email, rolePassword)
		if _, body, _ := b.get("/people"); !strings.Contains(body, `action="`+path+`"`) {
			t.Fatalf("the people page offers no reset")
		}
		status, body, _ := b.post(path, url.Values{"csrf": {b.csrf}})
		if status != 200 || !strings.Contains(body, "Reset two-factor sign-in?") || !strings.Contains(body, colleague.Email) || !status2FA(colleague).Enabled {
			t.Fatalf("the confirmation: %d", status)
		}
		if status, _, _ := b.post(path, url.Values{"csrf": {b.csrf}, "confirm": {"yes"}}); status != http.StatusSeeOther || status2FA(colleague).Enabled {
			t.Fatalf("confirmed reset: %d", status)
		}
		var n int
		if err := w.Pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'POST /people/{id}/{action}' AND object = $1 AND status = 303 AND user_id = $2`,
			fmt.Sprint(colleague.ID), rw.users["regulator"][pedigree.UserAdministrator].ID).Scan(&n); err != nil || n != 1 {
			t.Errorf("audit entries of the reset: %d (%v), want 1", n, err)
		}
	})
}
