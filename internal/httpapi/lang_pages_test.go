package httpapi_test

import (
	"context"
	"html"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// germanDate is a date as the German pages write it: 02.01.2006.
var germanDate = regexp.MustCompile(`\b\d{2}\.\d{2}\.20\d{2}\b`)

// TestLanguagePages: with Accept-Language: de, the pages of a wholesaler and of a regulator
// are German: headings, buttons, dates, and the messages after an action.
func TestLanguagePages(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	de := []string{"Accept-Language", "de"}

	signIn := func(t *testing.T, org pedigree.Organisation) *browserless {
		t.Helper()
		b := newBrowserless(t, srv.URL)
		email, password := w.User(t, org)
		status, _, header := b.post("/login", url.Values{"email": {email}, "password": {password}}, de...)
		if status != http.StatusSeeOther {
			t.Fatalf("sign in: %d", status)
		}
		_, body, _ := b.get(header.Get("Location"), de...)
		if got, want := flashText(body), "Angemeldet als A "+org.Role.String()+" von "+org.Name+"."; got != want {
			t.Errorf("after signing in: %q, want %q", got, want)
		}
		return b
	}
	// follow posts a form that redirects and returns the message the next page shows.
	follow := func(t *testing.T, b *browserless, path string, form url.Values) string {
		t.Helper()
		form.Set("csrf", b.csrf)
		status, body, header := b.post(path, form, de...)
		if status != http.StatusSeeOther {
			t.Fatalf("%s: %d, want a redirect:\n%s", path, status, body)
		}
		_, body, _ = b.get(header.Get("Location"), de...)
		return flashText(body)
	}

	wholesaler := signIn(t, w.Distributor)
	regulator := signIn(t, w.Regulator)

	pages := []struct {
		name, path string
		b          *browserless
		want       []string
		date       bool // the page shows a date
	}{
		{"Shipments", "/shipments", wholesaler, []string{"<h1>Lieferungen</h1>", ">Eingehend<", ">In Ihrem Bestand<", ">Versandt, noch nicht angenommen<", ">Liefern<", "Charge VERIFY", "verfällt am "}, true},
		{"People", "/people", wholesaler, []string{"<h1>Personen</h1>", ">Jemanden einladen<", ">Einladen<", ">Sitzungen<", ">Zuletzt gesehen<", "Bediener: prüft und handelt"}, true},
		{"Tokens", "/tokens", wholesaler, []string{"<h1>API-Tokens</h1>", ">Ein Token erstellen<", ">Erstellen<", ">Beginnt mit<"}, false},
		{"Account", "/account", wholesaler, []string{"<h1>Ihr Konto</h1>", ">Ihr Passwort ändern<", ">Passwort ändern<", ">Ihre Sitzungen<", "Aktuelles Passwort", "Mindestens 12 Zeichen", ">Signaturschlüssel von Wholesale One<"}, true},
		{"AuditOwn", "/audit", wholesaler, []string{"<h1>Protokoll</h1>", "Jede Aktion der Benutzer und API-Tokens Ihrer Organisation", ">Filtern<", "Als CSV exportieren"}, true},
		{"Participants", "/participants", regulator, []string{"<h1>Teilnehmer</h1>", ">Einen Teilnehmer registrieren<", ">Registrieren<", ">Großhändler<", ">Sperren<"}, false},
		{"Organisations", "/organisations", regulator, []string{`data-title-done="{} ist aufgenommen"`, "<h1>Organisationen</h1>", ">Eine Organisation aufnehmen<", ">Aufnehmen<", "GS1-Basisnummern", `data-started="läuft…"`, "Signaturschlüssel erzeugen"}, false},
		{"Alerts", "/alerts", regulator, []string{"<h1>Warnungen</h1>", "Ausgelöst durch Scans"}, false},
		{"AuditEveryone", "/audit", regulator, []string{"<h1>Protokoll</h1>", "Jede Aktion der Benutzer und API-Tokens aller Organisationen", ">Wann<", ">Ergebnis<"}, true},
		{"Keys", "/keys?account=" + pedigree.Address(w.H.Distributor.Addr).String(), regulator, []string{"<h1>Schlüssel von Wholesale One</h1>", ">Einen Schlüssel hinzufügen<", ">Hinzugefügt<", "Jeder Schlüssel signiert für Wholesale One"}, true},
		{"Prefixes", "/prefixes", regulator, []string{"<h1>GTIN-Präfixe</h1>", ">Ein Präfix zuweisen oder verschieben<", ">Zuweisen<"}, true},
	}
	for _, tc := range pages {
		t.Run(tc.name, func(t *testing.T) {
			status, body, _ := tc.b.get(tc.path, de...)
			if status != http.StatusOK || !strings.Contains(body, `<html lang="de">`) {
				t.Fatalf("%s: %d, want a German page:\n%s", tc.path, status, body)
			}
			body = html.UnescapeString(body)
			for _, want := range tc.want {
				if !strings.Contains(body, want) {
					t.Errorf("%s lacks %q", tc.path, want)
				}
			}
			if tc.date && !germanDate.MatchString(body) {
				t.Errorf("%s shows no date written 02.01.2006", tc.path)
			}
			for _, english := range []string{">Sign out<", ">Actions<", ">Role<", ">Cancel<", " Jan 20", " Feb 20", " Mar 20"} {
				if strings.Contains(body, english) {
					t.Errorf("%s still says %q", tc.path, english)
				}
			}
		})
	}

	t.Run("StoredWords", func(t *testing.T) {
		// Alerts and audit entries are stored as words (a format and its arguments), and shown
		// in the page's language; one stored before, with its English sentence only, still shows.
		code := w.Code(0)
		code.Serial = "NOT-A-SERIAL"
		w.Verify(t, w.Now, code, &w.Distributor)
		_, body, _ := regulator.get("/alerts", de...)
		body = html.UnescapeString(body)
		if want := "Eine Seriennummer, die nicht in der Liste der Charge steht, wurde geprüft: Die Seriennummer"; !strings.Contains(body, want) {
			t.Errorf("/alerts lacks %q:\n%s", want, body)
		}
		if strings.Contains(body, "was verified") || strings.Contains(body, "registered serials") {
			t.Errorf("/alerts shows an alert in English:\n%s", body)
		}
		_, body, _ = regulator.get("/audit", de...)
		if body = html.UnescapeString(body); !strings.Contains(body, "<td>A distributor <") || !strings.Contains(body, "> von Wholesale One</td>") {
			t.Errorf("/audit does not say who acted in German:\n%s", body)
		}
		if strings.Contains(body, "> of Wholesale One</td>") {
			t.Errorf("/audit says who acted in English:\n%s", body)
		}
		if _, err := w.Pool.Exec(context.Background(), `UPDATE alerts SET words = NULL, message = 'Stored before words were kept.'`); err != nil {
			t.Fatal(err)
		}
		if _, body, _ = regulator.get("/alerts", de...); !strings.Contains(body, "Stored before words were kept.") {
			t.Errorf("an alert stored without words does not show:\n%s", body)
		}
	})

	t.Run("WrongRole", func(t *testing.T) {
		status, body, _ := regulator.get("/shipments", de...)
		if status != http.StatusForbidden || !strings.Contains(body, "Diese Seite ist für: Hersteller oder Großhändler oder Apotheke; Medicines Agency ist: Behörde.") {
			t.Errorf("a regulator on /shipments: %d\n%s", status, body)
		}
	})

	t.Run("FlashShipped", func(t *testing.T) {
		maker := signIn(t, w.Manufacturer)
		maker.get("/shipments", de...)
		batch := pedigree.TokenIDFromBig(w.Batch.ID) // packs 1 to 32 of VERIFY, at the manufacturer
		got := follow(t, maker, "/shipments/"+batch.String()+"/ship", url.Values{"to": {pedigree.Address(w.H.Distributor.Addr).String()}})
		if want := "32 Packungen (1 bis 32) von Demoprofen 200 mg tablet, Charge VERIFY an Wholesale One geliefert: sie warten darauf, dass Wholesale One sie annimmt."; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		_, body, _ := maker.get("/shipments", de...)
		if !regexp.MustCompile(`An Wholesale One, versandt am \d{2}\.\d{2}\.20\d{2}\.`).MatchString(body) {
			t.Errorf("the shipment waiting is not dated in German:\n%s", body)
		}
		wholesaler.get("/shipments", de...)
		got = follow(t, wholesaler, "/shipments/"+batch.String()+"/accept", url.Values{})
		if want := "32 Packungen (1 bis 32) von Demoprofen 200 mg tablet, Charge VERIFY von Acme Pharma angenommen: sie sind im Bestand von Wholesale One."; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})

	t.Run("Invited", func(t *testing.T) {
		wholesaler.get("/people", de...)
		status, body, _ := wholesaler.post("/people", url.Values{"csrf": {wholesaler.csrf}, "email": {"neu@grosshandel.test"}, "name": {"Neu"}, "role": {"viewer"}}, de...)
		body = html.UnescapeString(body)
		if status != http.StatusOK || !strings.Contains(body, "Einmalige Einladung für neu@grosshandel.test: geben Sie ihn weiter (dieser Dienst sendet keine E-Mails). Er funktioniert einmal und verfällt in 72 Stunden.") {
			t.Errorf("an invitation: %d\n%s", status, body)
		}
		if !strings.Contains(body, `<option value="viewer">Leser</option>`) && !strings.Contains(body, `<option value="viewer" selected>Leser</option>`) {
			t.Errorf("the roles of people are not German")
		}
	})

	t.Run("ServiceRefusals", func(t *testing.T) {
		// The service's own refusals (pedigree.Errorf) are said in the page's language, next to
		// their field; the API says them in English.
		regulator.get("/participants", de...)
		status, body, _ := regulator.post("/participants", url.Values{"csrf": {regulator.csrf}, "account": {pedigree.Address(w.H.Stranger.Addr).String()}, "role": {"dispenser"}, "gln": {"4012345000001"}}, de...)
		body = html.UnescapeString(body)
		// The GLN reads as printed: a refusal's numbers are identifiers, never grouped.
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "GLN 4012345000001 hat eine falsche Prüfziffer oder Länge") {
			t.Errorf("a GLN with a wrong check digit, in German: %d\n%s", status, body)
		}
		status, body, _ = regulator.post("/participants", url.Values{"csrf": {regulator.csrf}, "account": {pedigree.Address(w.H.Stranger.Addr).String()}, "role": {"dispenser"}, "gln": {"4012345000001"}}, "Accept-Language", "en")
		if status != http.StatusUnprocessableEntity || !strings.Contains(html.UnescapeString(body), "GLN 4012345000001 has a wrong check digit or length") {
			t.Errorf("a GLN with a wrong check digit, in English: %d\n%s", status, body)
		}
	})

	t.Run("FlashFormErrors", func(t *testing.T) {
		regulator.get("/participants", de...)
		status, body, _ := regulator.post("/participants", url.Values{"csrf": {regulator.csrf}, "account": {"0x12"}, "role": {""}, "gln": {""}}, de...)
		body = html.UnescapeString(body)
		for _, want := range []string{"Wählen Sie eine Rolle.", "Geben Sie die GLN des Teilnehmers ein (13 Ziffern)."} {
			if status != http.StatusUnprocessableEntity || !strings.Contains(body, want) {
				t.Errorf("a participant form with errors: %d, lacks %q", status, want)
			}
		}
		number := gln(t, "409876500003")
		got := follow(t, regulator, "/participants", url.Values{"account": {pedigree.Address(w.H.Stranger.Addr).String()}, "role": {"dispenser"}, "gln": {number}})
		if !strings.HasPrefix(got, "Apotheke mit GLN "+number+" registriert (Konto 0x") {
			t.Errorf("got %q", got)
		}
	})

	t.Run("FlashTokenRevoked", func(t *testing.T) {
		wholesaler.get("/tokens", de...)
		status, body, _ := wholesaler.post("/tokens", url.Values{"csrf": {wholesaler.csrf}, "name": {"Lagerscanner"}, "role": {"viewer"}}, de...)
		body = html.UnescapeString(body)
		if status != http.StatusOK || !strings.Contains(body, "Das neue Token, nur dieses eine Mal gezeigt: kopieren Sie es jetzt.") {
			t.Fatalf("a new token: %d\n%s", status, body)
		}
		m := regexp.MustCompile(`(?s)Lagerscanner</td><td>Leser</td>.*?action="(/tokens/[0-9]+/revoke)"`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("the new token's row is not German or has no Revoke:\n%s", body)
		}
		if got, want := follow(t, wholesaler, m[1], url.Values{}), "Das Token ist widerrufen: es funktioniert nicht mehr."; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// flashText returns the message a page shows after an action, "" when none.
func flashText(body string) string {
	if m := flashOf.FindStringSubmatch(body); m != nil {
		return html.UnescapeString(m[1])
	}
	return ""
}
