package httpapi_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/httpapi"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// The attack suite: what a hostile page, link or client tries against the web surface, each
// refused. TestAttack shares one world; the floods and the stopped database have their own.

func TestAttack(t *testing.T) {
	f := newFixture(t)
	w := f.w
	users := map[string][2]string{}
	for role, org := range map[string]pedigree.Organisation{"dispenser": w.Dispenser, "manufacturer": w.Manufacturer, "regulator": w.Regulator} {
		email, password := w.User(t, org)
		users[role] = [2]string{email, password}
	}
	signedIn := func(t *testing.T, role string) *browserless {
		t.Helper()
		b := newBrowserless(t, f.srv.URL)
		b.signIn(users[role][0], users[role][1])
		return b
	}
	site := mustURL(t, f.srv.URL)

	// Sign-in's "next" never leads off the site, as a browser reads the redirect: it drops tabs
	// and line breaks and reads a backslash as a slash.
	t.Run("OpenRedirect", func(t *testing.T) {
		// offSite reports whether a browser following Location would leave the site.
		offSite := func(location string) bool {
			l := strings.NewReplacer("\t", "", "\r", "", "\n", "", `\`, "/").Replace(location)
			u, err := site.Parse(l)
			return err != nil || u.Host != site.Host || u.Scheme != site.Scheme
		}
		email, password := users["dispenser"][0], users["dispenser"][1]
		for _, query := range []string{
			"/%09/evil.example/",  // the first: a tab the browser drops
			"/./%5Cevil.example/", // the second: \ read as /, /./ cleaned away
			"//evil.example/",
			"/%5Cevil.example",
			"/%5C%5Cevil.example",
			"https://evil.example/",
			"/%0D%0A/evil.example",
			"/.//evil.example",
			"/a/../..//evil.example",
			"/%2F%2Fevil.example",
			"/%252F%252Fevil.example",
			"javascript:alert(1)",
			"%09//evil.example",
			"/%E3%80%80/evil.example",
			"///evil.example",
			"/\\/evil.example",
		} {
			t.Run(query, func(t *testing.T) {
				// As a victim does: open the crafted link, sign in with the form it shows.
				b := newBrowserless(t, f.srv.URL)
				status, page, _ := b.get("/login?next=" + strings.ReplaceAll(query, `\`, "%5C"))
				if status != http.StatusOK {
					t.Fatalf("sign-in page: %d", status)
				}
				next := ""
				if m := regexp.MustCompile(`name="next" value="([^"]*)"`).FindStringSubmatch(page); m != nil {
					next = m[1]
				}
				status, _, header := b.post("/login", url.Values{"email": {email}, "password": {password}, "next": {next}})
				if loc := header.Get("Location"); status != http.StatusSeeOther || offSite(loc) {
					t.Fatalf("signing in from %q: %d to %q", query, status, loc)
				}
				// A form posted by hand with the raw value: refused or kept on site.
				raw, err := url.QueryUnescape(query)
				if err != nil {
					raw = query
				}
				status, _, header = newBrowserless(t, f.srv.URL).post("/login", url.Values{"email": {email}, "password": {password}, "next": {raw}})
				if loc := header.Get("Location"); status == http.StatusSeeOther && offSite(loc) {
					t.Fatalf("posting next %q: redirected to %q", raw, loc)
				}
			})
		}
		t.Run("OnSiteKept", func(t *testing.T) {
			b := newBrowserless(t, f.srv.URL)
			b.get("/login?next=" + url.QueryEscape("/batches?lot=VERIFY"))
			_, _, header := b.post("/login", url.Values{"email": {email}, "password": {password}, "next": {"/batches?lot=VERIFY"}})
			if loc := header.Get("Location"); loc != "/batches?lot=VERIFY" {
				t.Fatalf("an on-site next became %q", loc)
			}
		})
	})

	// A link from another site opens with the session cookie (SameSite=Lax); it must not act in
	// the user's name: no scan logged for the organisation, no alert raised by it.
	t.Run("CrossSiteScan", func(t *testing.T) {
		b := signedIn(t, "dispenser")
		ctx := context.Background()
		count := func(t *testing.T) (scans, alerts int) {
			t.Helper()
			if err := w.Pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM scans WHERE organisation_id = $1), (SELECT count(*) FROM alerts WHERE organisation_id = $1)`,
				w.Dispenser.ID).Scan(&scans, &alerts); err != nil {
				t.Fatal(err)
			}
			return scans, alerts
		}
		// Pack 5 is at the manufacturer: a pharmacy that scans it raises a diversion alert.
		link := f.digitalLinkPath(5)
		for _, tc := range []struct {
			name   string
			header []string
			acts   bool
		}{
			{"CrossSite", []string{"Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate"}, false},
			{"SameSiteOtherHost", []string{"Sec-Fetch-Site", "same-site"}, false},
			{"RefererElsewhere", []string{"Referer", "https://evil.example/page"}, false},
			{"OriginNull", []string{"Origin", "null"}, false},
			{"OriginElsewhere", []string{"Origin", "https://evil.example"}, false},
			{"NoEvidence", nil, false},
			{"SameOrigin", []string{"Sec-Fetch-Site", "same-origin"}, true},
			{"Typed", []string{"Sec-Fetch-Site", "none"}, true},
			{"RefererHere", []string{"Referer", f.srv.URL + "/scan"}, true},
		} {
			t.Run(tc.name, func(t *testing.T) {
				scans, alerts := count(t)
				status, page, _ := b.do("GET", link, "", nil, tc.header...)
				if status != http.StatusOK || !strings.Contains(page, "NOT_RELEASED") {
					t.Fatalf("got %d:\n%s", status, page)
				}
				scans2, alerts2 := count(t)
				if acted := scans2 > scans; acted != tc.acts {
					t.Fatalf("scans logged for the pharmacy: %d, then %d; want acting %t", scans, scans2, tc.acts)
				}
				if !tc.acts && alerts2 != alerts {
					t.Errorf("a cross-site link raised %d alerts in the pharmacy's name", alerts2-alerts)
				}
				if !tc.acts && strings.Contains(page, "Where it has been") {
					t.Error("a cross-site link got the pharmacy's view of the pack")
				}
			})
		}
	})

	// A label download is recorded in the manufacturer's name: a link from another site gets
	// none, and records none.
	t.Run("CrossSiteLabels", func(t *testing.T) {
		b := signedIn(t, "manufacturer")
		labels := "/batches/" + pedigree.TokenIDFromBig(w.Batch.ID).String() + "/labels?from=1&to=2"
		downloads := func() (n int) {
			if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM label_downloads`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		before := downloads()
		for _, header := range [][]string{{"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"}, {"Referer", "https://evil.example/"}} {
			if status, page, _ := b.do("GET", labels, "", nil, header...); status != http.StatusForbidden || strings.Contains(page, w.Batch.Serials[0]) {
				t.Fatalf("labels from a link elsewhere (%v): %d", header, status)
			}
		}
		if n := downloads(); n != before {
			t.Fatalf("%d downloads recorded from links elsewhere", n-before)
		}
		if status, page, _ := b.do("GET", labels, "", nil, "Sec-Fetch-Site", "same-origin"); status != http.StatusOK || !strings.Contains(page, w.Batch.Serials[0]) {
			t.Fatalf("labels from the batch's page: %d\n%s", status, page)
		}
	})

	// Every HTML answer carries the headers, and no page holds what the policy would refuse:
	// inline script, event handler attributes, style attributes.
	t.Run("Headers", func(t *testing.T) {
		batch := "/batches/" + pedigree.TokenIDFromBig(w.Batch.ID).String()
		visitor := newBrowserless(t, f.srv.URL)
		as := map[string]*browserless{"": visitor, "dispenser": signedIn(t, "dispenser"), "manufacturer": signedIn(t, "manufacturer"), "regulator": signedIn(t, "regulator")}
		for _, tc := range []struct {
			who, method, path string
			form              url.Values
			sheet, verdict    bool
		}{
			{who: "", method: "GET", path: "/login"},
			{who: "", method: "GET", path: "/scan"},
			{who: "", method: "POST", path: "/scan", form: url.Values{"code": {"(01)09506000134352(10)VERIFY(21)NOPE"}}},
			{who: "", method: "POST", path: "/scan", form: url.Values{"code": {"not a code"}}},
			{who: "", method: "GET", path: f.digitalLinkPath(52), verdict: true},
			{who: "", method: "GET", path: "/01/09506000134353/10/A/21/B", verdict: true},
			{who: "dispenser", method: "GET", path: "/shipments"},
			{who: "dispenser", method: "GET", path: "/participants"}, // the error page: 403
			{who: "manufacturer", method: "GET", path: "/batches"},
			{who: "manufacturer", method: "GET", path: "/batches/new"},
			{who: "manufacturer", method: "GET", path: batch},
			{who: "manufacturer", method: "GET", path: batch + "/labels?from=1&to=2", sheet: true},
			{who: "regulator", method: "GET", path: "/alerts"},
			{who: "regulator", method: "GET", path: "/participants"},
			{who: "regulator", method: "GET", path: "/prefixes"},
		} {
			t.Run(tc.who+" "+tc.method+" "+tc.path, func(t *testing.T) {
				b := as[tc.who]
				var status int
				var page string
				var header http.Header
				if tc.method == "POST" {
					status, page, header = b.post(tc.path, tc.form)
				} else {
					status, page, header = b.get(tc.path)
				}
				if !strings.HasPrefix(header.Get("Content-Type"), "text/html") {
					t.Fatalf("%d, %s: not HTML", status, header.Get("Content-Type"))
				}
				if tc.sheet && !strings.Contains(page, w.Batch.Serials[0]) {
					t.Fatalf("%d: not the label sheet", status)
				}
				checkSecurityHeaders(t, header, page, tc.sheet, tc.verdict)
			})
		}
		t.Run("APILabelSheet", func(t *testing.T) {
			status, page, header := f.do(t, "GET", "/api/v1"+batch+"/labels?from=0&to=2", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"])
			if status != http.StatusOK {
				t.Fatalf("got %d", status)
			}
			checkSecurityHeaders(t, header, page, true, false)
		})
		t.Run("JSON", func(t *testing.T) {
			_, _, header := f.do(t, "POST", "/api/v1/verify", "application/json", `{}`)
			if header.Get("X-Content-Type-Options") != "nosniff" || header.Get("Content-Security-Policy") == "" {
				t.Fatalf("headers %v", header)
			}
		})
	})

	// /metrics is the operator's: not on the public listener.
	t.Run("Metrics", func(t *testing.T) {
		for _, header := range [][]string{nil, {"Authorization", "Bearer " + f.tokens["regulator"]}} {
			if status, body, _ := f.do(t, "GET", "/metrics", "", "", header...); status != http.StatusNotFound || strings.Contains(body, "pedigree_") {
				t.Fatalf("public /metrics: %d %s", status, body)
			}
		}
		resp, err := http.Get(f.op.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("the operator's /metrics: %d", resp.StatusCode)
		}
		if status, _, _ := get(t, f.op.URL+"/scan"); status != http.StatusNotFound {
			t.Fatalf("the operator's listener serves the pages: %d", status)
		}
	})

	// A control character or invalid UTF-8 in any text field is 400 naming the field, never a
	// 500 from the database; a JSON body that is not the JSON expected says where and why.
	t.Run("BadInput", func(t *testing.T) {
		batch := func(product string) string {
			return `{"gtin":"09506000134352","lot":"EVIL1","expiry":"2031-01-31","quantity":2,"product":` + product + `}`
		}
		for _, tc := range []struct {
			name, contentType, path, body string
			status                        int
			mention                       []string
		}{
			{"NULInProductName", "application/json", "/api/v1/batches", batch(`{"name":"Demo\u0000profen"}`), 400, []string{"product.name", "U+0000"}},
			{"TabInProductForm", "application/json", "/api/v1/batches", batch(`{"name":"Demoprofen","form":"tab\tlet"}`), 400, []string{"product.form", "U+0009"}},
			{"LineFeedInStrength", "application/json", "/api/v1/batches", batch(`{"name":"Demoprofen","strength":"1\n2"}`), 400, []string{"product.strength", "U+000A"}},
			{"BidiOverride", "application/json", "/api/v1/batches", batch(`{"name":"\u202eDemoprofen"}`), 400, []string{"product.name", "U+202E"}},
			{"InvalidUTF8", "application/json", "/api/v1/batches", batch("{\"name\":\"Demo\xffprofen\"}"), 400, []string{"UTF-8", "byte"}},
			{"UnknownField", "application/json", "/api/v1/batches", batch(`{"name":"Demoprofen","colour":"red"}`), 400, []string{"field colour", "not one"}},
			{"WrongType", "application/json", "/api/v1/batches", batch(`{"name":42}`), 400, []string{"field product.name", "a string", "number"}},
			{"WrongTypeQuantity", "application/json", "/api/v1/batches", `{"quantity":"two"}`, 400, []string{"field quantity", "whole number"}},
			{"BadDate", "application/json", "/api/v1/batches", `{"expiry":"2031-02-30"}`, 400, []string{"expiry", "2031-02-30"}},
			{"Syntax", "application/json", "/api/v1/batches", `{"gtin":"1",}`, 400, []string{"byte 13"}},
			{"Truncated", "application/json", "/api/v1/batches", `{"gtin":"1"`, 400, []string{"ends before"}},
			{"NotAnObject", "application/json", "/api/v1/batches", `[1]`, 400, []string{"object", "array"}},
			{"Empty", "application/json", "/api/v1/verify", ``, 400, []string{"empty"}},
			{"NULInCode", "application/json", "/api/v1/verify", `{"code":"(01)09506000134352(10)VERIFY(21)A\u0000B"}`, 422, []string{"21"}},
			{"NULInAddress", "application/json", "/api/v1/tokens/1/ship", `{"to":"0x\u0000"}`, 0, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, body, _ := f.do(t, "POST", tc.path, tc.contentType, tc.body, "Authorization", "Bearer "+f.tokens["manufacturer"])
				if tc.status == 0 { // any refusal but a fault of ours
					if status >= 500 || status < 400 {
						t.Fatalf("got %d %s", status, body)
					}
					return
				}
				if status != tc.status || strings.Contains(body, "malformed") {
					t.Fatalf("got %d %s, want %d", status, body, tc.status)
				}
				for _, m := range tc.mention {
					if !strings.Contains(body, m) {
						t.Errorf("%s does not mention %s", body, m)
					}
				}
			})
		}
		t.Run("MultipartUpload", func(t *testing.T) {
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			for k, v := range map[string]string{"gtin": "09506000134352", "lot": "EVIL2", "expiry": "2031-01-31", "quantity": "2", "product_name": "Demo\x00profen"} {
				_ = mw.WriteField(k, v)
			}
			_ = mw.Close()
			status, body, _ := f.do(t, "POST", "/api/v1/batches", mw.FormDataContentType(), buf.String(), "Authorization", "Bearer "+f.tokens["manufacturer"])
			if status != http.StatusBadRequest || !strings.Contains(body, "product_name") {
				t.Fatalf("got %d %s", status, body)
			}
		})
		t.Run("IdempotencyKey", func(t *testing.T) {
			status, body, _ := f.do(t, "POST", "/api/v1/batches", "application/json", batch(`{"name":"Demoprofen"}`),
				"Authorization", "Bearer "+f.tokens["manufacturer"], "Idempotency-Key", "key\xff")
			if status != http.StatusBadRequest || !strings.Contains(body, "Idempotency-Key") {
				t.Fatalf("got %d %s", status, body)
			}
		})
		pages := []struct {
			name, who, path string
			form            url.Values
			field           string
		}{
			{"LoginEmail", "", "/login", url.Values{"email": {"a\x00@b.example"}, "password": {"x"}}, "email"},
			{"LoginEmailInvalidUTF8", "", "/login", url.Values{"email": {"a\xff@b.example"}, "password": {"x"}}, "email"},
			{"RegisterProductName", "manufacturer", "/batches/new", url.Values{"product_name": {"Demo\x00profen"}, "gtin": {"09506000134352"}, "lot": {"EVIL3"},
				"expiry": {"2031-01-31"}, "source": {"generate"}, "quantity": {"2"}}, "product_name"},
			{"ParticipantGLN", "regulator", "/participants", url.Values{"account": {"0x0000000000000000000000000000000000000001"}, "role": {"distributor"}, "gln": {"401234500003\x00"}}, "gln"},
			{"ScanCodeNUL", "", "/scan", url.Values{"code": {"(01)09506000134352(10)VERIFY(21)A\x00B"}}, ""},
		}
		for _, tc := range pages {
			t.Run("Page"+tc.name, func(t *testing.T) {
				b := newBrowserless(t, f.srv.URL)
				if tc.who != "" {
					b = signedIn(t, tc.who)
					tc.form.Set("csrf", b.csrf)
				}
				status, page, _ := b.post(tc.path, tc.form)
				if tc.field == "" {
					if status >= 500 || status < 400 {
						t.Fatalf("got %d:\n%s", status, page)
					}
					return
				}
				if status != http.StatusBadRequest || !strings.Contains(page, tc.field) {
					t.Fatalf("got %d, want 400 naming %s:\n%s", status, tc.field, page)
				}
			})
		}
		t.Run("PageSearch", func(t *testing.T) {
			status, page, _ := signedIn(t, "regulator").get("/batches?manufacturer=" + url.QueryEscape("Acme\x00"))
			if status != http.StatusBadRequest || !strings.Contains(page, "manufacturer") {
				t.Fatalf("got %d:\n%s", status, page)
			}
		})
	})

	// A CSV saved from Excel registers: a byte order mark, CRLF, ";" between fields.
	t.Run("CSVFromExcel", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, v := range map[string]string{"gtin": "09506000134352", "lot": "EXCEL1", "expiry": "2031-01-31", "product_name": "Demoprofen"} {
			_ = mw.WriteField(k, v)
		}
		file, _ := mw.CreateFormFile("serials", "serials.csv")
		_, _ = file.Write([]byte("\xEF\xBB\xBFIndex;Serial;Note\r\n1;XL0001;first\r\n2;XL0002;\"a; b\"\r\n3;XL0003;\r\n"))
		_ = mw.Close()
		status, body, _ := f.do(t, "POST", "/api/v1/batches", mw.FormDataContentType(), buf.String(), "Authorization", "Bearer "+f.tokens["manufacturer"])
		if status != http.StatusCreated && status != http.StatusAccepted {
			t.Fatalf("got %d %s", status, body)
		}
		var out struct {
			TokenID pedigree.TokenID `json:"token_id"`
		}
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatal(err)
		}
		serials, err := postgres.NewBatches(w.Pool).Serials(context.Background(), out.TokenID)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(serials, ",") != "XL0001,XL0002,XL0003" {
			t.Fatalf("serials %v", serials)
		}
	})
}

// checkSecurityHeaders checks an HTML answer's headers, and that the page holds nothing its
// policy would refuse: sheet is a label sheet (inline styles allowed), verdict the verdict
// page (it connects to any node).
func checkSecurityHeaders(t *testing.T, header http.Header, page string, sheet, verdict bool) {
	t.Helper()
	csp := header.Get("Content-Security-Policy")
	directives := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	for name, want := range map[string]string{"script-src": "'self'", "frame-ancestors": "'none'", "object-src": "'none'", "base-uri": "'none'", "default-src": "'self'"} {
		if directives[name] != want {
			t.Errorf("Content-Security-Policy %s is %q, want %q (%s)", name, directives[name], want, csp)
		}
	}
	if strings.Contains(directives["connect-src"], "https:") != verdict {
		t.Errorf("connect-src %q", directives["connect-src"])
	}
	if strings.Contains(directives["style-src"], "'unsafe-inline'") != sheet {
		t.Errorf("style-src %q", directives["style-src"])
	}
	for name, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"} {
		if got := header.Get(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	for _, m := range regexp.MustCompile(`(?is)<script\b([^>]*)>`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(m[1], "src=") && !strings.Contains(m[1], `type="application/json"`) {
			t.Errorf("an inline script: %s", m[0])
		}
	}
	if m := regexp.MustCompile(`(?i)<[a-z][^>]*\son[a-z]+\s*=`).FindString(page); m != "" {
		t.Errorf("an event handler attribute: %s", m)
	}
	if sheet {
		return
	}
	if m := regexp.MustCompile(`(?i)<[a-z][^>]*\sstyle\s*=`).FindString(page); m != "" {
		t.Errorf("a style attribute: %s", m)
	}
	for _, m := range regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(page, -1) {
		h := sha256.Sum256([]byte(m[1]))
		if hash := "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"; !strings.Contains(directives["style-src"], hash) {
			t.Errorf("a style element the policy does not allow (%s): %.80s", hash, m[1])
		}
	}
}

func get(t *testing.T, url string, header ...string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String(), resp.Header
}

// TestAttackFlood: one client address cannot fill the regulator's alert feed or the CPU.
func TestAttackFlood(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	alertRows := func(t *testing.T) int {
		t.Helper()
		var n int
		if err := f.w.Pool.QueryRow(ctx, `SELECT count(*) FROM alerts`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	madeUp := func(i int) string { return verifyBody(fmt.Sprintf("(01)09506000134352(10)VERIFY(21)MADEUP%05d", i)) }

	// 200 made-up serials of a real batch from one address, as fast as it can send them.
	t.Run("AnonymousMadeUpSerials", func(t *testing.T) {
		before := alertRows(t)
		limited := 0
		for i := range 200 {
			status, body, header := f.do(t, "POST", "/api/v1/verify", "application/json", madeUp(i))
			switch status {
			case http.StatusOK:
			case http.StatusTooManyRequests:
				limited++
				if s, err := strconv.Atoi(header.Get("Retry-After")); err != nil || s < 1 {
					t.Fatalf("429 with Retry-After %q", header.Get("Retry-After"))
				}
			default:
				t.Fatalf("serial %d: %d %s", i, status, body)
			}
		}
		if limited < 200-httpapi.DefaultAnonymousBurst-5 {
			t.Errorf("only %d of 200 were limited", limited)
		}
		if n := alertRows(t) - before; n > 2 {
			t.Errorf("200 made-up serials from one address raised %d alert rows", n)
		}
	})
	t.Run("PharmacyMadeUpSerials", func(t *testing.T) {
		before := alertRows(t)
		for i := range 200 {
			if status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", madeUp(1000+i), "Authorization", "Bearer "+f.tokens["dispenser"]); status != http.StatusOK {
				t.Fatalf("serial %d: %d %s", i, status, body)
			}
		}
		if n := alertRows(t) - before; n < 1 || n > 2 {
			t.Errorf("200 made-up serials from one pharmacy raised %d alert rows, want them aggregated into one or two", n)
		}
	})

	// A visitor's camera frames and photos are limited per address; a signed-in user's are not.
	t.Run("Images", func(t *testing.T) {
		var frame bytes.Buffer
		img := image.NewGray(image.Rect(0, 0, 32, 24))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		_ = png.Encode(&frame, img)
		b := newBrowserless(t, f.srv.URL)
		var status int
		var body string
		var header http.Header
		for range httpapi.DefaultImageBurst + 5 {
			if status, body, header = b.do("POST", "/scan/frame", "image/png", bytes.NewReader(frame.Bytes())); status == http.StatusTooManyRequests {
				break
			}
		}
		if status != http.StatusTooManyRequests || header.Get("Retry-After") == "" || !strings.Contains(body, "rate_limited") {
			t.Fatalf("frames after the burst: %d %s", status, body)
		}
		var photo bytes.Buffer
		mw := multipart.NewWriter(&photo)
		part, _ := mw.CreateFormFile("photo", "pack.png")
		_, _ = part.Write(frame.Bytes())
		_ = mw.Close()
		status, body, header = b.do("POST", "/scan/photo", mw.FormDataContentType(), bytes.NewReader(photo.Bytes()))
		if status != http.StatusTooManyRequests || header.Get("Retry-After") == "" || !strings.Contains(body, "Too many pictures") {
			t.Fatalf("a photo after the frames: %d %s", status, body)
		}
		email, password := f.w.User(t, f.w.Dispenser)
		pharmacist := newBrowserless(t, f.srv.URL)
		pharmacist.signIn(email, password)
		for range 3 {
			if status, body, _ := pharmacist.do("POST", "/scan/frame", "image/png", bytes.NewReader(frame.Bytes()), "X-CSRF-Token", pharmacist.csrf); status != http.StatusUnprocessableEntity {
				t.Fatalf("a pharmacist's frame: %d %s", status, body)
			}
		}
	})
}

// TestAttackDatabaseDown: with PostgreSQL stopped, every answer is 503 with Retry-After, and a
// browser gets a page saying pedigree is temporarily unavailable; never a 500, never "the code
// could not be read".
func TestAttackDatabaseDown(t *testing.T) {
	cluster := pgtest.NewCluster(t)
	ctx := context.Background()
	svc, err := app.New(ctx, app.Config{
		RPCURL: "http://127.0.0.1:1", ChainID: 1337, // never dialled: verification reads PostgreSQL alone
		Contract:    common.HexToAddress("0x00000000000000000000000000000000000000cc"),
		DatabaseURL: cluster.URL(),
		Logger:      slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	srv := httptest.NewServer(svc.Handler())
	defer srv.Close()
	code := "(01)09506000134352(17)310131(10)VERIFY(21)A1"
	link := "/01/09506000134352/10/VERIFY/21/A1?17=310131"
	// With the database up, it answers: an unknown token is refused.
	if status, body, _ := get(t, srv.URL+"/api/v1/alerts", "Authorization", "Bearer pdg_unknown"); status != http.StatusUnauthorized {
		t.Fatalf("with the database up: %d\n%s", status, body)
	}
	if err := cluster.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	for _, tc := range []struct {
		name, method, path, contentType, body string
		header                                []string
		html                                  bool
	}{
		{"APIVerify", "POST", "/api/v1/verify", "application/json", verifyBody(code), nil, false},
		{"APIWithToken", "POST", "/api/v1/verify", "application/json", verifyBody(code), []string{"Authorization", "Bearer pdg_anything"}, false},
		{"ResolverJSON", "GET", link, "", "", []string{"Accept", "application/json"}, false},
		{"ResolverPage", "GET", link, "", "", []string{"Accept", "text/html"}, true},
		{"ScanPage", "POST", "/scan", "application/x-www-form-urlencoded", url.Values{"code": {code}}.Encode(), nil, true},
		{"SignedInPage", "GET", "/shipments", "", "", []string{"Cookie", "pedigree_session=" + strings.Repeat("A", 43)}, true},
		{"SignIn", "POST", "/login", "application/x-www-form-urlencoded", url.Values{"email": {"a@b.example"}, "password": {"x"}}.Encode(), nil, true},
		{"Ready", "GET", "/readyz", "", "", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			for i := 0; i+1 < len(tc.header); i += 2 {
				req.Header.Set(tc.header[i], tc.header[i+1])
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var b bytes.Buffer
			_, _ = b.ReadFrom(resp.Body)
			body := b.String()
			if resp.StatusCode != http.StatusServiceUnavailable {
				t.Fatalf("got %d, want 503:\n%s", resp.StatusCode, body)
			}
			if tc.name != "Ready" && resp.Header.Get("Retry-After") == "" {
				t.Error("no Retry-After")
			}
			if tc.name != "Ready" && !strings.Contains(body, "cannot reach its database") {
				t.Errorf("the answer does not say the database is not answering:\n%s", body)
			}
			if tc.html {
				if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, "Temporarily unavailable") || strings.Contains(body, "could not be read") {
					t.Errorf("the page does not say pedigree is temporarily unavailable:\n%s", body)
				}
			} else if !strings.Contains(body, `"unavailable"`) {
				t.Errorf("body %s", body)
			}
		})
	}
}
