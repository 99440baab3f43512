package httpapi_test

import (
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestLanguages: the pages come in English and German, chosen by Accept-Language, with a
// switch that outlasts it.
func TestLanguages(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))

	t.Run("AcceptLanguage", func(t *testing.T) {
		tests := []struct {
			accept, lang, want, not string
		}{
			{"de", "de", "Anmelden", "Sign in"},
			{"de-AT,de;q=0.9,en;q=0.5", "de", "Anmelden", "Sign in"},
			{"en-GB", "en", "Sign in", "Anmelden"},
			{"fr-FR,fr;q=0.9", "en", "Sign in", "Anmelden"}, // no French: English
			{"", "en", "Sign in", "Anmelden"},
			{"not a ;;; language", "en", "Sign in", "Anmelden"},
		}
		for _, tc := range tests {
			b := newBrowserless(t, srv.URL)
			status, body, _ := b.get("/login", "Accept-Language", tc.accept)
			if status != http.StatusOK || !strings.Contains(body, `<html lang="`+tc.lang+`">`) || !strings.Contains(body, ">"+tc.want+"<") || strings.Contains(body, ">"+tc.not+"<") {
				t.Errorf("Accept-Language %q: %d, want lang %s with %q and not %q:\n%s", tc.accept, status, tc.lang, tc.want, tc.not, body)
			}
		}
	})

	t.Run("Switch", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, _, h := b.get("/lang/de?next=%2Flogin%3Fnext%3D%252Fscan", "Accept-Language", "en")
		if status != http.StatusSeeOther || h.Get("Location") != "/login?next=%2Fscan" {
			t.Fatalf("switch: %d to %q, want 303 back to /login?next=%%2Fscan", status, h.Get("Location"))
		}
		if _, body, _ := b.get("/login", "Accept-Language", "en"); !strings.Contains(body, ">Anmelden<") || !strings.Contains(body, `href="/lang/en?next=%2flogin"`) {
			t.Errorf("after choosing German, an English browser's sign-in page is not German with a way back:\n%s", body)
		}
		if status, _, h := b.get("/lang/de?next=https://evil.example/", "Accept-Language", "en"); status != http.StatusSeeOther || h.Get("Location") != "/" {
			t.Errorf("switch to another site: %d to %q, want 303 to /", status, h.Get("Location"))
		}
		if status, body, _ := b.get("/lang/xx", "Accept", "text/html"); status != http.StatusNotFound || !strings.Contains(body, "German (de)") {
			t.Errorf("an unknown language: %d %s, want 404 naming the languages", status, body)
		}
	})

	t.Run("SignInErrors", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, body, _ := b.do("POST", "/login", "application/x-www-form-urlencoded", strings.NewReader("email=&password="), "Accept-Language", "de")
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Geben Sie Ihre E-Mail-Adresse ein.") {
			t.Errorf("empty sign-in in German: %d\n%s", status, body)
		}
	})

	t.Run("VerdictPage", func(t *testing.T) {
		c := w.Code(1) // still with its manufacturer: NOT_RELEASED
		b := newBrowserless(t, srv.URL)
		path := "/01/" + c.GTIN + "/10/" + c.Lot + "/21/" + c.Serial + "?17=" + c.Expiry.Format("060102")
		status, body, _ := b.get(path, "Accept-Language", "de-DE")
		if status != http.StatusOK || !strings.Contains(body, "<h1>Nie an eine Apotheke geliefert</h1>") || !strings.Contains(body, "Bringen Sie sie dorthin zurück, wo Sie sie bekommen haben") ||
			!strings.Contains(body, "Laut den Aufzeichnungen ist diese Packung noch bei ihrem Hersteller") || !strings.Contains(body, c.Expiry.Format("02.01.2006")) {
			t.Errorf("a patient's verdict in German: %d\n%s", status, body)
		}
	})
}
