package httpapi_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestBrowserSSCCStory is the story of cases and pallets through the pages: the manufacturer
// captures a commissioning-and-packing document from a file (a broken one first: its problems
// are listed), prints the case labels, and ships the pallet by scanning its SSCC; the
// distributor accepts the pallet by scanning it, then ships one case on by its SSCC; the
// pharmacy scans the case, accepts it, sees its packs and opens it. The manufacturer also
// packs a second batch into cases from its page.
func TestBrowserSSCCStory(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	if s.shots != "" {
		s.shots = filepath.Join(s.shots, "sscc")
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	users := map[string][2]string{}
	for key, org := range map[string]pedigree.Organisation{"manufacturer": w.Manufacturer, "distributor": w.Distributor, "dispenser": w.Dispenser} {
		email, password := w.User(t, org)
		users[key] = [2]string{email, password}
	}
	signIn := func(who string) { s.signIn(users[who][0], users[who][1]) }
	// click clicks through the page's script, which needs no node of chromedp's copy of the
	// DOM: a step tried again after a lagging DOM event never clicks twice.
	click := func(sel string) chromedp.Action {
		return chromedp.Evaluate(`document.querySelector("`+sel+`").click()`, nil)
	}
	dir := t.TempDir()
	file := func(name, doc string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	expiry := time.Now().AddDate(1, 0, 0)
	doc := commissioningDoc(t, "CASES-1", 12, expiry)
	pallet, case2 := sscc(t, 900), sscc(t, 2)
	var msg, text string

	// The manufacturer captures the document from a file: a broken copy is refused with each
	// problem's JSON pointer, nothing registered; the document itself registers the batch.
	signIn("manufacturer")
	broken := strings.Replace(doc, `"eventTimeZoneOffset":"+02:00"`, `"eventTimeZoneOffset":"CET"`, 1)
	s.run("capture a broken document",
		chromedp.Navigate(s.url+"/batches/new"),
		click("#capture-link"),
		chromedp.WaitVisible("#f-document", chromedp.ByQuery),
		chromedp.SetUploadFiles("#f-document", []string{file("broken.jsonld", broken)}, chromedp.ByQuery),
		click("#capture-submit"),
		chromedp.Text("#capture-problems", &text, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(text, "/epcisBody/eventList/0/eventTimeZoneOffset") {
		t.Errorf("the broken document's problems: %q", text)
	}
	var batchURL string
	s.run("capture the document",
		chromedp.SetUploadFiles("#f-document", []string{file("packed.jsonld", doc)}, chromedp.ByQuery),
		click("#capture-submit"),
		flash(&msg),
		chromedp.Location(&batchURL),
		chromedp.Text("#cases", &text, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if !strings.Contains(msg, "with 4 cases and pallets") || !strings.Contains(batchURL, "/batches/0x") {
		t.Errorf("after capturing, %s says %q", batchURL, msg)
	}
	if !strings.Contains(text, pallet) || !strings.Contains(text, case2) || strings.Count(text, "Acme Pharma") != 4 {
		t.Errorf("the batch's cases:\n%s", text)
	}

	// It prints the case labels: each DataMatrix scans back to its SSCC.
	var src string
	var labels int
	s.run("print the case labels",
		click("#case-labels"),
		chromedp.WaitVisible(".label", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll(".label").length`, &labels),
		chromedp.AttributeValue(".label:last-of-type .dm", "src", &src, nil, chromedp.ByQuery),
	)
	png, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(src, "data:image/png;base64,"))
	if err != nil {
		t.Fatal(err)
	}
	scanned, err := label.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatal(err)
	}
	if got, ok, err := gs1.ParseSSCC(scanned); labels != 4 || !ok || err != nil || got != sscc(t, 3) {
		t.Errorf("%d labels; the last scans %q: %s (%v, %v), want the third case's %s", labels, scanned, got, ok, err, sscc(t, 3))
	}

	// It ships the pallet by scanning its SSCC at the counter.
	scan := func(what, code, wantVerdict string) {
		t.Helper()
		var verdict string
		s.run(what,
			chromedp.Navigate(s.url+"/scan"),
			chromedp.WaitVisible("#code", chromedp.ByQuery),
			chromedp.SendKeys("#code", code+"\r", chromedp.ByQuery),
			chromedp.WaitVisible("#sscc-verdict", chromedp.ByQuery),
			chromedp.AttributeValue("#sscc-verdict", "data-verdict", &verdict, nil, chromedp.ByQuery),
		)
		if verdict != wantVerdict {
			t.Errorf("%s: verdict %s, want %s", what, verdict, wantVerdict)
		}
	}
	ship := func(what, to string) {
		t.Helper()
		s.run(what,
			chromedp.SetValue("#sscc-to", to, chromedp.ByQuery),
			click("#sscc-ship"),
			flash(&msg),
		)
		if !strings.Contains(msg, "is shipped") {
			t.Errorf("%s: the page says %q", what, msg)
		}
	}
	scan("scan the pallet", "(00)"+pallet, "AUTHENTIC")
	ship("ship the pallet", w.Distributor.Account.String())
	s.signOut()

	// The distributor accepts the pallet by scanning it, and ships one case on.
	signIn("distributor")
	scan("scan the incoming pallet", "00"+pallet, "AUTHENTIC")
	s.run("accept the pallet", click("#sscc-accept"), flash(&msg))
	if !strings.Contains(msg, "is accepted") {
		t.Errorf("after accepting the pallet, the page says %q", msg)
	}
	scan("scan a case", "https://id.gs1.org/00/"+case2, "AUTHENTIC")
	ship("ship the case on", w.Dispenser.Account.String())
	s.signOut()

	// The pharmacy scans the case, accepts it, sees its packs and opens it.
	signIn("dispenser")
	scan("scan the incoming case", "(00)"+case2, "AUTHENTIC")
	s.run("accept the case", click("#sscc-accept"), flash(&msg))
	s.run("see its packs",
		chromedp.Text("#sscc-contents", &text, chromedp.ByQuery),
		chromedp.Text("#sscc-packs", &msg, chromedp.ByQuery),
	)
	if !strings.Contains(text, "Active") || !strings.Contains(text, "4") || msg != "5–8" {
		t.Errorf("the pharmacy's case: packs %q, contents %q", msg, text)
	}
	s.run("open the case",
		click("#sscc-open"),
		flash(&msg),
		chromedp.WaitVisible("#sscc-opened", chromedp.ByQuery),
	)
	s.signOut()

	// The distributor's pallet, one case gone, is no longer green.
	signIn("distributor")
	scan("scan the pallet a case left", "(00)"+pallet, "CUSTODY_MISMATCH")
	s.run("see the packs outside", chromedp.Text("#sscc-outside", &text, chromedp.ByQuery))
	// The cases still at the distributor, though in two tokens now, are where the pallet is.
	if !strings.Contains(text, "5–8") || !strings.Contains(text, "Corner Pharmacy") || strings.Contains(text, "9–12") {
		t.Errorf("the packs not where their pallet is: %q", text)
	}
	s.signOut()

	// The manufacturer packs a batch captured without cases from its page.
	var unpacked map[string]any
	if err := json.Unmarshal([]byte(commissioningDoc(t, "CASES-2", 10, expiry)), &unpacked); err != nil {
		t.Fatal(err)
	}
	body := unpacked["epcisBody"].(map[string]any)
	body["eventList"] = body["eventList"].([]any)[:1]
	plain, _ := json.Marshal(unpacked)
	signIn("manufacturer")
	s.run("capture a document without cases",
		chromedp.Navigate(s.url+"/batches/capture"),
		chromedp.WaitVisible("#f-document", chromedp.ByQuery),
		chromedp.SetUploadFiles("#f-document", []string{file("plain.json", string(plain))}, chromedp.ByQuery),
		click("#capture-submit"),
		chromedp.WaitVisible("#pack-form", chromedp.ByQuery),
	)
	s.run("pack it into cases",
		chromedp.SetValue("#f-case_size", "4", chromedp.ByQuery),
		chromedp.SetValue("#f-cases_per_pallet", "2", chromedp.ByQuery),
		click("#pack-submit"),
		chromedp.Text("#cases", &text, chromedp.ByQuery, chromedp.NodeVisible),
		flash(&msg),
	)
	if !strings.Contains(msg, "packed into 5 cases and pallets") || strings.Count(text, "Pallet") != 2 || strings.Count(text, "Case") != 3 {
		t.Errorf("after packing, the page says %q and lists:\n%s", msg, text)
	}
}
