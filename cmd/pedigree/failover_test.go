package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

// indexerOf returns what an instance's /readyz says of the indexer: "this instance",
// "standby", or "" when it does not answer 200.
func indexerOf(base string) string {
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var out struct{ Indexer string }
	if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&out) != nil {
		return ""
	}
	return out.Indexer
}

// TestServeFailover runs two `pedigree serve` processes on one database. Exactly one indexes;
// both answer. The indexing one is killed with SIGKILL while batches are being registered: the
// other takes over within 5 s, no registration is lost, and the projection ends equal to a
// fresh reindex of the same chain. A session made on one instance works on another.
func TestServeFailover(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	first := n.serveChild(t, "A")
	second := n.serveChild(t, "B")
	n.api(t, first).registerParticipants(n)

	// Exactly one indexes.
	var leader, standby *instance
	for deadline := time.Now().Add(10 * time.Second); leader == nil; time.Sleep(50 * time.Millisecond) {
		a, b := indexerOf(first.url), indexerOf(second.url)
		switch {
		case a == "this instance" && b == "standby":
			leader, standby = first, second
		case b == "this instance" && a == "standby":
			leader, standby = second, first
		case a == "this instance" && b == "this instance":
			t.Fatal("both instances say they index")
		}
		if time.Now().After(deadline) {
			t.Fatalf("no single indexer within 10 s: A says %q, B says %q", a, b)
		}
	}

	// Both answer the API.
	for _, inst := range []*instance{leader, standby} {
		n.api(t, inst).call("regulator", "GET", "/api/v1/alerts", nil, 200)
	}

	// Batches registered through the standby, round after round, while the leader is killed.
	a := n.api(t, standby)
	var mu sync.Mutex
	var ids []string
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			status, out := a.try("manufacturer", "POST", "/api/v1/batches", map[string]any{
				"gtin": "09506000134352", "lot": fmt.Sprintf("FAILOVER-%d", i), "expiry": time.Now().AddDate(2, 0, 0).Format(time.DateOnly),
				"product": map[string]string{"name": "Demoprofen"}, "quantity": 16,
			})
			if status != 201 && status != 202 {
				t.Errorf("registration %d during the fail-over: %d %v", i, status, out)
				return
			}
			mu.Lock()
			ids = append(ids, fmt.Sprint(out["token_id"]))
			mu.Unlock()
		}
	})
	time.Sleep(500 * time.Millisecond)
	killed := time.Now()
	leader.kill(t)
	for indexerOf(standby.url) != "this instance" {
		if time.Since(killed) > 5*time.Second {
			close(stop)
			wg.Wait()
			t.Fatalf("the standby did not take over within 5 s of the kill")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("the standby took over %s after the kill", time.Since(killed).Round(time.Millisecond))
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()
	if t.Failed() {
		return
	}
	mu.Lock()
	registered := len(ids)
	mu.Unlock()
	if registered < 3 {
		t.Fatalf("only %d registrations went through", registered)
	}

	// Every registration is in the projection, which equals a fresh reindex of the chain.
	c, err := chain.Dial(n.node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := postgres.NewProjection(n.pool).WaitCursor(ctx, head.Number.Uint64(), 20*time.Millisecond); err != nil {
		t.Fatalf("the projection did not reach the head %d: %v", head.Number, err)
	}
	for _, id := range ids {
		a.call("manufacturer", "GET", "/api/v1/batches/"+id, nil, 200)
	}
	got, err := postgres.DumpProjection(t.Context(), n.pool)
	if err != nil {
		t.Fatal(err)
	}
	fresh := pgtest.NewPool(t)
	err = run(t.Context(), []string{"pedigree", "reindex", "-rpc-url", n.node.HTTPURL(), "-contract", n.contract, "-deploy-block", n.deployBlock},
		getenvOf([]string{"DATABASE_URL=" + fresh.Config().ConnString()}), testWriter{t}, testWriter{t})
	if err != nil {
		t.Fatalf("reindex: %v", err)
	}
	want, err := postgres.DumpProjection(t.Context(), fresh)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("the projection after the fail-over differs from a fresh reindex:\n got %.2000s\nwant %.2000s", got, want)
	}
	t.Logf("%d batches registered during the fail-over; projection equal to a fresh reindex", registered)

	t.Run("SessionsOnEither", func(t *testing.T) {
		email, password := "pharmacist@corner.test", "correct horse battery"
		org, err := postgres.NewOrganisations(n.pool).ByAccount(t.Context(), pedigree.Address(n.accounts["dispenser"]))
		if err != nil {
			t.Fatal(err)
		}
		orgID := org.ID
		if _, err := postgres.NewUsers(n.pool, time.Now).Create(t.Context(), orgID, email, "A pharmacist", password); err != nil {
			t.Fatal(err)
		}
		third := n.serve(t)
		jar, _ := cookiejar.New(nil)
		client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		req, _ := http.NewRequest("POST", standby.url+"/login", strings.NewReader(url.Values{"email": {email}, "password": {password}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", standby.url)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("sign in on one instance: %d", resp.StatusCode)
		}
		// Cookies are per host, not per port: the jar sends the session to the other instance.
		resp, err = client.Get(third.url + "/shipments")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("the shipments page on another instance with that session: %d, want 200", resp.StatusCode)
		}
	})
}
