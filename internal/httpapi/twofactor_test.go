package httpapi_test

import (
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

var (
	totpSecret    = regexp.MustCompile(`id="totp-secret">([A-Z2-7]+)<`)
	recoveryCodes = regexp.MustCompile(`<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>`)
)

func TestPagesTwoFactor(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	email, password := w.User(t, w.Dispenser)

	b := newBrowserless(t, srv.URL)
	b.signIn(email, password)
	status, body, _ := b.get("/account/two-factor")
	m := totpSecret.FindStringSubmatch(body)
	if status != 200 || m == nil || !strings.Contains(body, `src="data:image/png;base64,`) {
		t.Fatalf("enrol page: %d\n%s", status, body)
	}
	secret := m[1]
	if status, body, _ := b.post("/account/two-factor", url.Values{"csrf": {b.csrf}, "code": {"000000"}}); status != http.StatusUnauthorized || recoveryCodes.MatchString(body) {
		t.Fatalf("a wrong code: %d", status)
	}
	code, _ := totp.GenerateCode(secret, time.Now())
	status, body, _ = b.post("/account/two-factor", url.Values{"csrf": {b.csrf}, "code": {code}})
	recovery := recoveryCodes.FindAllStringSubmatch(body, -1)
	if status != 200 || len(recovery) != pedigree.RecoveryCodes {
		t.Fatalf("confirm: %d, %d recovery codes\n%s", status, len(recovery), body)
	}

	t.Run("ErrPasswordOnly", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, _, header := b.post("/login", url.Values{"email": {email}, "password": {password}})
		if status != http.StatusSeeOther || !strings.HasPrefix(header.Get("Location"), "/login/code") || strings.Contains(header.Get("Set-Cookie"), "pedigree_session=") {
			t.Fatalf("after the password: %d to %s, cookies %q", status, header.Get("Location"), header.Values("Set-Cookie"))
		}
		if status, _, header := b.get("/shipments"); status != http.StatusSeeOther || !strings.HasPrefix(header.Get("Location"), "/login") {
			t.Fatalf("the password alone opened a page: %d", status)
		}
		status, body, _ := b.post("/login/code", url.Values{"code": {"000000"}})
		if status != http.StatusUnauthorized || !strings.Contains(body, "wrong or used code") {
			t.Fatalf("a wrong code: %d\n%s", status, body)
		}
	})
	t.Run("RecoveryCode", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		b.post("/login", url.Values{"email": {email}, "password": {password}, "next": {"/shipments"}})
		if status, _, _ := b.get("/login/code?next=/shipments"); status != 200 {
			t.Fatalf("code page: %d", status)
		}
		status, _, header := b.post("/login/code", url.Values{"code": {recovery[0][1]}, "next": {"/shipments"}})
		if status != http.StatusSeeOther || header.Get("Location") != "/shipments" {
			t.Fatalf("a recovery code: %d to %s", status, header.Get("Location"))
		}
		if status, _, _ := b.get("/shipments"); status != 200 {
			t.Fatalf("signed in: %d", status)
		}
		b2 := newBrowserless(t, srv.URL)
		b2.post("/login", url.Values{"email": {email}, "password": {password}})
		if status, _, _ := b2.post("/login/code", url.Values{"code": {recovery[0][1]}}); status != http.StatusUnauthorized {
			t.Fatalf("a recovery code used twice: %d", status)
		}
	})
	t.Run("RequiredOfAdministrators", func(t *testing.T) {
		tf, err := postgres.NewTwoFactor(w.Pool, nil, make([]byte, 32))
		if err != nil {
			t.Fatal(err)
		}
		if err := tf.SetRequired(t.Context(), w.Distributor.ID, true); err != nil {
			t.Fatal(err)
		}
		email, password := w.User(t, w.Distributor)
		b := newBrowserless(t, srv.URL)
		b.signIn(email, password)
		if status, _, header := b.get("/shipments"); status != http.StatusSeeOther || header.Get("Location") != "/account/two-factor" {
			t.Fatalf("an administrator without two-factor sign-in: %d to %s", status, header.Get("Location"))
		}
		if status, _, _ := b.get("/account/two-factor"); status != 200 {
			t.Fatalf("enrol page: %d", status)
		}
	})
	t.Run("RequirementForm", func(t *testing.T) {
		if status, _, _ := b.post("/account/two-factor/requirement", url.Values{"csrf": {b.csrf}, "required": {"on"}}); status != http.StatusSeeOther {
			t.Fatalf("an administrator requiring it: %d", status)
		}
		var required bool
		if err := w.Pool.QueryRow(t.Context(), `SELECT require_two_factor FROM organisations WHERE id = $1`, w.Dispenser.ID).Scan(&required); err != nil || !required {
			t.Fatalf("required: %v, %v", required, err)
		}
		if _, err := w.Pool.Exec(t.Context(), `UPDATE users SET role = 'operator' WHERE email = $1`, email); err != nil {
			t.Fatal(err)
		}
		if status, _, _ := b.post("/account/two-factor/requirement", url.Values{"csrf": {b.csrf}}); status != http.StatusForbidden {
			t.Fatalf("an operator changing it: %d, want 403", status)
		}
		if status, _, _ := b.get("/audit"); status != http.StatusForbidden {
			t.Fatalf("an operator reading the audit log: %d, want 403", status)
		}
	})
	t.Run("ErrRateLimited", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		b.post("/login", url.Values{"email": {email}, "password": {password}})
		for range pedigree.MaxCodeFailures {
			b.post("/login/code", url.Values{"code": {"000000"}})
		}
		status, body, _ := b.post("/login/code", url.Values{"code": {recovery[1][1]}})
		if status != http.StatusTooManyRequests || !strings.Contains(body, "try again in") {
			t.Fatalf("a right code after too many wrong ones: %d\n%s", status, body)
		}
	})
}
