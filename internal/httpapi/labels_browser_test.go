package httpapi_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserRegisterLive drives a manufacturer's registration through the pages: a product is
// put in the catalogue, chosen at registration (it fills the product's fields), and the batch
// registered while the server holds the registration before its last step: the page shows the
// first step by then, so progress arrives live. Then the labels: a range past the batch's end
// comes back next to To.
func TestBrowserRegisterLive(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	release := make(chan struct{})
	var released atomic.Bool
	srv := w.Serve(t, slog.New(slog.DiscardHandler), holdAfterStored(release, 25*time.Second, &released))
	s := &story{t: t, ctx: ctx, url: srv.URL}
	if dir := os.Getenv("SCREENSHOTS"); dir != "" {
		s.shots = filepath.Join(dir, "registration") // the steps of this story, apart from the others'
	}
	if s.shots != "" {
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	s.signIn(w.User(t, w.Manufacturer))

	var msg string
	s.run("add a product to the catalogue",
		chromedp.Navigate(s.url+"/products"),
		chromedp.WaitVisible("#f-gtin", chromedp.ByQuery),
		chromedp.SendKeys("#f-gtin", "09506000134369", chromedp.ByQuery),
		chromedp.SendKeys("#f-product_name", "Catalol", chromedp.ByQuery),
		chromedp.SendKeys("#f-product_strength", "20 mg", chromedp.ByQuery),
		chromedp.SendKeys("#f-product_form", "capsule", chromedp.ByQuery),
		chromedp.SendKeys("#f-leaflet_url", "https://acme.example/catalol.pdf", chromedp.ByQuery),
		chromedp.Click("#product-save", chromedp.ByQuery),
		chromedp.WaitVisible("#products", chromedp.ByQuery),
		flash(&msg),
	)
	if !strings.Contains(msg, "Saved Catalol 20 mg capsule") {
		t.Errorf("after saving, the page says %q", msg)
	}

	var name, gtin string
	s.run("choose the product at registration",
		chromedp.Navigate(s.url+"/batches/new"),
		chromedp.WaitVisible("#f-catalogue", chromedp.ByQuery),
		chromedp.SetValue("#f-catalogue", "09506000134369", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("f-catalogue").dispatchEvent(new Event("change"))`, nil),
		chromedp.Value("#f-product_name", &name, chromedp.ByQuery),
		chromedp.Value("#f-gtin", &gtin, chromedp.ByQuery),
	)
	if name != "Catalol" || gtin != "09506000134369" {
		t.Fatalf("choosing the product filled name %q and GTIN %q", name, gtin)
	}

	// Every step the page shows is kept, to see which arrived while the server held the last:
	// each text the status line is given, as the mutations record it (steps arriving in one
	// network read replace each other within one task, before an observer runs).
	var shown []string
	s.run("register while the server holds the last step",
		chromedp.SendKeys("#f-lot", "LIVE-B", chromedp.ByQuery),
		chromedp.SetValue("#f-expiry", time.Now().AddDate(2, 0, 0).Format(time.DateOnly), chromedp.ByQuery),
		chromedp.SendKeys("#f-quantity", "500", chromedp.ByQuery),
		chromedp.Evaluate(`window.__steps = [];
			new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => window.__steps.push(n.textContent))))
				.observe(document.getElementById("register-step"), {childList: true, characterData: true, subtree: true});`, nil),
		chromedp.Click("#register-submit", chromedp.ByQuery),
		chromedp.Poll(`window.__steps.some(s => s.startsWith("Storing 500 serials"))`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Evaluate(`window.__steps`, &shown),
	)
	close(release)
	if !slices.Contains(shown, "Checking the batch…") || slices.Contains(shown, "Minting the batch token on the chain…") {
		t.Errorf("while the server held the last step, the page had shown %q: want the first step and not the last", shown)
	}

	var h1 string
	s.run("the batch's page",
		chromedp.WaitVisible("#prov-title", chromedp.ByQuery),
		chromedp.Text("h1", &h1, chromedp.ByQuery),
	)
	if !released.Load() {
		t.Error("the registration's hold ran out: the page saw no step while the server held the last")
	}
	if !strings.HasPrefix(h1, "Catalol 20 mg capsule") {
		t.Errorf("the batch page's title %q, want the catalogue's product", h1)
	}

	var errText string
	s.run("labels past the batch's end",
		chromedp.SetValue("#l-to", "501", chromedp.ByQuery),
		chromedp.Click("#labels-download", chromedp.ByQuery),
		chromedp.WaitVisible("#l-to-error", chromedp.ByQuery),
		chromedp.Text("#l-to-error", &errText, chromedp.ByQuery),
	)
	if !strings.Contains(errText, "numbered 1 to 500; pack 501 is not one of them") {
		t.Errorf("the error next to To says %q", errText)
	}
}
