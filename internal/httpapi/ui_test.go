package httpapi_test

import (
	"bytes"
	"image"
	"image/png"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// browserless is a client of the web pages: cookies kept, redirects not followed.
type browserless struct {
	t    *testing.T
	base string
	c    *http.Client
	csrf string
}

func newBrowserless(t *testing.T, base string) *browserless {
	jar, _ := cookiejar.New(nil)
	return &browserless{t: t, base: base, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfInput = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (b *browserless) do(method, path, contentType string, body io.Reader, header ...string) (int, string, http.Header) {
	b.t.Helper()
	req, err := http.NewRequest(method, b.base+path, body)
	if err != nil {
		b.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if m := csrfInput.FindSubmatch(data); m != nil {
		b.csrf = string(m[1])
	}
	return resp.StatusCode, string(data), resp.Header
}

func (b *browserless) get(path string, header ...string) (int, string, http.Header) {
	b.t.Helper()
	return b.do("GET", path, "", nil, header...)
}

func (b *browserless) post(path string, form url.Values, header ...string) (int, string, http.Header) {
	b.t.Helper()
	return b.do("POST", path, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), header...)
}

// postFollow posts a form that answers with a redirect (POST/redirect/GET) and returns the
// page the redirect shows; an answer that is no redirect is returned as it is.
func (b *browserless) postFollow(path string, form url.Values) (int, string) {
	b.t.Helper()
	status, page, header := b.post(path, form)
	if status != http.StatusSeeOther {
		return status, page
	}
	status, page, _ = b.get(header.Get("Location"))
	return status, page
}

func (b *browserless) signIn(email, password string) {
	b.t.Helper()
	if status, body, _ := b.post("/login", url.Values{"email": {email}, "password": {password}}); status != http.StatusSeeOther {
		b.t.Fatalf("sign in: %d %s", status, body)
	}
	b.get("/scan") // for the session's CSRF token
}

func TestPagesSignIn(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	email, password := w.User(t, w.Dispenser)

	t.Run("ErrWrongPassword", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, body, _ := b.post("/login", url.Values{"email": {email}, "password": {"not the password"}})
		if status != http.StatusUnauthorized || !strings.Contains(body, "wrong email or password") {
			t.Fatalf("got %d, want 401 saying so:\n%s", status, body)
		}
		if !strings.Contains(body, `value="`+email+`"`) || strings.Contains(body, "not the password") {
			t.Error("the form should keep the email and never echo the password")
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		status, body, _ := newBrowserless(t, srv.URL).post("/login", url.Values{})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Enter your email address.") || !strings.Contains(body, "Enter your password.") {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("OK", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, _, header := b.post("/login", url.Values{"email": {strings.ToUpper(email)}, "password": {password}, "next": {"/shipments"}})
		if status != http.StatusSeeOther || header.Get("Location") != "/shipments" {
			t.Fatalf("got %d to %q, want 303 to /shipments", status, header.Get("Location"))
		}
		cookie := header.Get("Set-Cookie")
		for _, want := range []string{"pedigree_session=", "HttpOnly", "SameSite=Lax"} {
			if !strings.Contains(cookie, want) {
				t.Errorf("the session cookie %q lacks %s", cookie, want)
			}
		}
		if status, body, _ := b.get("/shipments"); status != 200 || !strings.Contains(body, "Corner Pharmacy") {
			t.Fatalf("shipments page: %d", status)
		}
		// Signing out ends the session on the server, not only in the browser.
		old := b.c.Jar.Cookies(mustURL(t, srv.URL))
		if status, _, _ := b.post("/logout", url.Values{"csrf": {b.csrf}}); status != http.StatusSeeOther {
			t.Fatalf("sign out: %d", status)
		}
		b.c.Jar.SetCookies(mustURL(t, srv.URL), old)
		if status, _, header := b.get("/shipments"); status != http.StatusSeeOther || !strings.HasPrefix(header.Get("Location"), "/login") {
			t.Fatalf("after signing out, the old cookie still opens the page: %d", status)
		}
	})
	t.Run("ErrNextElsewhere", func(t *testing.T) {
		_, _, header := newBrowserless(t, srv.URL).post("/login", url.Values{"email": {email}, "password": {password}, "next": {"//evil.example/"}})
		if loc := header.Get("Location"); loc != "/scan" {
			t.Fatalf("redirected to %q, want the role's home /scan", loc)
		}
	})
	t.Run("ErrRateLimited", func(t *testing.T) {
		victim, victimPassword := w.User(t, w.Distributor)
		b := newBrowserless(t, srv.URL)
		for range pedigree.MaxFailuresPerEmail {
			b.post("/login", url.Values{"email": {victim}, "password": {"guess guess guess"}})
		}
		status, body, _ := b.post("/login", url.Values{"email": {victim}, "password": {victimPassword}})
		if status != http.StatusTooManyRequests || !strings.Contains(body, "try again in") {
			t.Fatalf("got %d, want 429 saying when to try again:\n%s", status, body)
		}
	})
}

func TestPagesGuard(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	email, password := w.User(t, w.Dispenser)
	b := newBrowserless(t, srv.URL)
	b.signIn(email, password)

	t.Run("VisitorToSignIn", func(t *testing.T) {
		status, _, header := newBrowserless(t, srv.URL).get("/shipments")
		if status != http.StatusSeeOther || header.Get("Location") != "/login?next=%2Fshipments" {
			t.Fatalf("got %d to %q", status, header.Get("Location"))
		}
	})
	t.Run("ErrWrongRole", func(t *testing.T) {
		status, body, _ := b.get("/participants")
		if status != http.StatusForbidden || !strings.Contains(body, "This page is for a regulator") {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ErrNoCSRFToken", func(t *testing.T) {
		code := w.Code(52)
		status, body, _ := b.post("/scan/pack", url.Values{"code": {"(01)" + code.GTIN + "(10)" + code.Lot + "(21)" + code.Serial}, "action": {"supplied"}})
		if status != http.StatusForbidden || !strings.Contains(body, "This form has expired") {
			t.Fatalf("got %d:\n%s", status, body)
		}
		if got := w.Verify(t, w.Now, code, nil); got.Pack.State != pedigree.PackActive {
			t.Fatalf("a refused form changed the pack: %s", got.Pack.State)
		}
	})
	t.Run("ErrCrossOrigin", func(t *testing.T) {
		status, _, _ := b.post("/logout", url.Values{"csrf": {b.csrf}}, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")
		if status != http.StatusForbidden {
			t.Fatalf("got %d, want 403", status)
		}
	})
}

func TestPagesForms(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))

	t.Run("ScanErrKeepsCode", func(t *testing.T) {
		b := newBrowserless(t, srv.URL)
		status, body, _ := b.post("/scan", url.Values{"code": {"(01)09506000134353(10)A(21)B"}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "check digit") || !strings.Contains(body, `value="(01)09506000134353(10)A(21)B"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("ScanVisitor", func(t *testing.T) {
		code := w.Code(52)
		status, body, _ := newBrowserless(t, srv.URL).post("/scan", url.Values{"code": {"(01)" + code.GTIN + "(10)" + code.Lot + "(21)" + code.Serial}})
		if status != 200 || !strings.Contains(body, "AUTHENTIC") {
			t.Fatalf("got %d:\n%s", status, body)
		}
		for _, leak := range []string{"Corner Pharmacy", "Wholesale One", "Dispense"} {
			if strings.Contains(body, leak) {
				t.Errorf("a visitor's scan shows %q", leak)
			}
		}
	})
	t.Run("RegisterErrKeepsInput", func(t *testing.T) {
		email, password := w.User(t, w.Manufacturer)
		b := newBrowserless(t, srv.URL)
		b.signIn(email, password)
		status, body, _ := b.post("/batches/new", url.Values{"csrf": {b.csrf}, "product_name": {"Keptol"}, "gtin": {"09506000134353"},
			"expiry": {"2031-02-30"}, "source": {"generate"}, "quantity": {"0"}})
		if status != http.StatusUnprocessableEntity {
			t.Fatalf("got %d:\n%s", status, body)
		}
		for _, want := range []string{`id="f-gtin-error"`, `id="f-lot-error"`, `id="f-expiry-error"`, `id="f-quantity-error"`, `value="Keptol"`, `value="09506000134353"`} {
			if !strings.Contains(body, want) {
				t.Errorf("the form lacks %s", want)
			}
		}
	})
	t.Run("ParticipantErr", func(t *testing.T) {
		email, password := w.User(t, w.Regulator)
		b := newBrowserless(t, srv.URL)
		b.signIn(email, password)
		status, body, _ := b.post("/participants", url.Values{"csrf": {b.csrf}, "account": {"0x12"}, "role": {"distributor"}, "gln": {"4012345000030"}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-account-error"`) || !strings.Contains(body, `value="4012345000030"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("FrameWithoutCode", func(t *testing.T) {
		var buf bytes.Buffer
		img := image.NewGray(image.Rect(0, 0, 64, 48))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		_ = png.Encode(&buf, img)
		status, body, _ := newBrowserless(t, srv.URL).do("POST", "/scan/frame", "image/png", &buf)
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, "no QR code or DataMatrix") {
			t.Fatalf("got %d: %s", status, body)
		}
	})
	t.Run("Photo", func(t *testing.T) {
		c := w.Code(52)
		exp := c.Expiry.UTC()
		code := gs1.Code{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial, Expiry: gs1.Date{Year: exp.Year(), Month: int(exp.Month()), Day: exp.Day()}}
		symbol, err := label.DataMatrix(code.ElementString(), 6)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		f, _ := mw.CreateFormFile("photo", "pack.png")
		_, _ = f.Write(symbol)
		_ = mw.Close()
		status, body, _ := newBrowserless(t, srv.URL).do("POST", "/scan/photo", mw.FormDataContentType(), &buf)
		if status != 200 || !strings.Contains(body, "AUTHENTIC") || !strings.Contains(body, c.Serial) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
	t.Run("PhotoNotAnImage", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		f, _ := mw.CreateFormFile("photo", "pack.jpg")
		_, _ = f.Write([]byte("not an image"))
		_ = mw.Close()
		status, body, _ := newBrowserless(t, srv.URL).do("POST", "/scan/photo", mw.FormDataContentType(), &buf)
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="photo-error"`) {
			t.Fatalf("got %d:\n%s", status, body)
		}
	})
}

func mustURL(t *testing.T, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestPagesPending runs the pages with a confirmation depth of one block: after an action the
// page says it is pending and shows the old state; once a block lies on top, the new one.
func TestPagesPending(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Confirmations = 1 })
	email, password := w.User(t, w.Regulator)
	b := newBrowserless(t, srv.URL)
	b.signIn(email, password)
	suspended := func(body string) bool {
		// The participant's row: its Reinstate button appears only once it is suspended.
		return strings.Contains(body, `href="/participants/`+w.Dispenser2.Account.String()+`/reinstate"`)
	}
	status, _, header := b.post("/participants/"+w.Dispenser2.Account.String()+"/suspend", url.Values{"csrf": {b.csrf}, "reason": {"Licence under review"}})
	if status != http.StatusSeeOther {
		t.Fatalf("suspend: %d", status)
	}
	_, body, _ := b.get(header.Get("Location"))
	if !strings.Contains(body, "Pending: it is in block") {
		t.Fatalf("the page after the action does not say it is pending:\n%s", body)
	}
	if suspended(body) {
		t.Fatal("the page shows the participant suspended before the block is confirmed")
	}
	w.H.Advance(time.Second) // a block on top: depth reached
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, body, _ = b.get("/participants"); suspended(body) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the suspension did not show within 10 s of its confirmation")
		}
	}
}
