package httpapi_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserGerman: a browser that asks for German gets the pages in German; the switch at
// the foot of the page turns them English and back, and the choice outlasts the browser's.
func TestBrowserGerman(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	email, password := w.User(t, w.Dispenser)

	var heading, lang, button string
	s.run("a German browser opens the sign-in page",
		chromedp.ActionFunc(func(ctx context.Context) error {
			return network.SetExtraHTTPHeaders(network.Headers{"Accept-Language": "de-DE,de;q=0.9"}).Do(ctx)
		}),
		chromedp.Navigate(s.url+"/login"),
		chromedp.WaitVisible("#login-submit", chromedp.ByQuery),
		chromedp.Text("h1", &heading, chromedp.ByQuery),
		chromedp.AttributeValue("html", "lang", &lang, nil, chromedp.ByQuery),
		chromedp.Text("#login-submit", &button, chromedp.ByQuery),
	)
	if heading != "Anmelden" || lang != "de" || button != "Anmelden" {
		t.Fatalf("a German browser's sign-in page: heading %q, lang %q, button %q; want it in German", heading, lang, button)
	}

	var greeting, nav string
	s.run("sign in in German",
		chromedp.SendKeys("#f-email", email, chromedp.ByQuery),
		chromedp.SendKeys("#f-password", password, chromedp.ByQuery),
		chromedp.Click("#login-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#sign-out", chromedp.ByQuery),
		flash(&greeting),
		chromedp.Text("header nav", &nav, chromedp.ByQuery),
	)
	if !strings.HasPrefix(greeting, "Angemeldet als") || !strings.Contains(nav, "Scannen") {
		t.Errorf("signed in in German: flash %q, navigation %q", greeting, nav)
	}

	var signOut string
	s.run("switch to English",
		chromedp.Click(`.lang-switch a[hreflang="en"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.lang-switch a[hreflang="de"]`, chromedp.ByQuery),
		chromedp.Text("#sign-out", &signOut, chromedp.ByQuery),
		chromedp.AttributeValue("html", "lang", &lang, nil, chromedp.ByQuery),
	)
	if signOut != "Sign out" || lang != "en" {
		t.Errorf("after the switch to English, with the browser still asking for German: %q, lang %q", signOut, lang)
	}
	s.run("switch back to German",
		chromedp.Click(`.lang-switch a[hreflang="de"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.lang-switch a[hreflang="en"]`, chromedp.ByQuery),
		chromedp.Text("#sign-out", &signOut, chromedp.ByQuery),
	)
	if signOut != "Abmelden" {
		t.Errorf("after switching back: %q, want Abmelden", signOut)
	}

	// The verdict page's own check (check.js) says its outcome in German: its texts come from
	// the catalogue with the page. A node that cannot be reached fails the chain's fact at once.
	c := w.Code(0)
	var summary, fact string
	s.run("check a verdict with a node that does not answer",
		chromedp.Navigate(s.url+"/01/"+c.GTIN+"/10/"+c.Lot+"/21/"+c.Serial+"?17="+c.Expiry.Format("060102")),
		chromedp.WaitVisible("#check-run", chromedp.ByQuery),
		chromedp.SetValue("#check-rpc", "http://127.0.0.1:9/", chromedp.ByQuery),
		chromedp.Click("#check-run", chromedp.ByQuery),
		chromedp.WaitVisible(`#check-summary[data-status="failed"]`, chromedp.ByQuery),
		chromedp.Text("#check-summary", &summary, chromedp.ByQuery),
		chromedp.Text(`#check-facts li[data-fact="chain"]`, &fact, chromedp.ByQuery),
	)
	if !strings.Contains(summary, "Fakten trafen nicht zu (chain): Vertrauen Sie dieser Antwort nicht.") {
		t.Errorf("the check's outcome on a German page: %q, want it in German", summary)
	}
	if !strings.HasPrefix(fact, "✗ der Knoten betreibt die Chain der Antwort: ") {
		t.Errorf("the check's fact about the chain on a German page: %q, want it in German", fact)
	}
}
