package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

// crashEnv names the step of a batch registration (chain.StepStored, StepRecorded, StepSent)
// at which a test's child process kills itself with SIGKILL. Only TestMain's child path reads
// it: production has no such knob.
const crashEnv = "PEDIGREE_TEST_CRASH"

// crashAt returns the configuration change that makes the service SIGKILL its own process
// once a registration reaches step on record; nil for no step.
func crashAt(step string) func(*app.Config) {
	if step == "" {
		return nil
	}
	return func(cfg *app.Config) {
		cfg.AfterRegistrationStep = func(s string) {
			if s == step {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {} // never carry on past the step
			}
		}
	}
}

// TestServeAnvilCrashRegistration kills `pedigree serve` with SIGKILL at each step of a batch
// registration, starts it again and retries the request: the retry with the same
// Idempotency-Key completes (201, the batch verifies AUTHENTIC), the mint was sent once, and
// the (GTIN, lot) is never left answering 409 "in progress".
func TestServeAnvilCrashRegistration(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	setup := n.serve(t)
	n.api(t, setup).registerParticipants(n)
	setup.stop()

	for i, tc := range []struct {
		name string
		step string
		// stall stops the node mining, so the mint is in its pool, not mined, when the
		// process dies; the node is then restarted, forgets it, and mines again at once.
		stall bool
		// noKey retries without the Idempotency-Key: the stale registration is undone and
		// the lot registered afresh.
		noKey bool
	}{
		{name: "AfterStored", step: chain.StepStored},
		{name: "AfterStoredRetryWithoutKey", step: chain.StepStored, noKey: true},
		{name: "AfterRecorded", step: chain.StepRecorded},
		{name: "AfterSent", step: chain.StepSent},
		{name: "BeforeReceipt", step: chain.StepSent, stall: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lot := fmt.Sprintf("CRASH-%d", i)
			key := "crash-" + lot
			b, body := crashBatch(lot, 12)
			before := nonces(t, n)["manufacturer"]
			if tc.stall {
				stallMining(t, n)
			}

			first := n.serveChild(t, tc.name, crashEnv+"="+tc.step)
			if status, out, err := postBatch(first.url, n.tokens["manufacturer"], key, body); err == nil {
				t.Fatalf("the registration answered %d %v: the process was to die at %q", status, out, tc.step)
			}
			first.stop() // reaped: it died of SIGKILL
			if tc.stall {
				n.node.Restart(t) // its pool forgets the mint: the service resends what it recorded
			}

			second := n.serveChild(t, tc.name+" restarted")
			a := n.api(t, second)
			retryKey := key
			if tc.noKey {
				retryKey = ""
			}
			out := retryUntilFinal(t, second.url, n.tokens["manufacturer"], retryKey, body)
			if out["status"] != "confirmed" || out["token_id"] == nil {
				t.Fatalf("the retry: %v, want a confirmed batch", out)
			}
			b.id = out["token_id"].(string)
			if got := a.verdict("manufacturer", b.code(3)); got != "AUTHENTIC" {
				t.Fatalf("pack 3 after the retry: %s, want AUTHENTIC", got)
			}
			if got := nonces(t, n)["manufacturer"] - before; got != 1 {
				t.Fatalf("the manufacturer sent %d transactions for one registration", got)
			}
			// Registered once: the same batch again without a key is refused, as it should.
			if status, out, err := postBatch(second.url, n.tokens["manufacturer"], "", body); err != nil || status != 409 {
				t.Fatalf("registering the lot again: %d %v %v, want 409", status, out, err)
			}
			var unfinished int
			if err := n.pool.QueryRow(t.Context(), `SELECT count(*) FROM batch_details WHERE status <> 'confirmed'`).Scan(&unfinished); err != nil || unfinished != 0 {
				t.Fatalf("%d registrations left unfinished (%v)", unfinished, err)
			}
			second.stop()
		})
	}
}

// crashBatch returns a batch of lot with n given serials, and its registration's JSON.
func crashBatch(lot string, n int) (batch, []byte) {
	b := batch{lot: lot, expiry: time.Now().UTC().AddDate(2, 0, 0)}
	for i := range n {
		b.serials = append(b.serials, fmt.Sprintf("%s%04d", strings.ReplaceAll(lot, "-", ""), i))
	}
	body, _ := json.Marshal(map[string]any{
		"gtin": "09506000134352", "lot": lot, "expiry": b.expiry.Format(time.DateOnly),
		"product": map[string]string{"name": "Demoprofen", "strength": "200 mg", "form": "tablet"}, "serials": b.serials,
	})
	return b, body
}

// postBatch registers a batch as the holder of token, with an Idempotency-Key unless key is
// "". err is a failure to get an answer at all: the process died under the request.
func postBatch(base, token, key string, body []byte) (int, map[string]any, error) {
	req, err := http.NewRequest("POST", base+"/api/v1/batches", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		out = map[string]any{"body": string(b)}
	}
	return resp.StatusCode, out, nil
}

// retryUntilFinal retries a registration while it answers 202 (its mint not mined yet: a
// provisional answer) and returns the first 201's answer. Anything else fails the test: a
// retry after a crash is never told 409 "in progress".
func retryUntilFinal(t *testing.T, base, token, key string, body []byte) map[string]any {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		status, out, err := postBatch(base, token, key, body)
		switch {
		case err != nil:
			t.Fatalf("the retry: %v", err)
		case status == 201:
			return out
		case status != 202:
			t.Fatalf("the retry: %d %v, want 201", status, out)
		case time.Now().After(deadline):
			t.Fatalf("the retry still answers 202 after 20 s: %v", out)
		}
	}
}

// stallMining stops the node mining: a transaction sent now waits in its pool until the
// node is restarted (which mines a block per transaction again).
func stallMining(t *testing.T, n *network) {
	t.Helper()
	node, err := rpc.Dial(n.node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	if err := node.Call(nil, "evm_setAutomine", false); err != nil {
		t.Fatalf("evm_setAutomine: %v", err)
	}
}
