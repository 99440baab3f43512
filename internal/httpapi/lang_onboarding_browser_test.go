package httpapi_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserOnboardingGerman: a regulator whose browser asks for German onboards a pharmacy;
// the script that shows the steps live writes them, and the invitation to pass on, in German.
func TestBrowserOnboardingGerman(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Keystore = keystoreWithKey(t) })
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	s.run("a German browser",
		chromedp.ActionFunc(func(ctx context.Context) error {
			return network.SetExtraHTTPHeaders(network.Headers{"Accept-Language": "de-DE,de;q=0.9"}).Do(ctx)
		}),
	)
	s.signIn(w.User(t, w.Regulator))

	var heading, invitation, status, button string
	var states []string
	s.run("onboard a pharmacy in German",
		chromedp.Navigate(s.url+"/organisations"),
		chromedp.WaitVisible("#f-name", chromedp.ByQuery),
		chromedp.SendKeys("#f-name", "Apotheke Süd", chromedp.ByQuery),
		chromedp.SetValue("#f-role", "dispenser", chromedp.ByQuery),
		chromedp.SendKeys("#f-gln", gln(t, "409876500008"), chromedp.ByQuery),
		chromedp.SendKeys("#f-admin_email", "chefin@apotheke-sued.test", chromedp.ByQuery),
		chromedp.Click("#onboard-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#one-time-link", chromedp.ByQuery),
		chromedp.Text("#onboard-result h2", &heading, chromedp.ByQuery),
		chromedp.Text("#onboard-result p:nth-of-type(2)", &invitation, chromedp.ByQuery),
		chromedp.Text("#onboard-status", &status, chromedp.ByQuery),
		chromedp.Text("#onboard-submit", &button, chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("#onboard-progress li")).map(li => li.textContent.trim())`, &states),
	)
	if heading != "Apotheke Süd ist aufgenommen" || status != "Aufgenommen." || button != "Aufnehmen" {
		t.Errorf("after onboarding: heading %q, status %q, button %q; want them in German", heading, status, button)
	}
	if want := "Einmalige Einladung für chefin@apotheke-sued.test: geben Sie ihn weiter (dieser Dienst sendet keine E-Mails). Er funktioniert einmal und verfällt in 72 Stunden."; invitation != want {
		t.Errorf("the invitation: %q, want %q", invitation, want)
	}
	if len(states) == 0 || states[0] != "erledigt Signaturschlüssel erzeugen" {
		t.Errorf("the steps shown: %q, want the first one German and done", states)
	}
	for _, st := range states {
		if strings.Contains(st, "done") || strings.Contains(st, "not needed") {
			t.Errorf("a step in English: %q", st)
		}
	}
}
