package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

type fixture struct {
	w      *worldtest.World
	srv    *httptest.Server
	op     *httptest.Server // the operator's listener: /metrics
	logs   *bytes.Buffer
	tokens map[string]string // by role
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := worldtest.New(t)
	logs := &bytes.Buffer{}
	served := w.Start(t, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	return &fixture{w: w, srv: served.Web, op: served.Operator, logs: logs, tokens: map[string]string{
		"dispenser": w.Token(t, w.Dispenser), "regulator": w.Token(t, w.Regulator),
		"manufacturer": w.Token(t, w.Manufacturer), "distributor": w.Token(t, w.Distributor),
	}}
}

// synced waits until the projection has the chain's head.
func (f *fixture) synced(t *testing.T) { t.Helper(); f.w.Synced(t) }

// do sends a request and returns the status and the body.
func (f *fixture) do(t *testing.T, method, path, contentType, body string, header ...string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// elementString is pack index's code as a 2D scanner types it: ]d2, FNC1 as GS.
func (f *fixture) elementString(index int) string {
	c := f.w.Code(index)
	return "]d2\x1d01" + c.GTIN + "17" + c.Expiry.Format("060102") + "10" + c.Lot + "\x1d21" + c.Serial
}

func (f *fixture) digitalLinkPath(index int) string {
	c := f.w.Code(index)
	return "/01/" + c.GTIN + "/10/" + c.Lot + "/21/" + c.Serial + "?17=" + c.Expiry.Format("060102")
}

func verifyBody(code string) string {
	b, _ := json.Marshal(map[string]string{"code": code})
	return string(b)
}

func TestVerifyAPI(t *testing.T) {
	f := newFixture(t)
	type answer struct {
		Verdict   string `json:"verdict"`
		Reasons   []map[string]string
		Pack      map[string]any
		Batch     map[string]any
		Custodian map[string]any
		Evidence  map[string]any
	}
	verify := func(t *testing.T, code string, header ...string) answer {
		t.Helper()
		status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(code), header...)
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var a answer
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatal(err)
		}
		return a
	}

	t.Run("ScannerInput", func(t *testing.T) {
		a := verify(t, f.elementString(52), "Authorization", "Bearer "+f.tokens["dispenser"])
		if a.Verdict != "AUTHENTIC" || a.Pack["index"] != float64(52) || a.Custodian["name"] != "Corner Pharmacy" {
			t.Fatalf("got %+v", a)
		}
		if a.Evidence["contract"] == "" || len(a.Evidence["proof"].([]any)) == 0 || a.Evidence["chain_id"] != float64(1337) {
			t.Fatalf("evidence %+v", a.Evidence)
		}
		if a.Batch["expiry"] != f.w.Code(52).Expiry.Format("2006-01-02") {
			t.Errorf("batch expiry %v", a.Batch["expiry"])
		}
	})
	t.Run("DigitalLinkAnonymous", func(t *testing.T) {
		a := verify(t, "https://id.gs1.org"+f.digitalLinkPath(52))
		if a.Verdict != "AUTHENTIC" || a.Custodian["name"] != nil {
			t.Fatalf("got %+v", a)
		}
	})
	t.Run("BracketedUnknownProduct", func(t *testing.T) {
		if a := verify(t, "(01)04012345000016(10)X(21)Y"); a.Verdict != "UNKNOWN_PRODUCT" {
			t.Fatalf("got %s", a.Verdict)
		}
	})
	t.Run("AlreadyDecommissioned", func(t *testing.T) {
		if a := verify(t, f.elementString(50), "Authorization", "Bearer "+f.tokens["dispenser"]); a.Verdict != "ALREADY_DECOMMISSIONED" {
			t.Fatalf("got %s", a.Verdict)
		}
	})
	t.Run("SuppliedToAPatient", func(t *testing.T) {
		if a := verify(t, f.elementString(50)); a.Verdict != "SUPPLIED" {
			t.Fatalf("got %s", a.Verdict)
		}
	})

	// Every bad input gets a clear 4xx JSON error and changes nothing.
	for _, tc := range []struct {
		name, contentType, body, code string
		status                        int
		header                        []string
		mention                       string
	}{
		{"ErrCheckDigit", "application/json", verifyBody("(01)09506000134353(10)A(21)B"), "invalid_code", 422, nil, "AI 01"},
		{"ErrUnknownAI", "application/json", verifyBody("(01)09506000134352(89)X(21)B"), "invalid_code", 422, nil, "89"},
		{"ErrMalformed", "application/json", verifyBody("hello"), "invalid_code", 422, nil, ""},
		{"ErrNoSerial", "application/json", verifyBody("(01)09506000134352(10)A"), "invalid", 400, nil, "serial"},
		{"ErrNoCode", "application/json", `{}`, "invalid", 400, nil, "code"},
		{"ErrNotJSON", "application/json", `code=1`, "invalid", 400, nil, "syntax"},
		{"ErrUnknownField", "application/json", `{"code":"x","extra":1}`, "invalid", 400, nil, "extra"},
		{"ErrWrongType", "application/json", `{"code":42}`, "invalid", 400, nil, "code"},
		{"ErrContentType", "text/plain", verifyBody("x"), "unsupported_media_type", 415, nil, "JSON"},
		{"ErrTooLarge", "application/json", `{"code":"` + strings.Repeat("1", 70<<10) + `"}`, "payload_too_large", 413, nil, ""},
		{"ErrBadToken", "application/json", verifyBody(f.elementString(1)), "unauthorized", 401, []string{"Authorization", "Bearer pdg_nope"}, "token"},
		{"ErrNotBearer", "application/json", verifyBody(f.elementString(1)), "unauthorized", 401, []string{"Authorization", "Basic eDp5"}, "Bearer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var scans int
			_ = f.w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM scans`).Scan(&scans)
			status, body, _ := f.do(t, "POST", "/api/v1/verify", tc.contentType, tc.body, tc.header...)
			var e struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("not JSON: %s", body)
			}
			if status != tc.status || e.Error.Code != tc.code || e.Error.Message == "" {
				t.Fatalf("got %d %+v, want %d %s", status, e.Error, tc.status, tc.code)
			}
			if !strings.Contains(e.Error.Message, tc.mention) {
				t.Errorf("message %q does not mention %q", e.Error.Message, tc.mention)
			}
			var after int
			_ = f.w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM scans`).Scan(&after)
			if after != scans {
				t.Errorf("a rejected request was logged as a scan")
			}
		})
	}
	t.Run("ErrRevokedToken", func(t *testing.T) {
		token := f.w.Token(t, f.w.Dispenser)
		if err := postgres.NewTokens(f.w.Pool).Revoke(context.Background(), token); err != nil {
			t.Fatal(err)
		}
		status, body, header := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(f.elementString(1)), "Authorization", "Bearer "+token)
		if status != 401 || !strings.Contains(body, "revoked") || header.Get("WWW-Authenticate") == "" {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("NoCodesInLogs", func(t *testing.T) {
		f.do(t, "GET", f.digitalLinkPath(53), "", "")
		if strings.Contains(f.logs.String(), f.w.Code(53).Serial) || strings.Contains(f.logs.String(), f.w.Code(52).Serial) {
			t.Fatalf("a serial reached the logs:\n%s", f.logs)
		}
	})
}

func TestResolver(t *testing.T) {
	f := newFixture(t)
	t.Run("JSON", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", f.digitalLinkPath(52), "", "", "Accept", "application/json")
		if status != 200 || !strings.Contains(body, `"verdict":"AUTHENTIC"`) {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("HTML", func(t *testing.T) {
		status, body, header := f.do(t, "GET", f.digitalLinkPath(52), "", "", "Accept", "text/html,application/xhtml+xml")
		if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/html") {
			t.Fatalf("got %d %s", status, header.Get("Content-Type"))
		}
		for _, want := range []string{"Genuine pack", "AUTHENTIC", "Acme Pharma", "Demoprofen", "verdict-ok"} {
			if !strings.Contains(body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
		// A patient's page gives the verdict alone: no custody path, no name but the maker's.
		for _, leak := range []string{"Corner Pharmacy", "Wholesale One", "Shipped by", "Received by"} {
			if strings.Contains(body, leak) {
				t.Errorf("the public page shows %q", leak)
			}
		}
	})
	t.Run("PathPrefix", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", "/pack/verify"+f.digitalLinkPath(50), "", "", "Accept", "application/json")
		if status != 200 || !strings.Contains(body, `"verdict":"SUPPLIED"`) {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("ErrInvalidHTML", func(t *testing.T) {
		// A GS1 resolver answers a syntactically bad URI with 400 (resolver standard).
		status, body, _ := f.do(t, "GET", "/01/09506000134353/10/A/21/B", "", "", "Accept", "text/html")
		if status != 400 || !strings.Contains(body, "AI 01") || !strings.Contains(body, "could not be read") {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("ErrQualifierOrder", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", "/01/09506000134352/21/B/10/A", "", "", "Accept", "application/json")
		if status != 400 || !strings.Contains(body, "invalid_code") {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if status, body, _ := f.do(t, "GET", "/nothing/here", "", ""); status != 404 || !strings.Contains(body, `"not_found"`) {
			t.Fatalf("got %d %s", status, body)
		}
	})
}

func TestAlertsAndOps(t *testing.T) {
	f := newFixture(t)
	// A forged serial raises an alert.
	f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody("(01)09506000134352(10)VERIFY(21)FORGED0000001"), "Authorization", "Bearer "+f.tokens["dispenser"])

	t.Run("Regulator", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", "/api/v1/alerts?limit=10", "", "", "Authorization", "Bearer "+f.tokens["regulator"])
		if status != 200 || !strings.Contains(body, `"kind":"unknown_serial"`) || !strings.Contains(body, "Corner Pharmacy") {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("ErrNotRegulator", func(t *testing.T) {
		if status, _, _ := f.do(t, "GET", "/api/v1/alerts", "", "", "Authorization", "Bearer "+f.tokens["dispenser"]); status != 403 {
			t.Fatalf("got %d", status)
		}
	})
	t.Run("ErrAnonymous", func(t *testing.T) {
		if status, _, _ := f.do(t, "GET", "/api/v1/alerts", "", ""); status != 401 {
			t.Fatalf("got %d", status)
		}
	})
	t.Run("ErrLimit", func(t *testing.T) {
		if status, _, _ := f.do(t, "GET", "/api/v1/alerts?limit=0", "", "", "Authorization", "Bearer "+f.tokens["regulator"]); status != 400 {
			t.Fatalf("got %d", status)
		}
	})
	t.Run("Health", func(t *testing.T) {
		for _, path := range []string{"/healthz", "/readyz"} {
			if status, _, _ := f.do(t, "GET", path, "", ""); status != 200 {
				t.Fatalf("%s: %d", path, status)
			}
		}
	})
	t.Run("Metrics", func(t *testing.T) {
		resp, err := http.Get(f.op.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		body := string(b)
		if !strings.Contains(body, `pedigree_verifications_total{verdict="UNKNOWN_SERIAL"} 1`) || !strings.Contains(body, `route="/api/v1/verify"`) {
			t.Fatalf("metrics:\n%s", body)
		}
	})
	t.Run("ErrMethod", func(t *testing.T) {
		if status, body, _ := f.do(t, "GET", "/api/v1/verify", "", ""); status != 405 || !strings.Contains(body, "method_not_allowed") {
			t.Fatalf("got %d %s", status, body)
		}
	})
}
