package httpapi_test

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/browsertest"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// newBrowser starts a headless chromium (internal/testkit/browsertest) for three minutes. Every
// page it opens records what its Content-Security-Policy refused, which checkPage reports.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	ctx := browsertest.New(t, 3*time.Minute)
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.__csp = [];
			document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || "")));`).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatalf("watch the Content-Security-Policy: %v", err)
	}
	return ctx
}

// story is a browser session on a served world, with a screenshot after each step when
// SCREENSHOTS names a directory.
type story struct {
	t     *testing.T
	ctx   context.Context
	url   string
	shots string
	step  int
}

func (s *story) run(what string, actions ...chromedp.Action) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(s.ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Run(ctx, actions...)
	if err != nil && strings.Contains(err.Error(), "node with given id") {
		// chromedp resolved a node that its copy of the DOM no longer holds: under load its DOM
		// events can lag the page (chromedp/chromedp#1001). The action did not reach the page,
		// so the step is tried once more.
		// The retry has a time of its own: the first try may have used most of the step's.
		s.t.Logf("%s: %v; trying the step again", what, err)
		rctx, rcancel := context.WithTimeout(s.ctx, 30*time.Second)
		defer rcancel()
		err = chromedp.Run(rctx, actions...)
	}
	if err != nil {
		var where, text string
		dctx, dcancel := context.WithTimeout(s.ctx, 5*time.Second)
		_ = chromedp.Run(dctx, chromedp.Location(&where), chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &text))
		dcancel()
		s.screenshot("failed " + what)
		s.t.Fatalf("%s: %v\nat %s, showing:\n%s", what, err, where, text)
	}
	s.checkPage(what)
	s.screenshot(what)
}

// settled runs js in the page until it answers something other than false, null or "", and
// puts that answer in out (unless out is nil). It reads by script, not through chromedp's copy
// of the DOM, so a page being replaced under it (a form posted, that copy lagging under load)
// is asked again rather than failing the step halfway, after its action reached the page.
func settled(js string, out any) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for {
			var raw json.RawMessage
			err := chromedp.Evaluate(js, &raw).Do(ctx)
			if err == nil {
				switch string(raw) {
				case "false", "null", `""`, "":
				default:
					if out == nil {
						return nil
					}
					return json.Unmarshal(raw, out)
				}
			}
			select {
			case <-ctx.Done():
				if err != nil {
					return fmt.Errorf("%w (the page last said: %v)", ctx.Err(), err)
				}
				return ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
}

// shown waits for the element sel selects to be shown (settled).
func shown(sel string) chromedp.Action {
	return settled(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.getClientRects().length > 0; })()`, sel), nil)
}

// shownText waits for the element sel selects to be shown, and reads its text (settled).
func shownText(sel string, text *string) chromedp.Action {
	return settled(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e && e.getClientRects().length > 0 ? e.innerText : false; })()`, sel), text)
}

func (s *story) screenshot(what string) {
	if s.shots == "" {
		return
	}
	s.step++
	var png []byte
	ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		s.t.Fatalf("screenshot of %s: %v", what, err)
	}
	// Named after the story, so the stories' shots sit side by side in one folder.
	story := strings.TrimPrefix(strings.SplitN(s.t.Name(), "/", 2)[0], "Test")
	name := fmt.Sprintf("%s-%02d-%s.png", story, s.step, strings.ReplaceAll(strings.ToLower(what), " ", "-"))
	if err := os.WriteFile(filepath.Join(s.shots, name), png, 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// checkPage asserts what every page owes its users: each visible input and select has a label,
// and nothing is wider than the window.
func (s *story) checkPage(what string) {
	s.t.Helper()
	var problems []string
	err := chromedp.Run(s.ctx, chromedp.Evaluate(`(() => {
		const out = [];
		document.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(el => {
			if (!el.labels || el.labels.length === 0) out.push("no label for " + (el.id || el.name));
		});
		if (document.documentElement.scrollWidth > window.innerWidth + 1)
			out.push("the page is " + document.documentElement.scrollWidth + " px wide in a " + window.innerWidth + " px window");
		(window.__csp || []).forEach(v => out.push("the Content-Security-Policy refused " + v));
		return out;
	})()`, &problems))
	if err != nil {
		s.t.Fatalf("%s: check the page: %v", what, err)
	}
	for _, p := range problems {
		s.t.Errorf("%s: %s", what, p)
	}
}

func (s *story) signIn(email, password string) {
	s.t.Helper()
	s.run("sign in as "+strings.SplitN(email, "@", 2)[0],
		chromedp.Navigate(s.url+"/login"),
		chromedp.WaitVisible("#f-email", chromedp.ByQuery),
		chromedp.SendKeys("#f-email", email, chromedp.ByQuery),
		chromedp.SendKeys("#f-password", password, chromedp.ByQuery),
		chromedp.Click("#login-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#sign-out", chromedp.ByQuery),
	)
}

func (s *story) signOut() {
	s.t.Helper()
	s.run("sign out", chromedp.Click("#sign-out", chromedp.ByQuery), chromedp.WaitVisible("#login-submit", chromedp.ByQuery))
}

// flash waits for the message a page shows after an action and returns it.
func flash(out *string) chromedp.Action {
	return chromedp.Text(".flash", out, chromedp.ByQuery, chromedp.NodeVisible)
}

// TestBrowserStory drives the whole story through the pages: the manufacturer registers a
// batch and downloads its labels, ships it; the distributor accepts, splits and ships on; the
// pharmacy accepts, scans a pack as a 2D scanner types it, dispenses it and scans it again (as
// an undo would need: no alert), then scans a pack the distributor never shipped to it; the
// regulator sees that alert and the batch's provenance picture.
func TestBrowserStory(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	if s.shots != "" {
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	users := map[string][2]string{}
	for key, org := range map[string]pedigree.Organisation{"manufacturer": w.Manufacturer, "distributor": w.Distributor, "dispenser": w.Dispenser, "regulator": w.Regulator} {
		email, password := w.User(t, org)
		users[key] = [2]string{email, password}
	}
	const packs, lot = 20, "BROWSER-1"
	expiry := time.Now().AddDate(2, 0, 0).Format(time.DateOnly)

	// The manufacturer registers a batch of 20 generated serials.
	s.signIn(users["manufacturer"][0], users["manufacturer"][1])
	var batchURL, msg string
	s.run("register a batch",
		chromedp.Navigate(s.url+"/batches/new"),
		chromedp.WaitVisible("#f-product_name", chromedp.ByQuery),
		chromedp.SendKeys("#f-product_name", "Browserol", chromedp.ByQuery),
		chromedp.SendKeys("#f-product_strength", "10 mg", chromedp.ByQuery),
		chromedp.SendKeys("#f-gtin", "09506000134352", chromedp.ByQuery),
		chromedp.SendKeys("#f-lot", lot, chromedp.ByQuery),
		chromedp.SetValue("#f-expiry", expiry, chromedp.ByQuery),
		chromedp.SendKeys("#f-quantity", fmt.Sprint(packs), chromedp.ByQuery),
		chromedp.Click("#register-submit", chromedp.ByQuery),
		chromedp.WaitVisible("#prov-title", chromedp.ByQuery),
		chromedp.Location(&batchURL),
		flash(&msg),
	)
	if !strings.Contains(msg, "Registered lot "+lot) {
		t.Errorf("after registering, the page says %q", msg)
	}
	batchID, err := pedigree.ParseTokenID(batchURL[strings.LastIndex(batchURL, "/")+1:])
	if err != nil {
		t.Fatalf("the batch page's address %s: %v", batchURL, err)
	}
	serials, err := postgres.NewBatches(w.Pool).Serials(context.Background(), batchID)
	if err != nil || len(serials) != packs {
		t.Fatalf("stored serials: %d, %v", len(serials), err)
	}

	// ... and downloads its labels as a ZIP of PNGs.
	downloads := t.TempDir()
	done := make(chan string, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*browser.EventDownloadProgress); ok && e.State == browser.DownloadProgressStateCompleted {
			done <- e.GUID
		}
	})
	s.run("download the labels",
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(downloads).WithEventsEnabled(true),
		chromedp.SetValue("#l-from", "1", chromedp.ByQuery),
		chromedp.SetValue("#l-to", fmt.Sprint(packs), chromedp.ByQuery),
		chromedp.SetValue("#l-format", "zip", chromedp.ByQuery),
		chromedp.Click("#labels-download", chromedp.ByQuery),
	)
	select {
	case guid := <-done:
		z, err := zip.OpenReader(filepath.Join(downloads, guid))
		if err != nil {
			t.Fatalf("the labels download: %v", err)
		}
		if len(z.File) < packs {
			t.Errorf("the labels ZIP holds %d files, want at least %d", len(z.File), packs)
		}
		z.Close()
	case <-time.After(30 * time.Second):
		t.Fatal("the labels download did not complete")
	}

	// The manufacturer ships the batch to the distributor.
	distributor := pedigree.Address(w.H.Distributor.Addr).String()
	dispenser := pedigree.Address(w.H.Dispenser.Addr).String()
	held := func(id pedigree.TokenID) string { return "#held-" + id.String() }
	s.run("ship to the distributor",
		chromedp.Navigate(s.url+"/shipments"),
		chromedp.WaitVisible(held(batchID), chromedp.ByQuery),
		chromedp.SetValue("#to-"+batchID.String(), distributor, chromedp.ByQuery),
		chromedp.Click(held(batchID)+` form[action$="/ship"] button`, chromedp.ByQuery),
		flash(&msg),
	)
	if !strings.HasPrefix(msg, "Shipped") {
		t.Errorf("after shipping, the page says %q", msg)
	}
	s.signOut()

	// The distributor accepts, splits off packs 11-20 and ships them to the pharmacy.
	part := pedigree.TokenIDFromBig(chain.SplitTokenID(batchID.Big(), 10))
	s.signIn(users["distributor"][0], users["distributor"][1])
	s.run("accept at the distributor",
		chromedp.Navigate(s.url+"/shipments"),
		chromedp.Click("#in-"+batchID.String()+` form[action$="/accept"] button`, chromedp.ByQuery),
		flash(&msg),
		chromedp.WaitVisible(held(batchID), chromedp.ByQuery),
	)
	s.run("split",
		chromedp.SendKeys("#at-"+batchID.String(), "11", chromedp.ByQuery),
		chromedp.Click(held(batchID)+` form[action$="/split"] button`, chromedp.ByQuery),
		chromedp.WaitVisible(held(part), chromedp.ByQuery),
	)
	s.run("ship to the pharmacy",
		chromedp.SetValue("#to-"+part.String(), dispenser, chromedp.ByQuery),
		chromedp.Click(held(part)+` form[action$="/ship"] button`, chromedp.ByQuery),
		chromedp.WaitVisible("#out-"+part.String(), chromedp.ByQuery),
	)
	s.signOut()

	// The pharmacy accepts, and the pharmacist scans pack 15 as a 2D scanner types it: the
	// symbology identifier ]d2, then the element string with Ctrl+] for each group separator,
	// then Enter.
	s.signIn(users["dispenser"][0], users["dispenser"][1])
	s.run("accept at the pharmacy",
		chromedp.Navigate(s.url+"/shipments"),
		chromedp.Click("#in-"+part.String()+` form[action$="/accept"] button`, chromedp.ByQuery),
		chromedp.WaitVisible(held(part), chromedp.ByQuery),
	)
	exp, _ := time.Parse(time.DateOnly, expiry)
	packCode := func(i int) gs1.Code {
		return gs1.Code{GTIN: "09506000134352", Lot: lot, Serial: serials[i], Expiry: gs1.Date{Year: exp.Year(), Month: int(exp.Month()), Day: exp.Day()}}
	}
	code := packCode(14)
	scan := func(what string, out *string) {
		t.Helper()
		actions := []chromedp.Action{chromedp.Navigate(s.url + "/scan"), chromedp.WaitVisible("#code", chromedp.ByQuery),
			chromedp.SendKeys("#code", "]d2", chromedp.ByQuery)}
		for i, field := range strings.Split(code.ElementString(), "\x1d") {
			if i > 0 {
				actions = append(actions, chromedp.KeyEvent("]", chromedp.KeyModifiers(input.ModifierCtrl)))
			}
			actions = append(actions, chromedp.SendKeys("#code", field, chromedp.ByQuery))
		}
		actions = append(actions, chromedp.KeyEvent("\r"), chromedp.WaitVisible("#verdict", chromedp.ByQuery),
			chromedp.Text("#verdict .verdict-code", out, chromedp.ByQuery))
		s.run(what, actions...)
	}
	var verdict string
	scan("scan a pack", &verdict)
	if verdict != "AUTHENTIC" {
		t.Fatalf("the first scan says %q, want AUTHENTIC", verdict)
	}
	s.run("dispense",
		chromedp.Click("#dispense", chromedp.ByQuery),
		chromedp.Text("#done", &msg, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(msg, "Dispensed") {
		t.Errorf("after dispensing, the page says %q", msg)
	}
	scan("scan it again", &verdict)
	if verdict != "ALREADY_DECOMMISSIONED" {
		t.Fatalf("the second scan says %q, want ALREADY_DECOMMISSIONED", verdict)
	}
	var next string
	s.run("read what to do", chromedp.Text("#verdict .verdict-next", &next, chromedp.ByQuery, chromedp.NodeVisible),
		chromedp.WaitVisible("#undo", chromedp.ByQuery))
	if !strings.Contains(next, "undo") {
		t.Errorf("after dispensing, the card says to do %q", next)
	}
	// Pack 4 is still with the distributor: a pharmacy holding it is a diversion signal.
	code = packCode(3)
	scan("scan a pack never shipped here", &verdict)
	if verdict != "NOT_RELEASED" {
		t.Fatalf("a pack the distributor holds, at the pharmacy: %q, want NOT_RELEASED", verdict)
	}
	s.signOut()

	// The regulator sees the alert and the batch's provenance picture.
	s.signIn(users["regulator"][0], users["regulator"][1])
	var alerts string
	s.run("see the alert",
		chromedp.Navigate(s.url+"/alerts"),
		chromedp.Text(".alerts", &alerts, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(alerts, serials[3]) || !strings.Contains(alerts, "Corner Pharmacy") || !strings.Contains(alerts, "Possible diversion") {
		t.Errorf("the alerts feed lacks the diverted pack:\n%s", alerts)
	}
	if strings.Contains(alerts, serials[14]) {
		t.Errorf("the pharmacy's re-scan of the pack it dispensed raised an alert:\n%s", alerts)
	}
	var picture string
	s.run("see the provenance",
		chromedp.Click(`.alerts a[href^="/batches"]`, chromedp.ByQuery),
		chromedp.Click(`table a[href^="/batches/`+batchID.String()+`"]`, chromedp.ByQuery),
		chromedp.WaitVisible(".provenance-picture svg", chromedp.ByQuery),
		chromedp.OuterHTML(".provenance-picture svg", &picture, chromedp.ByQuery),
	)
	for _, want := range []string{"Acme Pharma", "Wholesale One", "Corner Pharmacy"} {
		if !strings.Contains(picture, want) {
			t.Errorf("the provenance picture does not name %s", want)
		}
	}

	// The scan page on a 375 px phone: everything fits.
	s.run("scan on a phone",
		chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile),
		chromedp.Navigate(s.url+"/scan"),
		chromedp.WaitVisible("#code", chromedp.ByQuery),
	)
}

// TestBrowserPatient is a patient's phone opening packs' QR codes: the pack just bought gets
// the calm answer, in green; a pack that never reached a pharmacy is never green.
func TestBrowserPatient(t *testing.T) {
	s, w := newWorldStory(t, "patient")
	link := func(i int) string {
		c := w.Code(i)
		return s.url + "/01/" + c.GTIN + "/10/" + c.Lot + "/21/" + c.Serial + "?17=" + c.Expiry.Format("060102")
	}
	type card struct{ code, title, next, class string }
	open := func(what string, i int) card {
		t.Helper()
		var c card
		var ok bool
		s.run(what,
			chromedp.Navigate(link(i)),
			chromedp.WaitVisible(".verdict", chromedp.ByQuery),
			chromedp.Text(".verdict-code", &c.code, chromedp.ByQuery),
			chromedp.Text(".verdict h1", &c.title, chromedp.ByQuery),
			chromedp.Text(".verdict-next", &c.next, chromedp.ByQuery),
			chromedp.AttributeValue(".verdict", "class", &c.class, &ok, chromedp.ByQuery),
		)
		return c
	}
	s.run("a phone", chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile))

	// Pack 50 was dispensed by the pharmacy as the world was built: the patient just bought it.
	got := open("scan the pack just bought", 50)
	if got.code != "SUPPLIED" || !strings.Contains(got.class, "verdict-ok") || !strings.Contains(got.title, "Genuine; supplied by a pharmacy") {
		t.Errorf("the pack just bought: %+v", got)
	}
	if !strings.Contains(got.next, "If you did not") {
		t.Errorf("the pack just bought: the card does not say what to do if it was not: %q", got.next)
	}
	var text string
	s.run("read the card", chromedp.Text("main", &text, chromedp.ByQuery))
	for _, leak := range []string{"Corner Pharmacy", "must not be supplied"} {
		if strings.Contains(text, leak) {
			t.Errorf("the patient's page shows %q", leak)
		}
	}

	// Pack 5 never left the manufacturer.
	got = open("scan a pack never released", 5)
	if got.code != "NOT_RELEASED" || strings.Contains(got.class, "verdict-ok") || strings.Contains(got.title, "Genuine") {
		t.Errorf("the pack never released: %+v", got)
	}
	if !strings.Contains(got.next, "Do not use") {
		t.Errorf("the pack never released: the card says to do %q", got.next)
	}
}
