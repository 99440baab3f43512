package httpapi_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserRecallStory is the recall told through the pages: the manufacturer recalls the
// world's VERIFY batch, whose packs 49 to 64 are at the pharmacy; a pack's verdict names the
// reason; the pharmacy signs in, sees the notice of its recalled stock and returns it; the
// manufacturer accepts the return; the regulator's recall register shows it came back.
func TestBrowserRecallStory(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	if s.shots != "" {
		s.shots = filepath.Join(s.shots, "recall")
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	verify := pedigree.TokenIDFromBig(w.Batch.ID)
	atPharmacy := pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48))
	var msg, text string
	manufacturerEmail, manufacturerPassword := w.User(t, w.Manufacturer)

	// The manufacturer recalls the batch from its page.
	s.signIn(manufacturerEmail, manufacturerPassword)
	s.run("recall the batch",
		chromedp.Navigate(s.url+"/batches/"+verify.String()),
		chromedp.WaitVisible("#f-reason", chromedp.ByQuery),
		chromedp.SetValue("#f-reason", "3", chromedp.ByQuery),
		chromedp.Click("#f-confirm", chromedp.ByQuery),
		chromedp.Click(`form[action$="/recall"] button[type=submit]`, chromedp.ByQuery),
		flash(&msg),
		chromedp.Text(".banner.bad", &text, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(msg, "The batch is recalled") || !strings.Contains(text, "Contamination") {
		t.Errorf("after the recall, the page says %q and %q", msg, text)
	}
	s.signOut()

	// A pack's verdict names the reason in words.
	c := w.Code(52)
	s.run("a recalled pack's verdict",
		chromedp.Navigate(s.url+"/01/"+c.GTIN+"/10/"+c.Lot+"/21/"+c.Serial),
		chromedp.WaitVisible(".verdict", chromedp.ByQuery),
		chromedp.Text(".verdict-code", &msg, chromedp.ByQuery),
		chromedp.Text(".verdict .reasons", &text, chromedp.ByQuery),
	)
	if msg != "RECALLED" || !strings.Contains(text, "recalled (contamination)") {
		t.Errorf("the recalled pack's verdict: %q, %q", msg, text)
	}

	// The pharmacy signs in and sees its recalled stock, and returns it.
	s.signIn(w.User(t, w.Dispenser))
	stock := "#recalled-" + atPharmacy.String()
	s.run("see the recall notice",
		chromedp.WaitVisible(stock, chromedp.ByQuery),
		chromedp.Text(stock, &text, chromedp.ByQuery),
	)
	for _, want := range []string{"Demoprofen", "lot VERIFY", "packs 49 to 64 (16, 15 active)", "Contamination", "Return to Acme Pharma", "Destroy 15 active packs"} {
		if !strings.Contains(text, want) {
			t.Errorf("the notice lacks %q:\n%s", want, text)
		}
	}
	s.run("ask to return it",
		chromedp.Click(stock+` a[href$="/return"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#confirm-what", chromedp.ByQuery),
		chromedp.Text("#confirm-what", &text, chromedp.ByQuery),
	)
	if !strings.Contains(text, "Ship packs 49 to 64 of lot VERIFY back to Acme Pharma") {
		t.Errorf("the confirmation says %q", text)
	}
	s.run("return it",
		chromedp.Click("#confirm", chromedp.ByQuery),
		flash(&msg),
		chromedp.WaitVisible("#out-"+atPharmacy.String(), chromedp.ByQuery),
	)
	if !strings.HasPrefix(msg, "Returned Demoprofen") {
		t.Errorf("after returning, the page says %q", msg)
	}
	var notices int
	s.run("the notice is gone", chromedp.Evaluate(`document.querySelectorAll("#recall-notice").length`, &notices))
	if notices != 0 {
		t.Error("the pharmacy still sees the recall notice after returning its only recalled stock")
	}
	s.signOut()

	// The manufacturer accepts the return.
	s.signIn(manufacturerEmail, manufacturerPassword)
	in := "#in-" + atPharmacy.String()
	var notice string
	s.run("see the return",
		chromedp.Navigate(s.url+"/shipments"),
		chromedp.WaitVisible(in, chromedp.ByQuery),
		chromedp.Text(in, &text, chromedp.ByQuery),
		chromedp.Text("#recall-notice", &notice, chromedp.ByQuery),
	)
	if !strings.Contains(text, "A return of recalled stock (Contamination)") {
		t.Errorf("the incoming return says %q", text)
	}
	if !strings.Contains(notice, "1 return of recalled stock is on its way to you") || strings.Contains(notice, "Return to") {
		t.Errorf("the manufacturer's notice says %q", notice)
	}
	s.run("accept the return",
		chromedp.Click(in+` form[action$="/accept"] button`, chromedp.ByQuery),
		flash(&msg),
		chromedp.WaitVisible("#held-"+atPharmacy.String(), chromedp.ByQuery),
	)
	s.signOut()

	// The regulator's register shows it came back.
	s.signIn(w.User(t, w.Regulator))
	row := "#recall-" + verify.String()
	var returned, outstanding string
	s.run("see the recall register",
		chromedp.Navigate(s.url+"/recalls"),
		chromedp.WaitVisible(row, chromedp.ByQuery),
		chromedp.Text(row+" .returned", &returned, chromedp.ByQuery),
		chromedp.Text(row+" .outstanding", &outstanding, chromedp.ByQuery),
		chromedp.Text(row, &text, chromedp.ByQuery),
	)
	if returned != "16" || outstanding != "16 active" {
		t.Errorf("the register: %q come back, %q still out; want 16 and 16 (the distributor's)", returned, outstanding)
	}
	for _, want := range []string{"Contamination (code 3)", "Acme Pharma", "Wholesale One"} {
		if !strings.Contains(text, want) {
			t.Errorf("the register lacks %q:\n%s", want, text)
		}
	}
	s.run("the register on a phone",
		chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile),
		chromedp.Navigate(s.url+"/recalls"),
		chromedp.WaitVisible(row, chromedp.ByQuery),
	)
}
