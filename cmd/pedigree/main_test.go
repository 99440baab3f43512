package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// TestMain lets a test run the program in a child process, so that it can be killed with
// SIGKILL like a real one.
func TestMain(m *testing.M) {
	if os.Getenv("PEDIGREE_TEST_CHILD") == "1" {
		configure = crashAt(os.Getenv(crashEnv)) // crash_test.go
		ctx, stop := signalContext()
		defer stop()
		if err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr); err != nil {
			os.Stderr.WriteString("pedigree: " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestCommands(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		wantOut string
		wantErr string
		usage   bool
	}{
		{name: "Help", args: []string{"help"}, wantOut: "Commands:"},
		{name: "Version", args: []string{"version"}, wantOut: "pedigree dev (go1."},
		{name: "ErrNoCommand", args: nil, usage: true},
		{name: "ErrUnknownCommand", args: []string{"frobnicate"}, wantErr: `unknown command "frobnicate"`, usage: true},
		{name: "ErrUnknownFlag", args: []string{"dev", "-frob"}, usage: true},
		{name: "ErrExtraArgument", args: []string{"version", "now"}, wantErr: `unexpected argument "now"`, usage: true},
		{name: "ErrLogLevel", args: []string{"dev", "-log-level", "loud"}, wantErr: "-log-level", usage: true},
		{name: "FlagHelp", args: []string{"chain", "-h"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), append([]string{"pedigree"}, tc.args...), func(string) string { return "" }, &stdout, &stderr)
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
			}
			var uerr usageError
			if got := errors.As(err, &uerr) || errors.Is(err, errUsage); got != tc.usage {
				t.Fatalf("usage error: got %v (%v), want %v", got, err, tc.usage)
			}
			if !tc.usage && err != nil {
				t.Fatalf("got error %v", err)
			}
			if !strings.Contains(stdout.String(), tc.wantOut) {
				t.Fatalf("stdout %q does not contain %q", stdout.String(), tc.wantOut)
			}
		})
	}
}

// child is `pedigree dev` running in a child process.
type child struct {
	cmd      *exec.Cmd
	rpc      string
	web      string            // the web UI's URL
	operator string            // the operator's URL: /metrics
	code     string            // the bracketed code of a demo pack at the pharmacy
	samples  map[string]string // the demo packs' Digital Links, by what 'pedigree dev' says they are
	contract common.Address
	done     chan error
}

var (
	readyWeb      = regexp.MustCompile(`^  web\s+(http://\S+)`)
	readyOperator = regexp.MustCompile(`^  operator\s+(http://[^/\s]+)`)
	readyCode     = regexp.MustCompile(`"code": "([^"]+)"`)
	readyRPC      = regexp.MustCompile(`JSON-RPC (http://\S+)`)
	readyContract = regexp.MustCompile(`contract\s+(0x[0-9a-fA-F]{40})`)
	readySample   = regexp.MustCompile(`^    (a [^:]+):\s+(http://\S+)`)
)

func startDev(t *testing.T, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "dev", "-data", dir, "-rpc-port", "0", "-http", "127.0.0.1:0", "-log-level", "warn")
	cmd.Env = append(os.Environ(), "PEDIGREE_TEST_CHILD=1")
	cmd.Stderr = testWriter{t}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, done: make(chan error, 1), samples: map[string]string{}}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if m := readyRPC.FindStringSubmatch(line); m != nil {
				c.rpc = m[1]
			}
			if m := readyWeb.FindStringSubmatch(line); m != nil {
				c.web = m[1]
			}
			if m := readyOperator.FindStringSubmatch(line); m != nil {
				c.operator = m[1]
			}
			if m := readyCode.FindStringSubmatch(line); m != nil {
				c.code = m[1]
			}
			if m := readyContract.FindStringSubmatch(line); m != nil {
				c.contract = common.HexToAddress(m[1])
			}
			if m := readySample.FindStringSubmatch(line); m != nil {
				c.samples[m[1]] = m[2]
			}
			if strings.HasPrefix(line, "  data ") {
				close(ready)
			}
		}
		c.done <- cmd.Wait()
	}()
	select {
	case <-ready:
	case err := <-c.done:
		t.Fatalf("pedigree dev exited before it was ready: %v", err)
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("pedigree dev was not ready within 60 s")
	}
	return c
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestDevSurvivesKill runs `pedigree dev`, changes the chain, kills the process with SIGKILL and
// starts it again: the same contract, a head at least as high, and every effect still there.
func TestDevSurvivesKill(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := filepath.Join(t.TempDir(), ".pedigree")

	first := startDev(t, dir)
	client, err := ethclient.DialContext(ctx, first.rpc)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != 1337 {
		t.Fatalf("eth_chainId: %v %v", id, err)
	}
	// /metrics is on the operator's address, which dev prints, and not on the web's.
	for url, want := range map[string]int{first.operator + "/metrics": http.StatusOK, first.web + "/metrics": http.StatusNotFound} {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", url, resp.StatusCode, want)
		}
	}
	env, err := demo.Open(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	senders, err := env.Senders(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	c := chain.NewContract(client, first.contract)
	for _, o := range demo.Orgs {
		p, err := c.Participant(ctx, env.State.Accounts[o.Key])
		if err != nil || pedigree.Role(p.Role) != o.Role || p.Gln != o.GLN {
			t.Fatalf("%s: registration %+v, %v", o.Key, p, err)
		}
	}
	// A batch registered and shipped: effects the restart must keep.
	batch := chain.NewBatch{GTIN: 9506000134352, Lot: "KILL-9", ExpiryDay: 30000, Quantity: 10, IndexRoot: common.Hash{1}, SortedRoot: common.Hash{2}}
	if _, err := c.RegisterBatch(ctx, senders["manufacturer"], batch); err != nil {
		t.Fatal(err)
	}
	id := chain.BatchID(batch.GTIN, batch.Lot)
	if _, err := c.Ship(ctx, senders["manufacturer"], id, env.State.Accounts["distributor"]); err != nil {
		t.Fatal(err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client.Close()

	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-first.done

	second := startDev(t, dir)
	if second.contract != first.contract {
		t.Fatalf("contract after restart: got %s, want %s", second.contract, first.contract)
	}
	client, err = ethclient.DialContext(ctx, second.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if got, err := client.BlockNumber(ctx); err != nil || got < head {
		t.Fatalf("head after restart: got %d (%v), want at least %d", got, err, head)
	}
	c = chain.NewContract(client, second.contract)
	tok, err := c.Token(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if tok.PendingTo != env.State.Accounts["distributor"] || tok.End.Uint64() != 10 {
		t.Fatalf("token after restart: %+v", tok)
	}

	// The demo batch verifies over HTTP, anonymously and with the pharmacy's API token.
	tokens := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "demo-tokens.json")); err != nil || json.Unmarshal(b, &tokens) != nil || len(tokens) != 4 {
		t.Fatalf("demo-tokens.json: %v %v", tokens, err)
	}
	for _, token := range []string{"", tokens["dispenser"]} {
		req, _ := http.NewRequestWithContext(ctx, "POST", second.web+"/api/v1/verify", strings.NewReader(`{"code": "`+second.code+`"}`))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var answer struct {
			Verdict   string
			Custodian struct{ Name string }
		}
		err = json.NewDecoder(resp.Body).Decode(&answer)
		resp.Body.Close()
		if err != nil || answer.Verdict != "AUTHENTIC" || (token != "") != (answer.Custodian.Name != "") {
			t.Fatalf("verify with token %t: %+v %v", token != "", answer, err)
		}
	}

	// The projection in the private PostgreSQL cluster caught up with what happened before the
	// kill, and reindex and migrate work next to the running process.
	pool, err := postgres.Open(ctx, "host="+filepath.Join(dir, "pg")+" port=5432 user=postgres dbname=pedigree sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	pending := func() string {
		var to []byte
		_ = pool.QueryRow(ctx, `SELECT pending_to FROM tokens WHERE superseded_at IS NULL AND token_id = $1`, pedigree.TokenIDFromBig(id).Bytes()).Scan(&to)
		return common.BytesToAddress(to).Hex()
	}
	for deadline := time.Now().Add(30 * time.Second); pending() != env.State.Accounts["distributor"].Hex(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the projection shows the batch pending to %s, want the distributor", pending())
		}
	}
	var participants int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM participants WHERE superseded_at IS NULL`).Scan(&participants); err != nil || participants != 4 {
		t.Fatalf("participants in the projection: %d (%v), want 4", participants, err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"reindex", "-data", dir, "-log-level", "warn"}, "rebuilt the projection of " + first.contract.Hex()},
		{[]string{"migrate", "-data", dir, "-log-level", "warn"}, "is at schema version "},
	} {
		var out bytes.Buffer
		if err := run(ctx, append([]string{"pedigree"}, tc.args...), func(string) string { return "" }, &out, testWriter{t}); err != nil {
			t.Fatalf("%s: %v", tc.args[0], err)
		}
		if !strings.Contains(out.String(), tc.want) {
			t.Fatalf("%s printed %q, want %q", tc.args[0], out.String(), tc.want)
		}
	}
	if pending() != env.State.Accounts["distributor"].Hex() {
		t.Fatal("the rebuilt projection lost the pending shipment")
	}
	pool.Close()

	// SIGTERM stops it cleanly, PostgreSQL included.
	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-second.done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("pedigree dev did not stop within 30 s of SIGTERM")
	}
	if _, err := os.Stat(filepath.Join(dir, "pg", "data", "postmaster.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("PostgreSQL still running after pedigree dev stopped (postmaster.pid: %v)", err)
	}
}

// TestChainCommand runs `pedigree chain` in process on a free port: it answers eth_chainId and
// stops cleanly when its context ends.
func TestChainCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"pedigree", "chain", "-data", t.TempDir(), "-rpc-port", "0", "-log-level", "error"},
			func(string) string { return "" }, pw, testWriter{t})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no banner: %v (run: %v)", err, <-done)
	}
	go io.Copy(io.Discard, pr)
	m := readyRPC.FindStringSubmatch(strings.ReplaceAll(line, "JSON-RPC on", "JSON-RPC"))
	if m == nil {
		t.Fatalf("banner %q names no endpoint", line)
	}
	client, err := ethclient.DialContext(ctx, m[1])
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != 1337 {
		t.Fatalf("eth_chainId: %v %v", id, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("pedigree chain did not stop within 30 s")
	}
}
