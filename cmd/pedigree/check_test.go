package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/browsertest"
)

// TestCheckCommand runs `pedigree check` against `pedigree dev` and its embedded chain: it
// confirms an AUTHENTIC, a dispensed, a recalled and an UNKNOWN_SERIAL answer, and refuses
// tampered saved answers; then the verdict page's "check it yourself" does the same in
// chromium, against the embedded chain and against another chain.
func TestCheckCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".pedigree")
	dev := startDev(t, dir)
	t.Cleanup(func() {
		dev.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-dev.done:
		case <-time.After(30 * time.Second):
			dev.cmd.Process.Kill()
		}
	})
	check := func(args ...string) result {
		t.Helper()
		return runCLI(t, nil, append([]string{"check", "-server", dev.web, "-rpc-url", dev.rpc}, args...)...)
	}
	dispensed := dev.samples["a dispensed pack"]
	if dispensed == "" || dev.code == "" {
		t.Fatalf("pedigree dev printed no demo packs: %v", dev.samples)
	}
	expiry := regexp.MustCompile(`\(17\)(\d{6})`).FindStringSubmatch(dev.code)[1]

	for _, tc := range []struct {
		name, code string
		args       []string
		stdout     []string
	}{
		{"Authentic", dev.code, nil, []string{"AUTHENTIC answer", "✓ the service signed this answer", "✓ the serial is in the batch's committed list",
			"as the server's /.well-known/gs1resolver gives it", "server says names and the product", "OK: every chain-derived fact"}},
		{"Dispensed", dispensed, nil, []string{"SUPPLIED answer", "✓ the pack's state is the answer's: supplied since", "OK:"}},
		{"DispensedAsDispenser", dispensed, []string{"-data", dir, "-as", "dispenser"}, []string{"ALREADY_DECOMMISSIONED answer", "OK:"}},
		{"UnknownSerial", "(01)" + demo.DemoGTIN + "(17)" + expiry + "(10)" + demo.DemoLot + "(21)FORGED0001", nil,
			[]string{"UNKNOWN_SERIAL answer", "✓ the serial is not in the batch's committed list", "OK:"}},
		{"UnknownBatch", "(01)" + demo.DemoGTIN + "(10)NO-SUCH-LOT(21)X1", nil, []string{"UNKNOWN_BATCH answer", "✓ no batch with this id is registered", "OK:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := check(append(tc.args, tc.code)...)
			if r.status != 0 {
				t.Fatalf("exit status %d, want 0\n%s", r.status, r.message())
			}
			for _, want := range tc.stdout {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("stdout does not say %q:\n%s", want, r.stdout)
				}
			}
		})
	}

	// A saved answer, with the keys and the contract given: no server is asked. Tampered, it is
	// refused.
	saved := filepath.Join(t.TempDir(), "answer.json")
	if r := runCLI(t, nil, "verify", "-json", "-server", dev.web, dev.code); r.status != 0 || os.WriteFile(saved, []byte(r.stdout), 0o600) != nil {
		t.Fatalf("verify -json: exit status %d\n%s", r.status, r.message())
	}
	jwks := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(jwks, []byte(get(t, dev.web+"/.well-known/jwks.json")), 0o600); err != nil {
		t.Fatal(err)
	}
	offline := []string{"-server", "http://127.0.0.1:1", "-rpc-url", dev.rpc, "-jwks", jwks, "-contract", dev.contract.Hex()}
	if r := runCLI(t, nil, append([]string{"check", "-answer", saved}, offline...)...); r.status != 0 || !strings.Contains(r.stdout, "as -contract gives it") {
		t.Fatalf("check -answer: exit status %d, want 0\n%s", r.status, r.message())
	}
	for _, tc := range []struct {
		name   string
		change func(a map[string]any)
		want   string
	}{
		{"State", func(a map[string]any) { a["pack"].(map[string]any)["state"] = "supplied" }, "✗ the pack's state is the answer's"},
		{"Proof", func(a map[string]any) {
			proof := a["evidence"].(map[string]any)["proof"].([]any)
			proof[0], proof[1] = proof[1], proof[0]
		}, "✗ the serial is in the batch's committed list"},
		{"Verdict", func(a map[string]any) { a["verdict"] = "RECALLED" }, "✗ the verdict is the chain's"},
		{"Signature", func(a map[string]any) {
			a["batch"].(map[string]any)["manufacturer"].(map[string]any)["name"] = "Forgery Ltd"
		}, "✗ the service signed this answer"},
	} {
		t.Run("Tampered"+tc.name, func(t *testing.T) {
			var a map[string]any
			b, _ := os.ReadFile(saved)
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatal(err)
			}
			tc.change(a)
			b, _ = json.Marshal(a)
			file := filepath.Join(t.TempDir(), "tampered.json")
			if err := os.WriteFile(file, b, 0o600); err != nil {
				t.Fatal(err)
			}
			r := runCLI(t, nil, append([]string{"check", "-answer", file}, offline...)...)
			if r.status != 1 || !strings.Contains(r.stdout, tc.want) || !strings.Contains(r.stdout, "FAILED:") {
				t.Fatalf("exit status %d, want 1 and %q\n%s", r.status, tc.want, r.message())
			}
		})
	}

	// Usage errors.
	for _, args := range [][]string{{}, {"-contract", "0x12", dev.code}, {dev.code, dev.code}, {"-rpc-url", "localhost:8545", dev.code}, {"(01)09506000134353(10)A(21)B"}} {
		if r := check(args...); r.status != 2 {
			t.Errorf("check %q: exit status %d, want 2\n%s", args, r.status, r.message())
		}
	}

	// The demo manufacturer recalls the demo batch: its packs' answers say RECALLED, and hold.
	tokens := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "demo-tokens.json")); err != nil || json.Unmarshal(b, &tokens) != nil {
		t.Fatalf("demo-tokens.json: %v", err)
	}
	batchID := pedigree.TokenIDFromBig(chain.BatchID(9506000134352, demo.DemoLot))
	req, _ := http.NewRequest(http.MethodPost, dev.web+"/api/v1/batches/"+batchID.String()+"/recall", strings.NewReader(`{"reason": 3}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+tokens["manufacturer"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("recall: %d %s", resp.StatusCode, body)
	}
	if r := check(dev.code); r.status != 0 || !strings.Contains(r.stdout, "RECALLED answer") || !strings.Contains(r.stdout, "✓ the batch was recalled in the answer's transaction") {
		t.Fatalf("check of a recalled pack: exit status %d\n%s", r.status, r.message())
	}
	// The answer saved before the recall was made at an earlier block: it still holds there.
	if r := runCLI(t, nil, append([]string{"check", "-answer", saved}, offline...)...); r.status != 0 {
		t.Fatalf("check -answer after the recall: exit status %d, want 0\n%s", r.status, r.message())
	}

	t.Run("Browser", func(t *testing.T) {
		forged := dev.web + "/01/" + demo.DemoGTIN + "/10/" + demo.DemoLot + "/21/FORGED0001?17=" + expiry
		checkInBrowser(t, dev, dispensed, forged)
	})
}

// checkInBrowser opens the verdict page of the dispensed demo pack (recalled by now) and checks
// it yourself: against the embedded chain every fact holds; against another chain (the same
// chain id, other blocks) the answer's block does not. The page of a forged serial proves its
// absence.
func checkInBrowser(t *testing.T, dev *child, page, forged string) {
	ctx := browsertest.New(t, 2*time.Minute)
	other := startChain(t)
	u, err := url.Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	var rpc, summary string
	var facts []map[string]string
	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		actx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Run(actx, actions...); err != nil {
			var text string
			_ = chromedp.Run(ctx, chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &text))
			t.Fatalf("%s: %v\nthe page shows:\n%s", what, err, text)
		}
	}
	checkWith := func(node string) {
		t.Helper()
		run("check with "+node,
			chromedp.SetValue("#check-rpc", node, chromedp.ByQuery),
			chromedp.Click("#check-run", chromedp.ByQuery),
			chromedp.WaitVisible(`#check-summary[data-status="held"], #check-summary[data-status="failed"]`, chromedp.ByQuery),
			chromedp.Text("#check-summary", &summary, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll("#check-facts li")].map(li => ({id: li.dataset.fact, status: li.dataset.status, text: li.textContent}))`, &facts),
		)
	}
	run("open the verdict page",
		chromedp.Navigate(dev.web+u.RequestURI()),
		chromedp.WaitVisible("#check-run", chromedp.ByQuery),
		chromedp.Value("#check-rpc", &rpc, chromedp.ByQuery),
	)
	if rpc != dev.rpc {
		t.Errorf("the page suggests the node %q, want the embedded chain's %s", rpc, dev.rpc)
	}
	// The page's Keccak-256 is Go's.
	inputs := []string{"", "abc", strings.Repeat("a", 135), strings.Repeat("a", 136), strings.Repeat("a", 300), "Ünïcødé serial"}
	var hashes []string
	in, _ := json.Marshal(inputs)
	run("hash in the browser", chromedp.Evaluate(`import("/static/abi.js").then(({keccak, utf8}) => `+string(in)+`.map(s => keccak(utf8(s))))`, &hashes,
		func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	for i, s := range inputs {
		if want := crypto.Keccak256Hash([]byte(s)).Hex(); i >= len(hashes) || hashes[i] != want {
			t.Errorf("keccak256(%q) in the browser: %v, want %s", s, hashes, want)
		}
	}
	if len(hashes) == 0 || hashes[0] != "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" {
		t.Errorf("keccak256(\"\") in the browser: %v", hashes)
	}

	checkWith(dev.rpc)
	status := map[string]string{}
	for _, f := range facts {
		status[f["id"]] = f["status"]
		if f["status"] == "failed" {
			t.Errorf("fact %s failed: %s", f["id"], f["text"])
		}
	}
	for _, id := range []string{"code", "chain", "block", "batch_id", "serial_hash", "batch", "registered", "recall", "serial", "state", "verdict"} {
		if status[id] != "held" {
			t.Errorf("fact %s: %q, want held (facts %v)", id, status[id], status)
		}
	}
	// The page's answer is the public's: it names no token a pharmacy holds, so the custodian
	// is the service's word.
	if status["token"] != "" || status["custodian"] != "server-only" {
		t.Errorf("facts token %q and custodian %q, want none and server-only (facts %v)", status["token"], status["custodian"], status)
	}
	if !strings.Contains(summary, "Every fact the chain decides held") {
		t.Errorf("the summary says %q", summary)
	}
	if dir := os.Getenv("SCREENSHOTS"); dir != "" {
		var png []byte
		run("screenshot", chromedp.FullScreenshot(&png, 100))
		if err := os.MkdirAll(dir, 0o755); err != nil { // the packages' tests run at once: this one may be first
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "check-it-yourself.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	run("open the verdict page of a forged serial",
		chromedp.Navigate(forged),
		chromedp.WaitVisible("#check-run", chromedp.ByQuery),
	)
	checkWith(dev.rpc)
	status = map[string]string{}
	for _, f := range facts {
		status[f["id"]] = f["status"]
	}
	if status["absence"] != "held" || status["verdict"] != "held" || !strings.Contains(summary, "Every fact the chain decides held") {
		t.Errorf("the forged serial's page: %v, %q, want the absence and the verdict held", status, summary)
	}

	checkWith(other)
	status = map[string]string{}
	for _, f := range facts {
		status[f["id"]] = f["status"]
	}
	if status["block"] != "failed" || !strings.Contains(summary, "did not hold") {
		t.Errorf("against another chain: block %q, summary %q, want the block failed", status["block"], summary)
	}
}

// startChain runs `pedigree chain` (another embedded chain, with blocks of its own) in process
// and returns its JSON-RPC URL.
func startChain(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"pedigree", "chain", "-data", t.TempDir(), "-rpc-port", "0", "-log-level", "error"},
			func(string) string { return "" }, pw, testWriter{t})
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	buf := make([]byte, 4096)
	n, err := pr.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`JSON-RPC on (http://\S+)`).FindSubmatch(buf[:n])
	if m == nil {
		t.Fatalf("pedigree chain printed %q", buf[:n])
	}
	return string(m[1])
}

// get returns the body of a GET of url.
func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return string(b)
}
