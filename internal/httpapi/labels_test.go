package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"mime/multipart"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// holdAfterStored returns a registration hook that holds every registration once its serials
// are stored (after the steps up to "Storing N serials" are sent, before "Minting the batch
// token on the chain") until release is closed, for at most wait. released says whether
// release came before the wait ran out.
func holdAfterStored(release <-chan struct{}, wait time.Duration, released *atomic.Bool) func(*app.Config) {
	return func(c *app.Config) {
		c.AfterRegistrationStep = func(step string) {
			if step != chain.StepStored {
				return
			}
			select {
			case <-release:
				released.Store(true)
			case <-time.After(wait):
			}
		}
	}
}

// TestRegisterProgressLive proves the registration page's NDJSON stream is live through every
// middleware (security headers, panics, the request log, the audit log, sessions, CSRF): the
// server holds the registration after its serials are stored, before its last step, until the
// client has read the first step. Were any step buffered, the client would read nothing while
// the server waits, and the hold would run out.
func TestRegisterProgressLive(t *testing.T) {
	w := worldtest.New(t)
	release := make(chan struct{})
	var released atomic.Bool
	srv := w.Serve(t, slog.New(slog.DiscardHandler), holdAfterStored(release, 15*time.Second, &released))
	b := newBrowserless(t, srv.URL)
	b.signIn(w.User(t, w.Manufacturer))

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range map[string]string{
		"csrf": b.csrf, "product_name": "Streamol", "gtin": "09506000134352", "lot": "LIVE-1",
		"expiry": time.Now().AddDate(2, 0, 0).Format(time.DateOnly), "source": "generate", "quantity": "500",
	} {
		_ = mw.WriteField(k, v)
	}
	_ = mw.Close()
	req, _ := http.NewRequest("POST", srv.URL+"/batches/new", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept", "application/x-ndjson")
	req.Header.Set("X-CSRF-Token", b.csrf)
	resp, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("got %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}

	type line struct {
		Step, Done, Message string
		Errors              map[string]string
	}
	var lines []line
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		lines = append(lines, l)
		if len(lines) == 1 {
			close(release) // the first step is here while the server still holds the last
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !released.Load() {
		t.Fatal("the first step reached the client only after the registration's last step: the stream is buffered")
	}
	var steps []string
	for _, l := range lines {
		if l.Step != "" {
			steps = append(steps, l.Step)
		}
	}
	if len(steps) < 3 || steps[0] != "Checking the batch" || steps[len(steps)-1] != "Minting the batch token on the chain" {
		t.Errorf("steps %q: want the first, Checking the batch, before the last, Minting the batch token on the chain", steps)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last.Done, "/batches/") || !strings.Contains(last.Message, "Registered lot LIVE-1: 500 packs") {
		t.Errorf("last line %+v, want the batch's page and a message", last)
	}
}

// TestLabelsPage covers the batch page's label form: pack numbers from 1, range and address
// errors next to their fields with 422, ZPL downloads recorded like the others.
func TestLabelsPage(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	b := newBrowserless(t, srv.URL)
	b.signIn(w.User(t, w.Manufacturer))
	id := pedigree.TokenIDFromBig(w.Batch.ID).String()
	labels := "/batches/" + id + "/labels?"

	errs := map[string]struct {
		query, field, want string
	}{
		"ErrFromZero":      {"from=0&to=5", "l-from", "pack 0 is not one of them"},
		"ErrToPastEnd":     {"from=1&to=65", "l-to", "numbered 1 to 64; pack 65 is not one of them"},
		"ErrToBeforeFrom":  {"from=9&to=3", "l-to", "must not come before the first (pack 9)"},
		"ErrNotANumber":    {"from=x&to=3", "l-from", "Enter the number of the first pack, from 1 to 64."},
		"ErrBase":          {"from=1&to=3&base=javascript:alert(1)", "l-base", "Enter a web address starting with https://"},
		"ErrFormat":        {"from=1&to=3&format=pdf", "l-format", "Choose what to print the labels as."},
		"ErrTooManyLabels": {"from=1&to=20000", "l-to", "numbered 1 to 64"},
	}
	for name, tt := range errs {
		t.Run(name, func(t *testing.T) {
			status, body, header := b.get(labels + tt.query)
			if status != http.StatusUnprocessableEntity {
				t.Fatalf("got %d, want 422:\n%s", status, body)
			}
			if !strings.Contains(body, `id="`+tt.field+`-error">`) || !strings.Contains(body, tt.want) {
				t.Fatalf("the page lacks %q next to %s:\n%s", tt.want, tt.field, body)
			}
			if !strings.Contains(body, `id="prov-title"`) || header.Get("Content-Disposition") != "" {
				t.Error("want the batch's page again, not a download")
			}
			if strings.Contains(body, w.Batch.Serials[0]) {
				t.Error("a refused request shows a serial")
			}
		})
	}

	t.Run("SheetCountsFrom1", func(t *testing.T) {
		status, body, _ := b.get(labels + "from=1&to=3&base=https://verify.example/gs1")
		if status != 200 {
			t.Fatalf("got %d", status)
		}
		for _, want := range []string{"packs 1 to 3 (3 labels)", "Pack 1</span>", "Pack 3</span>", "<dt>SN</dt> <dd>" + w.Batch.Serials[0] + "</dd>",
			"<dt>PC</dt> <dd>09506000134352</dd>", "<dt>Batch</dt> <dd>VERIFY</dd>", `alt="https://verify.example/gs1/01/09506000134352/10/VERIFY/21/` + w.Batch.Serials[0]} {
			if !strings.Contains(body, want) {
				t.Errorf("the sheet lacks %q", want)
			}
		}
		if strings.Contains(body, w.Batch.Serials[3]) || strings.Contains(body, "Pack 0<") {
			t.Error("the sheet holds a pack outside 1 to 3")
		}
	})

	t.Run("ZPL", func(t *testing.T) {
		status, body, header := b.get(labels + "from=2&to=4&format=zpl")
		if status != 200 || header.Get("Content-Disposition") != `attachment; filename="labels-09506000134352-VERIFY-packs-2-4.zpl"` {
			t.Fatalf("got %d %q", status, header.Get("Content-Disposition"))
		}
		if got := strings.Count(body, "^XA"); got != 3 || strings.Count(body, "^XZ") != 3 {
			t.Errorf("%d labels, want 3", got)
		}
		if !strings.Contains(body, "^FD#1010950600013435217") || !strings.Contains(body, w.Batch.Serials[1]) || strings.Contains(body, w.Batch.Serials[0]) {
			t.Errorf("the ZPL lacks pack 2's GS1 DataMatrix data or holds pack 1:\n%s", body)
		}
		var format string
		var start, end int
		err := w.Pool.QueryRow(context.Background(), `SELECT format, range_start, range_end FROM label_downloads ORDER BY id DESC LIMIT 1`).Scan(&format, &start, &end)
		if err != nil || format != "zpl" || start != 1 || end != 4 {
			t.Fatalf("the last download recorded: %q [%d, %d) %v; want zpl [1, 4)", format, start, end, err)
		}
		if _, page, _ := b.get("/batches/" + id); !strings.Contains(page, "<td>2–4</td><td>ZPL</td>") {
			t.Error("the batch page's record of downloads does not show the ZPL one as packs 2–4")
		}
	})
}
