package federation_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestResponderUnreachable: a responder that cannot be reached, is too slow, refuses the
// token, or answers what is not a valid verification gives "could not reach": 503 in the API,
// a warning on the verdict page; never a verdict, red or green.
func TestResponderUnreachable(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.NewTextHandler(io.Discard, nil)), func(c *app.Config) {
		c.GLN = glnA
		c.ResponderTimeout = 300 * time.Millisecond
	})
	admin, token := w.Token(t, w.Regulator), w.TokenAs(t, w.Dispenser, pedigree.UserViewer)
	d := &deployment{name: "A", w: w, srv: srv, admin: admin, token: token}

	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	serve := func(h http.HandlerFunc) string {
		s := httptest.NewServer(h)
		t.Cleanup(s.Close)
		return s.URL
	}
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close() // nothing listens at its address any more

	echo := func(w http.ResponseWriter, r *http.Request, body string) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, strings.ReplaceAll(body, "CORR", r.URL.Query().Get("corrUUID")))
	}
	for i, tc := range []struct {
		name, url, want string
	}{
		{"Down", closed.URL, "could not reach"},
		{"Slow", serve(func(w http.ResponseWriter, r *http.Request) {
			select { // answers only after the requester gave up
			case <-r.Context().Done():
			case <-stop:
			}
		}), "did not answer within"},
		{"RefusesToken", serve(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusUnauthorized) }), "does not accept the API token"},
		{"NotJSON", serve(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "<html>maintenance</html>") }), "not JSON"},
		{"NoEvidence", serve(func(w http.ResponseWriter, r *http.Request) {
			echo(w, r, `{"verificationTimestamp":"2026-11-29T10:00:00.000Z","responderGLN":"4012345000016","data":{"verified":true},"corrUUID":"CORR"}`)
		}), "carries no evidence"},
		{"WrongCorrUUID", serve(func(w http.ResponseWriter, r *http.Request) {
			echo(w, r, `{"verificationTimestamp":"2026-11-29T10:00:00.000Z","data":{"verified":true},"corrUUID":"00000000-0000-4000-8000-000000000000"}`)
		}), "corrUUID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prefix := strings.Repeat(string(rune('1'+i)), 7)
			d.list(t, prefix, "Deployment "+tc.name, tc.url, "the-token-of-"+strings.ToLower(tc.name))
			cd, err := gs1.CheckDigit("0" + prefix + "00001")
			if err != nil {
				t.Fatal(err)
			}
			expiry := time.Date(2030, 1, 31, 0, 0, 0, 0, time.UTC)
			code := pedigree.PackCode{GTIN: "0" + prefix + "00001" + string(cd), Lot: "L1", Serial: "S1", Expiry: &expiry}

			status, raw := d.verify(t, code)
			var e struct {
				Error struct{ Code, Message string }
			}
			_ = json.Unmarshal(raw, &e)
			if status != http.StatusServiceUnavailable || e.Error.Code != pedigree.EUNAVAILABLE {
				t.Fatalf("verify: %d %s; want 503 unavailable", status, raw)
			}
			for _, want := range []string{"could not reach", "Deployment " + tc.name, tc.want} {
				if !strings.Contains(e.Error.Message, want) {
					t.Errorf("message %q does not say %q", e.Error.Message, want)
				}
			}
			if strings.Contains(string(raw), "the-token-of-") {
				t.Errorf("the answer shows the responder's token: %s", raw)
			}

			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/01/"+code.GTIN+"/10/L1/21/S1?17=300100", nil)
			req.Header.Set("Accept", "text/html")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			page, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(page), "verdict-warn") || strings.Contains(string(page), "verdict-ok") || strings.Contains(string(page), "verdict-bad") {
				t.Errorf("verdict page: %d, want a warning (503), neither red nor green:\n%s", resp.StatusCode, page)
			}
		})
	}
}
