package httpapi_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestBrowserAlertCase walks an alert case in chromium: a pharmacy scans a serial its batch
// does not have and reports it with a comment; the regulator and the manufacturer see the
// case (the manufacturer without learning which pharmacy it was), each with a count of new
// cases in the navigation; the manufacturer marks it investigating; the regulator closes it
// with a reason, after being told that "other" needs a comment.
func TestBrowserAlertCase(t *testing.T) {
	s, w := newWorldStory(t, "alerts")
	stale := chromedp.Evaluate(`document.documentElement.dataset.stale = "1"`, nil)
	next := chromedp.WaitNotPresent(`html[data-stale]`, chromedp.ByQuery)
	text := func(what, sel string) string {
		t.Helper()
		var out string
		s.run(what, chromedp.Text(sel, &out, chromedp.ByQuery, chromedp.NodeVisible))
		return out
	}
	c := w.Code(50)

	// The pharmacy.
	email, password := w.User(t, w.Dispenser)
	s.signIn(email, password)
	w.Synced(t)
	s.run("scan a serial the batch does not have", chromedp.Navigate(s.url+"/scan"), chromedp.WaitVisible("#code", chromedp.ByQuery),
		chromedp.SendKeys("#code", "(01)"+c.GTIN+"(10)"+c.Lot+"(21)FAKE-0001\r", chromedp.ByQuery), chromedp.WaitVisible("#next-steps", chromedp.ByQuery))
	s.run("report it with a comment", chromedp.SetValue("#report-comment", "The print is blurred and the box smells of glue", chromedp.ByQuery),
		stale, chromedp.Click("#report", chromedp.ByQuery), next, chromedp.WaitVisible("#done", chromedp.ByQuery))
	var id int64
	if err := w.Pool.QueryRow(context.Background(), `SELECT id FROM alerts WHERE kind = 'unknown_serial' AND serial = 'FAKE-0001'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	s.run("the pharmacy has no alerts page", chromedp.Navigate(fmt.Sprintf("%s/alerts/%d", s.url, id)), chromedp.WaitVisible("main", chromedp.ByQuery))
	if got := text("read the refusal", "main"); strings.Contains(got, "FAKE-0001") || strings.Contains(got, "smells of glue") {
		t.Errorf("the pharmacy sees the case:\n%s", got)
	}
	s.signOut()

	// The regulator sees the case, the pharmacy named.
	regEmail, regPassword := w.User(t, w.Regulator)
	s.signIn(regEmail, regPassword)
	if got := text("the regulator's count of new cases", `nav a[href="/alerts"] .nav-count`); got != "1" {
		t.Errorf("the regulator's navigation counts %q new cases, want 1", got)
	}
	s.run("the regulator's alerts", chromedp.Navigate(s.url+"/alerts?status=new"), chromedp.WaitVisible(fmt.Sprintf("#alert-%d", id), chromedp.ByQuery))
	feed := text("read the feed", fmt.Sprintf("#alert-%d", id))
	for _, want := range []string{"New", "Unknown serial", "FAKE-0001", "Corner Pharmacy", "smells of glue", "Acme Pharma"} {
		if !strings.Contains(feed, want) {
			t.Errorf("the regulator's feed lacks %q:\n%s", want, feed)
		}
	}
	s.signOut()

	// The manufacturer sees it without the pharmacy, and marks it investigating.
	email, password = w.User(t, w.Manufacturer)
	s.signIn(email, password)
	if got := text("the manufacturer's count of new cases", `nav a[href="/alerts"] .nav-count`); got != "1" {
		t.Errorf("the manufacturer's navigation counts %q new cases, want 1", got)
	}
	s.run("the manufacturer's alerts", chromedp.Click(`nav a[href="/alerts"]`, chromedp.ByQuery), chromedp.WaitVisible(fmt.Sprintf("#alert-%d", id), chromedp.ByQuery))
	feed = text("read the feed", "main")
	if !strings.Contains(feed, "smells of glue") || !strings.Contains(feed, "FAKE-0001") {
		t.Errorf("the manufacturer's feed lacks the case or the comment:\n%s", feed)
	}
	if strings.Contains(feed, "Corner Pharmacy") {
		t.Errorf("the manufacturer learns which pharmacy scanned:\n%s", feed)
	}
	s.run("open the case", stale, chromedp.Click(fmt.Sprintf("#alert-%d a.alert-kind", id), chromedp.ByQuery), next, chromedp.WaitVisible("#case-status", chromedp.ByQuery))
	if page := text("read the case", "main"); strings.Contains(page, "Corner Pharmacy") || !strings.Contains(page, "A scanning organisation") {
		t.Errorf("the manufacturer's case page names the pharmacy, or not its comment:\n%s", page)
	}
	var done string
	s.run("mark it investigating", chromedp.SetValue("#f-status", "investigating", chromedp.ByQuery),
		chromedp.SetValue("#f-comment", "Checking the lot's serial upload", chromedp.ByQuery),
		stale, chromedp.Click("#change-status", chromedp.ByQuery), next, flash(&done))
	if got := text("read the status", "#case-status"); got != "Investigating" {
		t.Errorf("after marking it investigating the case is %q (%s)", got, done)
	}
	s.signOut()

	// The regulator closes it with a reason.
	s.signIn(regEmail, regPassword)
	s.run("open the case", chromedp.Navigate(fmt.Sprintf("%s/alerts/%d", s.url, id)), chromedp.WaitVisible("#case-status", chromedp.ByQuery))
	if history := text("read the history", "#case-history"); !strings.Contains(history, "Acme Pharma") || !strings.Contains(history, "Checking the lot's serial upload") ||
		!strings.Contains(history, "Corner Pharmacy") {
		t.Errorf("the history lacks the manufacturer's move or the pharmacy's report:\n%s", history)
	}
	s.run("close it for another reason, saying none", chromedp.SetValue("#f-status", "closed", chromedp.ByQuery), chromedp.SetValue("#f-reason", "other", chromedp.ByQuery),
		stale, chromedp.Click("#change-status", chromedp.ByQuery), next, chromedp.WaitVisible("#f-comment-error", chromedp.ByQuery))
	if got := text("read the status", "#case-status"); got != "Investigating" {
		t.Errorf("a refused close left the case %q", got)
	}
	s.run("close it as a confirmed falsification", chromedp.SetValue("#f-status", "closed", chromedp.ByQuery),
		chromedp.SetValue("#f-reason", "confirmed_falsification", chromedp.ByQuery), chromedp.SetValue("#f-comment", "Seized; the police have it", chromedp.ByQuery),
		stale, chromedp.Click("#change-status", chromedp.ByQuery), next, flash(&done))
	if got := text("read the status", "#case-status"); got != "Closed" {
		t.Errorf("after closing, the case is %q (%s)", got, done)
	}
	if got := text("read the reason", "main"); !strings.Contains(got, "Confirmed falsification") {
		t.Errorf("the closed case does not say why:\n%s", got)
	}
	s.run("the closed cases", chromedp.Navigate(s.url+"/alerts?status=closed"), chromedp.WaitVisible(fmt.Sprintf("#alert-%d", id), chromedp.ByQuery))
	s.run("the batch's cases, from the batch", chromedp.Navigate(s.url+"/batches/"+pedigree.TokenIDFromBig(w.Batch.ID).String()),
		chromedp.Click("#batch-alerts", chromedp.ByQuery), chromedp.WaitVisible(fmt.Sprintf("#alert-%d", id), chromedp.ByQuery))
	var counts int
	s.run("no new cases counted", chromedp.Evaluate(`document.querySelectorAll("nav .nav-count").length`, &counts))
	if counts != 0 {
		t.Errorf("the navigation still counts new cases")
	}
}
