package httpapi_test

import (
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserSuspension: the regulator suspends a pharmacy from the participants page, through
// a confirmation that names it and insists on a reason; the pharmacy's administrator sees the
// banner, then rotates the pharmacy's key on the keys page (a new key made in the keystore, the
// old one retired after a confirmation) once the regulator has reinstated it.
func TestBrowserSuspension(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Keystore = keystoreWithKey(t) })
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	account := w.Dispenser2.Account.String()
	reason := "Inspection found falsified temperature logs"

	email, password := w.User(t, w.Regulator)
	s.signIn(email, password)
	var heading, problem, message string
	s.run("the regulator asks to suspend Other Pharmacy",
		chromedp.Navigate(s.url+"/participants"),
		chromedp.WaitVisible(`a[href="/participants/`+account+`/suspend"]`, chromedp.ByQuery),
		chromedp.Click(`a[href="/participants/`+account+`/suspend"]`, chromedp.ByQuery),
		chromedp.Text("h1", &heading, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if heading != "Suspend Other Pharmacy?" {
		t.Fatalf("the confirmation's heading: %q", heading)
	}
	s.run("confirm without a reason",
		chromedp.Click("#confirm-status", chromedp.ByQuery),
		chromedp.Text("#f-reason-error", &problem, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(problem, "Say why") {
		t.Errorf("the missing reason's message: %q", problem)
	}
	s.run("confirm with a reason",
		chromedp.SendKeys("#f-reason", reason, chromedp.ByQuery),
		chromedp.Click("#confirm-status", chromedp.ByQuery),
		flash(&message),
	)
	if !strings.HasPrefix(message, "Suspended Other Pharmacy:") {
		t.Errorf("the message: %q", message)
	}
	s.signOut()

	email2, password2 := w.User(t, w.Dispenser2)
	s.signIn(email2, password2)
	var banner string
	s.run("the suspended pharmacy sees the banner",
		chromedp.Navigate(s.url+"/scan"),
		chromedp.Text("#suspended-banner", &banner, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(banner, "Other Pharmacy is suspended since") || !strings.Contains(banner, "by Medicines Agency") || !strings.Contains(banner, reason) {
		t.Errorf("the banner: %q", banner)
	}
	s.signOut()

	s.signIn(email, password)
	s.run("the regulator reinstates it",
		chromedp.Navigate(s.url+"/participants/"+account+"/reinstate"),
		chromedp.WaitVisible("#f-reason", chromedp.ByQuery),
		chromedp.SendKeys("#f-reason", "A new inspection passed", chromedp.ByQuery),
		chromedp.Click("#confirm-status", chromedp.ByQuery),
		flash(&message),
	)
	if !strings.HasPrefix(message, "Reinstated Other Pharmacy") {
		t.Errorf("the message: %q", message)
	}
	s.signOut()

	s.signIn(email2, password2)
	var keys string
	s.run("the administrator adds a key made in the keystore",
		chromedp.Navigate(s.url+"/account"),
		chromedp.WaitVisible("#keys-link", chromedp.ByQuery),
		chromedp.Click("#keys-link", chromedp.ByQuery),
		chromedp.WaitVisible("#add-key", chromedp.ByQuery),
		chromedp.Click("#add-key", chromedp.ByQuery),
		flash(&message),
		chromedp.Text("#keys", &keys, chromedp.ByQuery),
	)
	// The new key has no ether yet: pedigree signs with it once the old key is retired.
	if !strings.HasPrefix(message, "Added key 0x") || !strings.Contains(message, "holds no ether for gas") || !strings.Contains(keys, "pedigree's keystore") {
		t.Fatalf("after adding: %q\n%s", message, keys)
	}
	s.run("retire the old key after a confirmation",
		chromedp.Click(`a[href="/keys/`+account+`/retire"]`, chromedp.ByQuery),
		chromedp.Text("h1", &heading, chromedp.ByQuery, chromedp.NodeVisible),
		chromedp.Click("#confirm-retire", chromedp.ByQuery),
		flash(&message),
	)
	if heading != "Retire a key of Other Pharmacy?" || message != "Retired key "+account+": it can no longer act." {
		t.Errorf("the retirement: %q, %q", heading, message)
	}
}
