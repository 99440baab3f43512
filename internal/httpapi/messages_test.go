package httpapi_test

import (
	"bytes"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// internalNames are what no message for people may show: the contract's error names, Go's
// indexes and escapes.
var internalNames = regexp.MustCompile(`Pedigree[A-Z][a-zA-Z]+|ERC721[A-Z]|serials\[\d|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|0x[0-9a-fA-F]{40}\b`)

// flashOf returns the flash message of a page.
var flashOf = regexp.MustCompile(`<p class="flash" role="status">([^<]*)</p>`)

// TestPagesNotFound: a browser asking for a page that does not exist, or with a method an
// address does not take, gets an HTML page; programs, and anyone under /api/, get JSON.
func TestPagesNotFound(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	regulator := newBrowserless(t, srv.URL)
	regulator.signIn(w.User(t, w.Regulator))
	const browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

	for _, tt := range []struct {
		name, method, path, accept string
		b                          *browserless
		status                     int
		html                       bool
		want                       string
	}{
		{"PageVisitor", "GET", "/no-such-page", browser, nil, 404, true, "There is nothing at /no-such-page"},
		{"PageSignedIn", "GET", "/no/such/page", browser, regulator, 404, true, `id="sign-out"`},
		{"PageMethod", "DELETE", "/scan", browser, nil, 405, true, "DELETE is not allowed on /scan"},
		{"Program", "GET", "/no-such-page", "", nil, 404, false, `"code":"not_found"`},
		{"ProgramJSON", "GET", "/no-such-page", "application/json", nil, 404, false, `"code":"not_found"`},
		{"ProgramAnything", "GET", "/no-such-page", "*/*", nil, 404, false, `"code":"not_found"`},
		{"APIFromABrowser", "GET", "/api/v1/no-such-thing", browser, nil, 404, false, `"code":"not_found"`},
		{"APIMethodFromABrowser", "GET", "/api/v1/verify", browser, nil, 405, false, `"code":"method_not_allowed"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.b
			if b == nil {
				b = newBrowserless(t, srv.URL)
			}
			var header []string
			if tt.accept != "" {
				header = []string{"Accept", tt.accept}
			}
			status, body, h := b.do(tt.method, tt.path, "", nil, header...)
			if status != tt.status {
				t.Fatalf("got %d, want %d:\n%s", status, tt.status, body)
			}
			ct := h.Get("Content-Type")
			if got := strings.HasPrefix(ct, "text/html"); got != tt.html || !strings.Contains(body, tt.want) {
				t.Fatalf("got %s, want html %t with %q:\n%s", ct, tt.html, tt.want, body)
			}
			if tt.html && !strings.Contains(body, "<main") {
				t.Errorf("not the site's page:\n%s", body)
			}
		})
	}
}

// TestPagesMessages: what the pages say after an action names what moved and for whom, and
// a refusal of the contract reads as a sentence naming parties, not as the contract's or Go's
// names for things; programs still get the contract's name for the refusal, apart.
func TestPagesMessages(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	maker := newBrowserless(t, srv.URL)
	maker.signIn(w.User(t, w.Manufacturer))
	wholesaler := newBrowserless(t, srv.URL)
	wholesaler.signIn(w.User(t, w.Distributor))
	batch := pedigree.TokenIDFromBig(w.Batch.ID) // packs 1 to 32 of VERIFY, at Acme Pharma
	flash := func(t *testing.T, b *browserless, status int, header http.Header) string {
		t.Helper()
		if status != http.StatusSeeOther {
			t.Fatalf("got %d, want a redirect", status)
		}
		_, body, _ := b.get(header.Get("Location"))
		m := flashOf.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no message on the page:\n%s", body)
		}
		return strings.ReplaceAll(m[1], "&#39;", "'")
	}

	t.Run("ErrShipToSuspended", func(t *testing.T) {
		status, body, _ := maker.post("/shipments/"+batch.String()+"/ship", url.Values{"csrf": {maker.csrf}, "to": {pedigree.Address(w.H.Suspended.Addr).String()}})
		if status < 400 || status >= 500 {
			t.Fatalf("got %d:\n%s", status, body)
		}
		msg := regexp.MustCompile(`<p class="field-error" role="alert"[^>]*>([^<]*)</p>`).FindStringSubmatch(body)
		if msg == nil {
			t.Fatalf("no message next to the form:\n%s", body)
		}
		if !strings.Contains(msg[1], "GLN 4012345000078 is suspended") || internalNames.MatchString(msg[1]) {
			t.Errorf("the page says %q", msg[1])
		}
	})
	t.Run("ErrShipToSuspendedAPI", func(t *testing.T) {
		status, body, _ := newBrowserless(t, srv.URL).do("POST", "/api/v1/tokens/"+batch.String()+"/ship", "application/json",
			strings.NewReader(`{"to":"`+pedigree.Address(w.H.Suspended.Addr).String()+`"}`), "Authorization", "Bearer "+w.Token(t, w.Manufacturer))
		if status != http.StatusForbidden || !strings.Contains(body, `"reason":"PedigreeParticipantSuspended"`) || strings.Contains(body, "(Pedigree") {
			t.Errorf("got %d %s", status, body)
		}
	})
	t.Run("Shipped", func(t *testing.T) {
		status, _, header := maker.post("/shipments/"+batch.String()+"/ship", url.Values{"csrf": {maker.csrf}, "to": {pedigree.Address(w.H.Distributor.Addr).String()}})
		got := flash(t, maker, status, header)
		if want := "Shipped 32 packs (1 to 32) of Demoprofen 200 mg tablet, lot VERIFY to Wholesale One: they wait for Wholesale One to accept them."; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("Accepted", func(t *testing.T) {
		wholesaler.get("/shipments")
		status, _, header := wholesaler.post("/shipments/"+batch.String()+"/accept", url.Values{"csrf": {wholesaler.csrf}})
		got := flash(t, wholesaler, status, header)
		if want := "Accepted 32 packs (1 to 32) of Demoprofen 200 mg tablet, lot VERIFY from Acme Pharma: they are in Wholesale One's custody."; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("RegisteredParticipant", func(t *testing.T) {
		regulator := newBrowserless(t, srv.URL)
		regulator.signIn(w.User(t, w.Regulator))
		regulator.get("/participants")
		number := gln(t, "409876500002")
		status, _, header := regulator.post("/participants", url.Values{"csrf": {regulator.csrf}, "account": {pedigree.Address(w.H.Stranger.Addr).String()},
			"role": {"dispenser"}, "gln": {number}})
		got := flash(t, regulator, status, header)
		if !strings.HasPrefix(got, "Registered the pharmacy with GLN "+number+" (account 0x") {
			t.Errorf("got %q", got)
		}
	})
	t.Run("ErrSerialsFile", func(t *testing.T) {
		maker.get("/batches/new")
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fields := map[string]string{"csrf": maker.csrf, "source": "upload", "gtin": "09506000134352", "lot": "BOM-1",
			"product_name": "Demoprofen", "expiry": w.Now.AddDate(1, 0, 0).Format(time.DateOnly)}
		for k, v := range fields {
			_ = mw.WriteField(k, v)
		}
		f, _ := mw.CreateFormFile("serials", "serials.csv")
		_, _ = f.Write([]byte("serial\nA1\n\ufeffB2\n"))
		_ = mw.Close()
		status, body, _ := maker.do("POST", "/batches/new", mw.FormDataContentType(), &buf)
		msg := regexp.MustCompile(`<p class="field-error" id="f-serials-error">([^<]*)</p>`).FindStringSubmatch(body)
		if status != http.StatusUnprocessableEntity || msg == nil {
			t.Fatalf("got %d:\n%s", status, body)
		}
		if !strings.Contains(msg[1], "Serial 2, “[byte-order mark]B2”, must be") || internalNames.MatchString(msg[1]) || strings.Contains(msg[1], "\ufeff") {
			t.Errorf("the page says %q", msg[1])
		}
	})
}
