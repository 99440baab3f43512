package httpapi_test

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// phonePage is a page the phone test opens: the GET route of routes.go it shows, who opens it
// (a role, or "" for a visitor) and its path, in which {batch}, {serial}, {verdict},
// {invitation}, {responder}, {manufacturer} and {dispenser} stand for the world's batch, a pack's serial,
// its Digital Link, a fresh invitation's token and two participants' accounts.
type phonePage struct {
	route, who, path string
	wait             string // a selector the page shows; "main" when empty
}

// phonePages is every page of routes.go a browser GETs (TestPhonePagesComplete holds the list
// to routes.go), for each role that works with it, plus the verdict page and the error pages.
// A page added to routes.go is one line here.
var phonePages = []phonePage{
	{"/login", "", "/login", ""},
	{"/login/code", "", "/login/code", ""}, // with a pending sign-in's cookie
	{"/scan", "", "/scan", ""},
	{"/01/*", "", "{verdict}", ".verdict"},
	{"/01/*", "", "/01/09506000134352/10/RECALLED", ".product-page"}, // a batch's product page
	{"/invitations/{token}", "", "/invitations/{invitation}", ""},
	{"/*", "", "/no-such-page", ""},                              // 404
	{"/invitations/{token}", "", "/invitations/not-a-token", ""}, // 404 of a handler
	{"/scan", "manufacturer", "/scan", ""},
	{"/batches/new", "manufacturer", "/batches/new", ""},
	{"/batches/capture", "manufacturer", "/batches/capture", ""},
	{"/ssccs/{sscc}", "manufacturer", "/ssccs/{pallet}", ""},
	{"/products", "manufacturer", "/products", ""},
	{"/recalls/stock/{id}/{action}", "manufacturer", "/recalls/stock/{batch}/destroy", ""}, // no recall: the refusal
	{"/keys", "manufacturer", "/keys", ""},
	{"/keys/{key}/retire", "manufacturer", "/keys/{manufacturer}/retire", ""},
	{"/batches", "manufacturer", "/batches", ""},
	{"/batches/{id}", "manufacturer", "/batches/{batch}", ""},
	{"/shipments", "manufacturer", "/shipments", ""},
	{"/people", "manufacturer", "/people", ""},
	{"/tokens", "manufacturer", "/tokens", ""},
	{"/account", "manufacturer", "/account", ""},
	{"/audit", "manufacturer", "/audit", ""},
	{"enrolPath", "manufacturer", "/account/two-factor", ""},
	{"/participants", "manufacturer", "/participants", ""}, // 403
	{"/alerts", "manufacturer", "/alerts", ""},
	{"/alerts/{id}", "manufacturer", "/alerts/{alert}", ""},
	{"/scan", "distributor", "/scan", ""},
	{"/shipments", "distributor", "/shipments", ""},
	{"/shipments/{id}/transaction", "distributor", "/shipments/{shipped}/transaction", ""},
	{"/batches/{id}", "distributor", "/batches/{batch}", ""},
	{"/ssccs/{sscc}", "distributor", "/ssccs/{case}", ""},
	{"/people", "distributor", "/people", ""},
	{"/account", "distributor", "/account", ""},
	{"/scan", "dispenser", "/scan", ""},
	{"/scan/mine", "dispenser", "/scan/mine", ""},
	{"/shipments", "dispenser", "/shipments", ""},
	{"/batches/{id}", "dispenser", "/batches/{batch}", ""},
	{"/ssccs/{sscc}", "dispenser", "/ssccs/{case}", ""},
	{"/audit", "dispenser", "/audit", ""},
	{"/01/*", "dispenser", "{verdict}", ".verdict"},
	{"/alerts", "regulator", "/alerts", ""},
	{"/alerts/{id}", "regulator", "/alerts/{alert}", ""},
	{"/batches", "regulator", "/batches", ""},
	{"/batches", "regulator", "/batches?lot=ver", ""},
	{"/batches", "regulator", "/batches?serial={serial}", ""},
	{"/batches", "regulator", "/batches?holder=corner", ""},
	{"/batches/{id}", "regulator", "/batches/{batch}", ""},
	{"/batches/{id}", "regulator", "/batches/{batch}?serial={serial}", ""},
	{"/participants", "regulator", "/participants", ""},
	{"/recalls", "regulator", "/recalls", ""},
	{"/participants/{account}/{action}", "regulator", "/participants/{dispenser}/suspend", ""},
	{"/organisations", "regulator", "/organisations", ""},
	{"/prefixes", "regulator", "/prefixes", ""},
	{"/responders", "regulator", "/responders", ""},
	{"/responders/{id}/{action}", "regulator", "/responders/{responder}/edit", ""},
	{"/responders/{id}/{action}", "regulator", "/responders/{responder}/remove", ""},
	{"/people", "regulator", "/people", ""},
	{"/tokens", "regulator", "/tokens", ""},
	{"/account", "regulator", "/account", ""},
	{"/audit", "regulator", "/audit", ""},
	{"enrolPath", "regulator", "/account/two-factor", ""},
	{"/scan", "regulator", "/scan", ""},
	{"/*", "regulator", "/no-such-page", ""},          // 404, signed in
	{"/batches/new", "regulator", "/batches/new", ""}, // 403
}

// notPhonePages are the GET routes of the pages that are no page to check on a phone, and why.
var notPhonePages = map[string]string{
	"/":                         "a redirect to the role's first page, which is checked",
	"/batches/{id}/labels":      "the A4 label sheet, made for a printer, or a ZIP",
	"/batches/{id}/case-labels": "the A4 sheet of case and pallet labels, made for a printer",
}

// TestPhonePagesComplete holds phonePages to routes.go: every GET route of the web pages is
// opened on phones, or named in notPhonePages with the reason it is not.
func TestPhonePagesComplete(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "routes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	checked := map[string]bool{}
	for _, p := range phonePages {
		checked[p.route] = true
	}
	found := 0
	ast.Inspect(file, func(n ast.Node) bool {
		group, ok := n.(*ast.CallExpr) // r.Group(func(r chi.Router) { ... }): the web pages
		if sel, isSel := fun(group); !ok || !isSel || sel != "Group" {
			return true
		}
		ast.Inspect(group, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if sel, isSel := fun(call); !ok || !isSel || sel != "Get" || len(call.Args) == 0 {
				return true
			}
			var route string
			switch a := call.Args[0].(type) {
			case *ast.BasicLit:
				route, _ = strconv.Unquote(a.Value)
			case *ast.Ident:
				route = a.Name
			}
			found++
			if !checked[route] && notPhonePages[route] == "" {
				t.Errorf("the page GET %s is not in phonePages: add a line for each role that opens it", route)
			}
			return true
		})
		return false
	})
	if found < 20 {
		t.Fatalf("found %d GET routes of the pages in routes.go: has its shape changed?", found)
	}
}

// fun returns the name of the method call c calls, if it is one.
func fun(c *ast.CallExpr) (string, bool) {
	if c == nil {
		return "", false
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	return sel.Sel.Name, true
}

// stepName makes a path part of a screenshot's file name.
var stepName = strings.NewReplacer("/", " ", "?", " ", "=", " ", "{", "", "}", "")

// tooWide lists the elements reaching past the window's right edge, outermost first, the
// contents of a scrolling box aside.
const tooWide = `(() => {
	const out = [], w = document.documentElement.clientWidth;
	for (const el of document.querySelectorAll("body *")) {
		if (out.length >= 5) break;
		let p = el.parentElement, scrolls = false;
		for (; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") scrolls = true;
		const r = el.getBoundingClientRect();
		if (!scrolls && r.right > w + 0.5) out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).replace(/ /g, ".") : "") + " (" + Math.round(r.right) + " px)");
	}
	return out;
})()`

// phoneWidths are the phones checked: the narrowest common one and a common one.
var phoneWidths = []int64{360, 390}

// maxHeader is the most the header may take of a phone's screen, in CSS pixels.
const maxHeader = 64

// TestBrowserPhones opens every page, as each role that works with it, on phones 360 and
// 390 px wide: no page scrolls sideways, and the header takes at most 64 px.
func TestBrowserPhones(t *testing.T) {
	ctx := newBrowser(t)
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	s := &story{t: t, ctx: ctx, url: srv.URL, shots: os.Getenv("SCREENSHOTS")}
	if s.shots != "" {
		s.shots = filepath.Join(s.shots, "phones")
		if err := os.MkdirAll(s.shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	users := map[string]pedigree.Organisation{"manufacturer": w.Manufacturer, "distributor": w.Distributor, "dispenser": w.Dispenser, "regulator": w.Regulator}
	_, invitation, err := postgres.NewUsers(w.Pool, time.Now).Invite(context.Background(), w.Distributor.ID, "new@wholesale.test", "New Colleague", pedigree.UserOperator)
	if err != nil {
		t.Fatal(err)
	}
	key, err := postgres.ResponderKey(worldtest.Passphrase)
	if err != nil {
		t.Fatal(err)
	}
	directory, err := postgres.NewResponders(w.Pool, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	responder, err := directory.AddResponder(context.Background(), pedigree.ResponderInput{Code: "7612345",
		Name: "Medicines Agency of a neighbouring country", URL: "https://verification.medicines-agency.neighbour.example/pedigree", Token: "ped_0123456789abcdefghijklmnop"})
	if err != nil {
		t.Fatal(err)
	}
	c := w.Code(50)
	// An alert case, raised by the pharmacy's scan of a serial the batch does not have.
	fake := c
	fake.Serial = "NOT-IN-THE-BATCH"
	w.Verify(t, w.Now, fake, &w.Dispenser)
	var alert int64
	if err := w.Pool.QueryRow(context.Background(), `SELECT max(id) FROM alerts`).Scan(&alert); err != nil {
		t.Fatal(err)
	}
	// The batch's first eight packs in two cases on a pallet.
	pallet, case1 := sscc(t, 900), sscc(t, 1)
	if err := postgres.NewFacts(w.Pool).AddContainers(context.Background(), pedigree.TokenIDFromBig(w.Batch.ID), []pedigree.Container{
		{SSCC: case1, Parent: pallet, Start: 0, End: 4}, {SSCC: sscc(t, 2), Parent: pallet, Start: 4, End: 8}, {SSCC: pallet, Start: 0, End: 8}}); err != nil {
		t.Fatal(err)
	}
	expand := strings.NewReplacer("{responder}", strconv.FormatInt(responder.ID, 10), "{alert}", strconv.FormatInt(alert, 10), "{shipped}", pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48)).String(), "{pallet}", pallet, "{case}", case1, "{batch}", w.Batch.ID.String(), "{manufacturer}", w.Manufacturer.Account.String(), "{dispenser}", w.Dispenser.Account.String(), "{serial}", c.Serial, "{invitation}", invitation,
		"{verdict}", "/01/"+c.GTIN+"/10/"+c.Lot+"/21/"+c.Serial+"?17="+c.Expiry.Format("060102"))
	s.run("a pending sign-in", network.SetCookie("pedigree_pending", "phone-test").WithURL(s.url))

	signedIn := ""
	for _, p := range phonePages {
		if p.who != signedIn {
			if signedIn != "" { // signed out, the pending sign-in kept
				s.run("sign out", network.ClearBrowserCookies(), network.SetCookie("pedigree_pending", "phone-test").WithURL(s.url))
			}
			if p.who != "" {
				email, password := w.User(t, users[p.who])
				s.signIn(email, password)
			}
			signedIn = p.who
		}
		wait := p.wait
		if wait == "" {
			wait = "main"
		}
		for _, width := range phoneWidths {
			var header float64
			var scroll, client int64
			s.run(fmt.Sprintf("%s %s at %d px", p.who, stepName.Replace(p.path), width),
				chromedp.EmulateViewport(width, 780, chromedp.EmulateMobile),
				chromedp.Navigate(s.url+expand.Replace(p.path)),
				chromedp.WaitVisible(wait, chromedp.ByQuery),
				chromedp.Evaluate(`(() => { const h = document.querySelector("header"); return h ? h.getBoundingClientRect().height : 0; })()`, &header),
				chromedp.Evaluate(`document.documentElement.scrollWidth`, &scroll),
				chromedp.Evaluate(`document.documentElement.clientWidth`, &client),
			)
			if scroll > client {
				var wide []string
				s.run("find what is too wide", chromedp.Evaluate(tooWide, &wide))
				t.Errorf("%s %s at %d px: the page is %d px wide, it scrolls sideways; too wide: %s", p.who, p.path, width, scroll, strings.Join(wide, ", "))
			}
			if header > maxHeader {
				t.Errorf("%s %s at %d px: the header takes %.0f px, more than %d", p.who, p.path, width, header, maxHeader)
			}
		}
	}
}
