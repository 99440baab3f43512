package httpapi_test

import (
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/smtptest"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserOnboarding drives the onboarding story through the pages, the e-mail going
// through an SMTP relay: (1) the regulator onboards a new pharmacy, watching each step; (2)
// its administrator accepts the mailed invitation, sets a password, turns on two-factor
// sign-in and signs in again with a code; (3) invites an operator; (4) the operator, on a
// browser of their own, accepts, signs in and verifies a pack; (5) the administrator sees
// that verification in the audit log.
func TestBrowserOnboarding(t *testing.T) {
	ctx := newBrowser(t)
	relay := smtptest.Start(t, smtptest.Options{STARTTLS: true, User: "pedigree", Password: "relay-password-1"})
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) {
		c.Keystore = keystoreWithKey(t)
		c.SMTPURL, c.MailFrom, c.MailRoots = relay.URL("pedigree", "relay-password-1"), "Medicines Agency <noreply@agency.test>", relay.Roots
	})
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	const pass = "plum-ferry-otter-42"
	// mailed returns the link in the next mail, which must be to to.
	mailed := func(to string) string {
		t.Helper()
		m := relay.Next(t, 30*time.Second)
		_, body, err := m.Text()
		if err != nil || strings.Join(m.To, ",") != to {
			t.Fatalf("a mail to %v (%v), want to %s", m.To, err, to)
		}
		link := mailedLink.FindString(body)
		if link == "" {
			t.Fatalf("no link in the mail to %s:\n%s", to, body)
		}
		return link
	}
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

	// (1) The regulator onboards a pharmacy and watches the steps.
	email, regulatorPassword := w.User(t, w.Regulator)
	s.signIn(email, regulatorPassword)
	var sent string
	var states []string
	s.run("onboard a pharmacy",
		chromedp.Navigate(s.url+"/organisations"),
		chromedp.WaitVisible("#f-name", chromedp.ByQuery),
		chromedp.SendKeys("#f-name", "Apotek Nord", chromedp.ByQuery),
		chromedp.SetValue("#f-role", "dispenser", chromedp.ByQuery),
		chromedp.SendKeys("#f-gln", gln(t, "409876500006"), chromedp.ByQuery),
		chromedp.SendKeys("#f-admin_email", "boss@apotek.test", chromedp.ByQuery),
		chromedp.Click("#onboard-submit", chromedp.ByQuery),
		chromedp.Text("#link-sent", &sent, chromedp.ByQuery, chromedp.NodeVisible),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("#onboard-progress li")).map(li => li.dataset.stage + " " + li.dataset.state)`, &states),
	)
	if !strings.Contains(sent, "sent to boss@apotek.test") {
		t.Errorf("the page says %q, want that the invitation is sent to boss@apotek.test", sent)
	}
	if want := "key done,register done,prefixes skipped,store done,invitation done,mail done"; strings.Join(states, ",") != want {
		t.Errorf("the steps shown: %q, want %q", states, want)
	}
	s.signOut()

	// (2) Its administrator accepts the invitation, sets a password, turns on two-factor
	// sign-in, and signs in again with a code.
	setPassword("the administrator accepts the invitation", mailed("boss@apotek.test"))
	s.signIn("boss@apotek.test", pass)
	var secret string
	s.run("the administrator opens two-factor sign-in",
		chromedp.Navigate(s.url+"/account/two-factor"),
		chromedp.Text("#totp-secret", &secret, chromedp.ByQuery, chromedp.NodeVisible),
	)
	code, err := totp.GenerateCode(strings.TrimSpace(secret), time.Now())
	if err != nil {
		t.Fatalf("a code of the key %q the page shows: %v", secret, err)
	}
	var recovery []string
	s.run("the administrator turns two-factor sign-in on",
		chromedp.SendKeys("#f-code", code, chromedp.ByQuery),
		chromedp.Click("#totp-confirm", chromedp.ByQuery),
		chromedp.WaitVisible(".recovery-codes", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll(".recovery-codes code")).map(c => c.textContent)`, &recovery),
	)
	if len(recovery) == 0 {
		t.Errorf("no recovery codes shown")
	}
	s.signOut()
	// A code is taken once: the next step's, which the server accepts (one step of drift).
	code, err = totp.GenerateCode(strings.TrimSpace(secret), time.Now().Add(30*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	s.run("the administrator signs in with password and code",
		chromedp.Navigate(s.url+"/login"),
		chromedp.WaitVisible("#f-email", chromedp.ByQuery),
		chromedp.SendKeys("#f-email", "boss@apotek.test", chromedp.ByQuery),
		chromedp.SendKeys("#f-password", pass, chromedp.ByQuery),
		chromedp.Click("#login-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#code-submit", chromedp.ByQuery),
		chromedp.SendKeys("#f-code", code, chromedp.ByQuery),
		chromedp.Click("#code-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#sign-out", chromedp.ByQuery),
	)

	// (3) It invites an operator.
	s.run("the administrator invites an operator",
		chromedp.Navigate(s.url+"/people"),
		chromedp.WaitVisible("#f-email", chromedp.ByQuery),
		chromedp.SendKeys("#f-email", "op@apotek.test", chromedp.ByQuery),
		chromedp.SendKeys("#f-name", "Olga Operator", chromedp.ByQuery),
		chromedp.SetValue("#f-role", "operator", chromedp.ByQuery),
		chromedp.Click("#invite-submit", chromedp.ByQuery),
		chromedp.Text("#link-sent", &sent, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(sent, "sent to op@apotek.test") {
		t.Errorf("the page says %q, want that the invitation is sent to op@apotek.test", sent)
	}

	// (4) The operator, on a browser of their own (the administrator stays signed in on
	// theirs), accepts, signs in and verifies a pack.
	admin := s.ctx
	s.ctx = newBrowser(t)
	setPassword("the operator accepts the invitation", mailed("op@apotek.test"))
	s.signIn("op@apotek.test", pass)
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

	// (5) The administrator sees that verification in the audit log. The log records an action
	// after its answer, so under load the row may come a moment after the verdict: read again
	// until it is there.
	s.ctx = admin
	var rows [][]string
	found := false
	for deadline := time.Now().Add(10 * time.Second); !found && time.Now().Before(deadline); {
		s.run("the administrator reads the audit log",
			chromedp.Navigate(s.url+"/audit"),
			chromedp.WaitVisible("table.audit", chromedp.ByQuery),
			chromedp.Evaluate(`Array.from(document.querySelectorAll("table.audit tbody tr")).map(tr => Array.from(tr.cells).map(td => td.textContent.trim()))`, &rows),
		)
		for _, r := range rows {
			// When, Who, Action, Object, From, Outcome.
			if len(r) == 6 && r[1] == "Olga Operator <op@apotek.test> of Apotek Nord" && r[2] == "POST /scan" && r[5] == "200" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("the audit log has no row of Olga Operator's verification (POST /scan, 200): %q", rows)
	}
	t.Logf("verdict %s", verdict)
}
