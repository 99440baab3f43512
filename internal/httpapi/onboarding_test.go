package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/smtptest"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// ndjson reads a streamed answer line by line as the server flushes them.
type ndjson struct {
	t     *testing.T
	lines chan map[string]any
}

// postStream posts form to path as pedigree.js does, asking for application/x-ndjson.
func (b *browserless) postStream(path string, form url.Values) *ndjson {
	b.t.Helper()
	req, err := http.NewRequest("POST", b.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		b.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/x-ndjson")
	req.Header.Set("X-CSRF-Token", b.csrf)
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/x-ndjson" {
		b.t.Fatalf("stream: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	s := &ndjson{t: b.t, lines: make(chan map[string]any, 100)}
	go func() {
		defer resp.Body.Close()
		defer close(s.lines)
		r := bufio.NewReader(resp.Body)
		for {
			line, err := r.ReadBytes('\n')
			if len(line) > 0 {
				var v map[string]any
				if jerr := json.Unmarshal(line, &v); jerr != nil {
					v = map[string]any{"unreadable": string(line)}
				}
				s.lines <- v
			}
			if err != nil {
				return
			}
		}
	}()
	return s
}

// next returns the next line; nil once the stream has ended.
func (s *ndjson) next() map[string]any {
	s.t.Helper()
	select {
	case v := <-s.lines:
		return v
	case <-time.After(30 * time.Second):
		s.t.Fatal("no line within 30 s")
		return nil
	}
}

// stages reads lines up to and including the one whose stage and state are given (stage ""
// reads to the end), and returns them as "stage state" for stage lines, the others as JSON.
func (s *ndjson) stages(stage, state string) ([]string, map[string]any) {
	s.t.Helper()
	var got []string
	for {
		v := s.next()
		if v == nil {
			if stage != "" {
				s.t.Fatalf("the stream ended before %s %s; it said %q", stage, state, got)
			}
			return got, nil
		}
		st, _ := v["stage"].(string)
		if st == "" {
			b, _ := json.Marshal(v)
			got = append(got, string(b))
			if stage == "" {
				continue
			}
			s.t.Fatalf("the stream ended with %s before %s %s; it said %q", b, stage, state, got)
		}
		got = append(got, st+" "+v["state"].(string))
		if st == stage && v["state"] == state {
			return got, v
		}
	}
}

// waiting returns the server process of pool's database waiting for a lock in a statement
// starting with query, waiting for one to be.
func waiting(t *testing.T, pool *pgxpool.Pool, query string) int {
	t.Helper()
	for range 300 {
		var pid int
		err := pool.QueryRow(context.Background(), `SELECT pid FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1 || '%'`, query).Scan(&pid)
		if err == nil {
			return pid
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no statement %q waits for a lock", query)
	return 0
}

func equal(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") }

// TestOnboardingProgress: the page's onboarding streams each stage as it happens (the first
// arrives while the server is held at a later one), a failure names its stage, and Retry
// resumes from there doing nothing twice: no second key, no second transaction.
func TestOnboardingProgress(t *testing.T) {
	w := worldtest.New(t)
	keys := keystoreWithKey(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Keystore = keys })
	email, password := w.User(t, w.Regulator)
	regulator := newBrowserless(t, srv.URL)
	regulator.signIn(email, password)
	regulator.get("/organisations")
	ctx := context.Background()
	form := url.Values{"name": {"Borealis Generics"}, "role": {"manufacturer"}, "gln": {gln(t, "409876500003")},
		"prefixes": {"4098767"}, "admin_email": {"admin@borealis.test"}}

	// Hold the server where it records the regulator's action, after the participant is
	// registered on chain: the lines before must arrive while it waits.
	hold, err := w.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Rollback(ctx)
	if _, err := hold.Exec(ctx, `SELECT 1 FROM organisations WHERE id = $1 FOR NO KEY UPDATE`, w.Regulator.ID); err != nil {
		t.Fatal(err)
	}
	stream := regulator.postStream("/organisations", form)
	got, _ := stream.stages("register", "started")
	if want := []string{"key started", "key done", "register started"}; !equal(got, want) {
		t.Errorf("first lines %q, want %q", got, want)
	}
	waiting(t, w.Pool, "UPDATE organisations SET last_action_block")
	var account []byte
	if err := w.Pool.QueryRow(ctx, `SELECT account FROM onboardings WHERE gln = $1`, form.Get("gln")).Scan(&account); err != nil || len(account) != 20 {
		t.Fatalf("the new account is not recorded at step key: %x %v", account, err)
	}
	// Then make the store step fail: another transaction holds the account's place in the
	// organisations' unique index, and the server's insert waiting behind it is cancelled.
	block, err := w.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer block.Rollback(ctx)
	if _, err := block.Exec(ctx, `INSERT INTO organisations (name, gln, role, account) VALUES ('Blocker', '4098765000010', 'manufacturer', $1)`, account); err != nil {
		t.Fatal(err)
	}
	if err := hold.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ = stream.stages("store", "started")
	if want := []string{"register done", "prefixes started", "prefixes done", "store started"}; !equal(got, want) {
		t.Errorf("next lines %q, want %q", got, want)
	}
	pid := waiting(t, w.Pool, "INSERT INTO organisations")
	if _, err := w.Pool.Exec(ctx, `SELECT pg_cancel_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	got, _ = stream.stages("", "")
	if len(got) != 2 || got[0] != "store failed" || !strings.HasPrefix(got[1], `{"error":`) || !strings.Contains(got[1], `"failed":"store"`) {
		t.Fatalf("after the failure %q, want the store stage failed, then the outcome naming it", got)
	}
	if err := block.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	_, body, _ := regulator.get("/organisations")
	if !strings.Contains(body, "Stopped after “on_chain”") || !strings.Contains(body, `class="onboard-retry"`) {
		t.Errorf("the page does not offer to retry the stopped onboarding")
	}

	nonce, err := w.H.Client.NonceAt(ctx, w.H.Regulator.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("RetryResumes", func(t *testing.T) {
		got, _ := regulator.postStream("/organisations", form).stages("", "")
		want := []string{"key earlier", "register earlier", "prefixes earlier", "store started", "store done", "invitation started", "invitation done"}
		if len(got) != len(want)+1 || !equal(got[:len(want)], want) {
			t.Fatalf("retry %q, want %q then the outcome", got, want)
		}
		var done struct {
			Done struct {
				Name string
				Link struct{ URL, To string }
			}
		}
		if err := json.Unmarshal([]byte(got[len(want)]), &done); err != nil || done.Done.Name != "Borealis Generics" ||
			done.Done.Link.To != "admin@borealis.test" || !oneTimeLink.MatchString(done.Done.Link.URL) {
			t.Errorf("the outcome %s, want the organisation and its invitation link (%v)", got[len(want)], err)
		}
	})
	t.Run("NothingDoubled", func(t *testing.T) {
		after, err := w.H.Client.NonceAt(ctx, w.H.Regulator.Addr, nil)
		if err != nil || after != nonce {
			t.Errorf("the regulator sent %d transactions in the retry (%v), want none", after-nonce, err)
		}
		files, err := os.ReadDir(keys)
		if err != nil || len(files) != 2 {
			t.Errorf("%d keys in the keystore (%v), want the world's and one new", len(files), err)
		}
		var n int
		if err := w.Pool.QueryRow(ctx, `SELECT count(*) FROM organisations WHERE account = $1 AND name = 'Borealis Generics'`, account).Scan(&n); err != nil || n != 1 {
			t.Errorf("%d organisations with the account (%v), want 1", n, err)
		}
	})
	t.Run("ErrAtAStageWithoutTheScript", func(t *testing.T) {
		regulator.get("/organisations")
		status, body, _ := regulator.post("/organisations", url.Values{"csrf": {regulator.csrf}, "name": {"Nobody"}, "role": {"dispenser"},
			"gln": {gln(t, "409876500007")}, "admin_email": {"x@nobody.test"}, "account": {"0x0000000000000000000000000000000000000000"}})
		// The zero address is no participant: the contract refuses it at the register stage.
		if status != http.StatusBadRequest || !strings.Contains(body, "Register the participant on chain failed: 0x0000000000000000000000000000000000000000 cannot be registered") ||
			!strings.Contains(body, `<li data-stage="register" data-state="failed">`) || !strings.Contains(body, `id="onboard-submit">Retry</button>`) {
			t.Errorf("a failure at a stage without the script: %d; the page does not name the stage and offer Retry:\n%s", status, body)
		}
	})
	t.Run("ErrInvalidBeforeAnyStage", func(t *testing.T) {
		bad := url.Values{"name": {"X"}, "role": {"dispenser"}, "gln": {"123"}, "admin_email": {"x@y.test"}}
		got, _ := regulator.postStream("/organisations", bad).stages("", "")
		if len(got) != 1 || !strings.Contains(got[0], `"errors":{"gln":`) {
			t.Errorf("a bad GLN: %q, want one line of errors naming gln", got)
		}
	})
}

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var mailedLink = regexp.MustCompile(`https?://\S+/invitations/[A-Za-z0-9_-]+`)

// TestMailedLinks: with a relay configured, invitation and reset links go by e-mail (plain
// text naming the organisation and the expiry) and work; the pages say where they went. A
// failed send shows the link with the error. The relay's password reaches neither the log nor
// a page.
func TestMailedLinks(t *testing.T) {
	const relayPassword = "Relay-Secret-77"
	relay := smtptest.Start(t, smtptest.Options{STARTTLS: true, User: "pedigree", Password: relayPassword})
	w := worldtest.New(t)
	var logs syncBuffer
	srv := w.Serve(t, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})), func(c *app.Config) {
		c.Keystore = keystoreWithKey(t)
		c.SMTPURL, c.MailFrom, c.MailRoots = relay.URL("pedigree", relayPassword), "Medicines Agency <noreply@agency.test>", relay.Roots
	})
	base := srv.URL
	email, password := w.User(t, w.Regulator)
	regulator := newBrowserless(t, base)
	regulator.signIn(email, password)
	var pages []string
	const pass = "plum-ferry-otter-42"

	// read checks the next message is to to, about subject, saying each of says, and returns
	// the link in it.
	read := func(to, subject string, says ...string) string {
		t.Helper()
		m := relay.Next(t, 30*time.Second)
		h, body, err := m.Text()
		if err != nil {
			t.Fatal(err)
		}
		if !m.TLS || m.User != "pedigree" || strings.Join(m.To, ",") != to || h.Get("To") != "<"+to+">" {
			t.Errorf("message to %v (header %q) over TLS %v as %q, want to %s over TLS as pedigree", m.To, h.Get("To"), m.TLS, m.User, to)
		}
		if got := h.Get("Subject"); got != subject {
			t.Errorf("subject %q, want %q", got, subject)
		}
		for _, s := range says {
			if !strings.Contains(body, s) {
				t.Errorf("the mail does not say %q:\n%s", s, body)
			}
		}
		link := mailedLink.FindString(body)
		if link == "" {
			t.Fatalf("no link in the mail:\n%s", body)
		}
		return link
	}

	regulator.get("/organisations")
	status, body, _ := regulator.post("/organisations", url.Values{"csrf": {regulator.csrf}, "name": {"Apotek Nord"}, "role": {"dispenser"},
		"gln": {gln(t, "409876500004")}, "admin_email": {"boss@apotek.test"}})
	pages = append(pages, body)
	if status != http.StatusOK || !strings.Contains(body, `id="link-sent"`) || !strings.Contains(body, "boss@apotek.test") || oneTimeLink.MatchString(body) {
		t.Fatalf("onboarding: %d; the page does not say the invitation is sent, or shows the link", status)
	}
	expires := time.Now().Add(72 * time.Hour).UTC().Format("Mon 2 Jan 2006")
	link := read("boss@apotek.test", "Your invitation to pedigree for Apotek Nord",
		"an administrator of Apotek Nord", "expires on "+expires, "72 hours")
	if status, body := acceptInvitation(t, base, link, pass); status != http.StatusSeeOther {
		t.Fatalf("the mailed link: %d %s", status, body)
	}
	admin := newBrowserless(t, base)
	admin.signIn("boss@apotek.test", pass)

	t.Run("Invitation", func(t *testing.T) {
		admin.get("/people")
		status, body, _ := admin.post("/people", url.Values{"csrf": {admin.csrf}, "email": {"op@apotek.test"}, "name": {"Olga"}, "role": {"operator"}})
		pages = append(pages, body)
		if status != http.StatusOK || !strings.Contains(body, "The invitation is sent to <strong>op@apotek.test</strong>") {
			t.Fatalf("invite: %d, the page does not say where the invitation went", status)
		}
		link := read("op@apotek.test", "Your invitation to pedigree for Apotek Nord", "Hello Olga,", "an operator of Apotek Nord")
		if status, body := acceptInvitation(t, base, link, pass); status != http.StatusSeeOther {
			t.Fatalf("the mailed link: %d %s", status, body)
		}
		newBrowserless(t, base).signIn("op@apotek.test", pass)
	})
	t.Run("Reset", func(t *testing.T) {
		var id string
		if err := w.Pool.QueryRow(context.Background(), `SELECT id::text FROM users WHERE email = 'op@apotek.test'`).Scan(&id); err != nil {
			t.Fatal(err)
		}
		admin.get("/people")
		status, body, _ := admin.post("/people/"+id+"/reset", url.Values{"csrf": {admin.csrf}})
		pages = append(pages, body)
		if status != http.StatusOK || !strings.Contains(body, "The password-reset link is sent to <strong>op@apotek.test</strong>") {
			t.Fatalf("reset: %d, the page does not say where the link went", status)
		}
		link := read("op@apotek.test", "Set a new pedigree password for Apotek Nord", "An administrator of Apotek Nord", "1 hour")
		if status, body := acceptInvitation(t, base, link, "lemon-kettle-88-x"); status != http.StatusSeeOther {
			t.Fatalf("the mailed reset link: %d %s", status, body)
		}
		newBrowserless(t, base).signIn("op@apotek.test", "lemon-kettle-88-x")
	})
	t.Run("FailedSendShowsTheLink", func(t *testing.T) {
		relay.Refuse("554 5.7.1 mailbox unavailable")
		defer relay.Refuse("")
		admin.get("/people")
		status, body, _ := admin.post("/people", url.Values{"csrf": {admin.csrf}, "email": {"view@apotek.test"}, "name": {"Vera"}, "role": {"viewer"}})
		pages = append(pages, body)
		link := oneTimeLink.FindString(body)
		if status != http.StatusOK || !strings.Contains(body, `id="link-error"`) || !strings.Contains(body, "mailbox unavailable") || link == "" {
			t.Fatalf("a refused mail: %d; the page does not show the error and the link:\n%s", status, body[strings.Index(body, "<main"):])
		}
		relay.None(t)
		if status, body := acceptInvitation(t, base, link, pass); status != http.StatusSeeOther {
			t.Fatalf("the shown link: %d %s", status, body)
		}
	})
	t.Run("API", func(t *testing.T) {
		status, out := api(t, base, w.Token(t, w.Regulator), "POST", "/api/v1/organisations", map[string]any{
			"name": "Apotek Syd", "role": "dispenser", "gln": gln(t, "409876500005"), "admin_email": "boss@syd.test"})
		if status != http.StatusCreated || out["invitation_sent_to"] != "boss@syd.test" || !oneTimeLink.MatchString(out["invitation_url"].(string)) {
			t.Fatalf("onboarding: %d %v", status, out)
		}
		if link := read("boss@syd.test", "Your invitation to pedigree for Apotek Syd"); link != out["invitation_url"] {
			t.Errorf("the mailed link %s is not the answer's %s", link, out["invitation_url"])
		}
	})
	for _, p := range append(pages, logs.String()) {
		if strings.Contains(p, relayPassword) {
			t.Errorf("the relay's password is shown or logged")
		}
	}
	if !strings.Contains(logs.String(), "mailbox unavailable") {
		t.Errorf("the failed send is not logged")
	}
}
