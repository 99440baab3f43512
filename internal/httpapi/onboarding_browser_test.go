package httpapi_test

import (
	"log/slog"
	"os"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserOnboarding drives the onboarding story through the pages: the regulator onboards
// a distributor; its administrator accepts the invitation, sets a password and invites an
// operator; the operator accepts, signs in and verifies a pack.
func TestBrowserOnboarding(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Keystore = keystoreWithKey(t) })
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	const pass = "plum-ferry-otter-42"

	email, regulatorPassword := w.User(t, w.Regulator)
	s.signIn(email, regulatorPassword)
	var link string
	s.run("onboard a distributor",
		chromedp.Navigate(s.url+"/organisations"),
		chromedp.WaitVisible("#f-name", chromedp.ByQuery),
		chromedp.SendKeys("#f-name", "Northwind Wholesale", chromedp.ByQuery),
		chromedp.SetValue("#f-role", "distributor", chromedp.ByQuery),
		chromedp.SendKeys("#f-gln", gln(t, "409876500001"), chromedp.ByQuery),
		chromedp.SendKeys("#f-admin_email", "boss@northwind.test", chromedp.ByQuery),
		chromedp.Click("#onboard-submit", chromedp.ByQuery),
		chromedp.Text("#invitation-link", &link, chromedp.ByQuery, chromedp.NodeVisible),
	)
	s.signOut()
	setPassword := func(what, link string) {
		t.Helper()
		s.run(what,
			chromedp.Navigate(link),
			chromedp.WaitVisible("#f-password", chromedp.ByQuery),
			chromedp.SendKeys("#f-password", pass, chromedp.ByQuery),
			chromedp.SendKeys("#f-confirm", pass, chromedp.ByQuery),
			chromedp.Click("#set-password", chromedp.ByQuery),
			chromedp.WaitVisible("#login-submit", chromedp.ByQuery),
		)
	}
	setPassword("the administrator accepts the invitation", link)
	s.signIn("boss@northwind.test", pass)
	s.run("invite an operator",
		chromedp.Navigate(s.url+"/people"),
		chromedp.WaitVisible("#f-email", chromedp.ByQuery),
		chromedp.SendKeys("#f-email", "op@northwind.test", chromedp.ByQuery),
		chromedp.SendKeys("#f-name", "Olga Operator", chromedp.ByQuery),
		chromedp.SetValue("#f-role", "operator", chromedp.ByQuery),
		chromedp.Click("#invite-submit", chromedp.ByQuery),
		chromedp.Text("#one-time-link", &link, chromedp.ByQuery, chromedp.NodeVisible),
	)
	s.signOut()
	setPassword("the operator accepts the invitation", link)
	s.signIn("op@northwind.test", pass)
	c := w.Code(3)
	var verdict string
	s.run("the operator verifies a pack",
		chromedp.Navigate(s.url+"/scan"),
		chromedp.WaitVisible("#code", chromedp.ByQuery),
		chromedp.SendKeys("#code", s.url+"/01/"+c.GTIN+"/10/"+c.Lot+"/21/"+c.Serial+"?17="+c.Expiry.Format("060102")+"\r", chromedp.ByQuery),
		chromedp.WaitVisible("#verdict", chromedp.ByQuery),
		chromedp.Text("#verdict .verdict-code", &verdict, chromedp.ByQuery),
	)
	if verdict == "" {
		t.Errorf("no verdict")
	}
	t.Logf("verdict %s", verdict)
}
