package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

// The cast of a network, with the GLNs they are registered at.
var cast = []struct {
	key  string
	name string
	role pedigree.Role
	gln  string
}{
	{"regulator", "Medicines Agency", pedigree.RoleRegulator, "4012345000009"},
	{"manufacturer", "Acme Pharma", pedigree.RoleManufacturer, "4012345000016"},
	{"distributor", "Wholesale One", pedigree.RoleDistributor, "4012345000030"},
	{"dispenser", "Corner Pharmacy", pedigree.RoleDispenser, "4012345000054"},
}

// network is pedigree deployed with `pedigree deploy` on a node running as a process of its
// own, the cast's keys in a keystore, and their organisations and API tokens in a database.
type network struct {
	node        *ethnode.Node
	keystore    string
	passFile    string
	dbURL       string
	pool        *pgxpool.Pool
	contract    string
	deployBlock string
	accounts    map[string]common.Address
	tokens      map[string]string
}

var (
	deployedContract = regexp.MustCompile(`PEDIGREE_CONTRACT=(0x[0-9a-fA-F]{40})`)
	deployedBlock    = regexp.MustCompile(`PEDIGREE_DEPLOY_BLOCK=(\d+)`)
)

// newNetwork deploys pedigree on node through `pedigree deploy` and stores the cast.
func newNetwork(t *testing.T, node *ethnode.Node) *network {
	t.Helper()
	ctx := t.Context()
	n := &network{node: node, keystore: t.TempDir(), accounts: map[string]common.Address{}, tokens: map[string]string{}}
	n.passFile = filepath.Join(t.TempDir(), "passphrase")
	if err := os.WriteFile(n.passFile, []byte("correct horse battery staple\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ks := keystore.NewKeyStore(n.keystore, keystore.LightScryptN, keystore.LightScryptP)
	keys := map[string]*ecdsa.PrivateKey{}
	for _, c := range cast {
		keys[c.key] = node.Key(t)
		a, err := ks.ImportECDSA(keys[c.key], "correct horse battery staple")
		if err != nil {
			t.Fatal(err)
		}
		n.accounts[c.key] = a.Address
	}
	var out bytes.Buffer
	err := run(ctx, []string{"pedigree", "deploy", "-rpc-url", node.HTTPURL(), "-chain-id", strconv.FormatUint(node.ChainID(), 10),
		"-keystore", n.keystore, "-key-passphrase-file", n.passFile, "-account", n.accounts["regulator"].Hex(), "-gln", cast[0].gln, "-yes"},
		noEnv, &out, testWriter{t})
	if err != nil {
		t.Fatalf("pedigree deploy: %v\n%s", err, out.String())
	}
	if m := deployedContract.FindStringSubmatch(out.String()); m != nil {
		n.contract = m[1]
	}
	if m := deployedBlock.FindStringSubmatch(out.String()); m != nil {
		n.deployBlock = m[1]
	}
	if n.contract == "" || n.deployBlock == "" {
		t.Fatalf("pedigree deploy printed no contract and block:\n%s", out.String())
	}

	n.pool = pgtest.NewPool(t)
	n.dbURL = n.pool.Config().ConnString()
	orgs, tokens := postgres.NewOrganisations(n.pool), postgres.NewTokens(n.pool)
	for _, c := range cast {
		o, err := orgs.Create(ctx, pedigree.Organisation{Name: c.name, GLN: c.gln, Role: c.role, Account: pedigree.Address(n.accounts[c.key])})
		if err != nil {
			t.Fatal(err)
		}
		if n.tokens[c.key], err = tokens.Create(ctx, pedigree.NewToken{OrganisationID: o.ID, Name: "e2e", Role: pedigree.UserAdministrator}); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

func noEnv(string) string { return "" }

// env returns the environment of `pedigree serve` on the network, with extra NAME=VALUE pairs.
func (n *network) env(extra ...string) []string {
	env := []string{
		app.EnvRPCURL + "=" + n.node.HTTPURL(),
		app.EnvChainID + "=" + strconv.FormatUint(n.node.ChainID(), 10),
		app.EnvContract + "=" + n.contract,
		app.EnvDeployBlock + "=" + n.deployBlock,
		app.EnvDatabaseURL + "=" + n.dbURL,
		app.EnvKeystore + "=" + n.keystore,
		app.EnvPassphraseFile + "=" + n.passFile,
		app.EnvHTTP + "=127.0.0.1:0",
		"PEDIGREE_LOG_LEVEL=warn",
	}
	return append(env, extra...)
}

func getenvOf(env []string) func(string) string {
	return func(name string) string {
		v := ""
		for _, kv := range env {
			if k, val, _ := strings.Cut(kv, "="); k == name {
				v = val
			}
		}
		return v
	}
}

// instance is a running `pedigree serve`: in this process, or a child one to kill.
type instance struct {
	url    string
	stop   func()
	cmd    *exec.Cmd     // a child's
	exited chan struct{} // a child's: closed once it has exited and been waited for
}

// kill kills a child instance with SIGKILL, as a crash would, and waits until it is gone.
func (inst *instance) kill(t *testing.T) {
	t.Helper()
	if err := inst.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-inst.exited
}

var listening = regexp.MustCompile(`listening on (http://\S+)`)

// serve runs `pedigree serve` in this process and waits until it is ready.
func (n *network) serve(t *testing.T, extra ...string) *instance {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"pedigree", "serve"}, getenvOf(n.env(extra...)), pw, testWriter{t})
		pw.Close()
	}()
	inst := &instance{}
	inst.url = readURL(t, pr, done)
	var once sync.Once
	inst.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("pedigree serve: %v", err)
			}
		})
	}
	t.Cleanup(inst.stop)
	waitReady(t, inst.url, 60*time.Second)
	return inst
}

// serveChild runs `pedigree serve` in a child process, to be killed with SIGKILL.
func (n *network) serveChild(t *testing.T, name string, extra ...string) *instance {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append(append(os.Environ(), "PEDIGREE_TEST_CHILD=1"), n.env(extra...)...)
	cmd.Stderr = prefixWriter{t, name}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	inst := &instance{cmd: cmd, exited: make(chan struct{})}
	inst.url = readURL(t, out, done)
	// The one Wait of the child: two would race for its output goroutines and one hang.
	go func() { done <- cmd.Wait(); close(inst.exited) }()
	inst.stop = func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		<-inst.exited
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-inst.exited
	})
	waitReady(t, inst.url, 60*time.Second)
	return inst
}

type prefixWriter struct {
	t    *testing.T
	name string
}

func (w prefixWriter) Write(p []byte) (int, error) {
	w.t.Log(w.name + ": " + strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// readURL reads a serve's stdout until it says where it listens, then drains it.
func readURL(t *testing.T, r io.Reader, done <-chan error) string {
	t.Helper()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case u := <-found:
		return u
	case err := <-done:
		t.Fatalf("pedigree serve ended before it listened: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("pedigree serve did not listen within 60 s")
	}
	return ""
}

// waitReady polls /readyz until it answers 200.
func waitReady(t *testing.T, base string, within time.Duration) {
	t.Helper()
	var last string
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			last = err.Error()
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 200 {
			return
		}
		last = fmt.Sprintf("%d %s", resp.StatusCode, b)
	}
	t.Fatalf("%s/readyz did not answer 200 within %s; last: %s", base, within, last)
}

// api is a client of a pedigree service's API.
type api struct {
	t      *testing.T
	base   string
	tokens map[string]string
}

func (n *network) api(t *testing.T, inst *instance) *api {
	return &api{t: t, base: inst.url, tokens: n.tokens}
}

// call sends body as JSON to path as role ("" for anonymous) and returns the answer, failing
// the test unless its status is want.
func (a *api) call(role, method, path string, body any, want int) map[string]any {
	a.t.Helper()
	status, out := a.try(role, method, path, body)
	if status != want {
		a.t.Fatalf("%s %s as %s: got %d %v, want %d", method, path, role, status, out, want)
	}
	return out
}

func (a *api) try(role, method, path string, body any) (int, map[string]any) {
	a.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, a.base+path, r)
	if err != nil {
		a.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+a.tokens[role])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &out); err != nil {
		out = map[string]any{"body": string(b)}
	}
	return resp.StatusCode, out
}

// batch is a batch of the story, with its serials.
type batch struct {
	id      string
	lot     string
	expiry  time.Time
	serials []string
}

func (b batch) code(i int) string {
	return fmt.Sprintf("(01)09506000134352(17)%s(10)%s(21)%s", b.expiry.Format("060102"), b.lot, b.serials[i])
}

// register registers a batch of n packs as the manufacturer and returns it.
func (a *api) register(lot string, n int, want int) batch {
	a.t.Helper()
	b := batch{lot: lot, expiry: time.Now().UTC().AddDate(2, 0, 0)}
	for i := range n {
		b.serials = append(b.serials, fmt.Sprintf("%s%06d", strings.ReplaceAll(lot, "-", ""), i))
	}
	out := a.call("manufacturer", "POST", "/api/v1/batches", map[string]any{
		"gtin": "09506000134352", "lot": lot, "expiry": b.expiry.Format(time.DateOnly),
		"product": map[string]string{"name": "Demoprofen", "strength": "200 mg", "form": "tablet"}, "serials": b.serials,
	}, want)
	b.id, _ = out["token_id"].(string)
	if b.id == "" {
		a.t.Fatalf("registration answered no token_id: %v", out)
	}
	return b
}

// registerParticipants registers the cast on chain through the regulator, and returns the
// answers' statuses.
func (a *api) registerParticipants(n *network) []string {
	a.t.Helper()
	var statuses []string
	for _, c := range cast[1:] {
		out := a.call("regulator", "POST", "/api/v1/participants", map[string]string{
			"account": n.accounts[c.key].Hex(), "role": c.role.String(), "gln": c.gln}, 201)
		statuses = append(statuses, fmt.Sprint(out["status"]))
	}
	// The manufacturer owns the GS1 company prefix of the story's GTINs.
	a.call("regulator", "POST", "/api/v1/prefixes", map[string]string{"prefix": "9506000", "manufacturer": n.accounts["manufacturer"].Hex()}, 200)
	return statuses
}

// verdict verifies a code as role and returns the verdict.
func (a *api) verdict(role, code string) string {
	a.t.Helper()
	return fmt.Sprint(a.call(role, "POST", "/api/v1/verify", map[string]string{"code": code}, 200)["verdict"])
}

// confirmed fails the test unless an action's answer says it is confirmed.
func confirmed(t *testing.T, what string, out map[string]any) {
	t.Helper()
	if out["status"] != "confirmed" {
		t.Fatalf("%s: status %v, want confirmed (%v)", what, out["status"], out)
	}
}

// story is the whole custody story on a network through one instance's API: participants
// registered, a batch registered, split, shipped, accepted, a pack dispensed, the batch recalled;
// the pack verified at each step.
func story(t *testing.T, n *network, a *api) {
	for i, s := range a.registerParticipants(n) {
		if s != "confirmed" {
			t.Fatalf("registering %s: status %s, want confirmed", cast[i+1].key, s)
		}
	}
	b := a.register("E2E-1", 20, 201)
	tail := fmt.Sprint(a.call("manufacturer", "POST", "/api/v1/tokens/"+b.id+"/split", map[string]int{"start": 10}, 200)["token_id"])
	confirmed(t, "ship", a.call("manufacturer", "POST", "/api/v1/tokens/"+tail+"/ship", map[string]string{"to": n.accounts["distributor"].Hex()}, 200))
	confirmed(t, "accept", a.call("distributor", "POST", "/api/v1/tokens/"+tail+"/accept", nil, 200))
	confirmed(t, "ship on", a.call("distributor", "POST", "/api/v1/tokens/"+tail+"/ship", map[string]string{"to": n.accounts["dispenser"].Hex()}, 200))
	confirmed(t, "accept at the pharmacy", a.call("dispenser", "POST", "/api/v1/tokens/"+tail+"/accept", nil, 200))

	if got := a.verdict("dispenser", b.code(12)); got != "AUTHENTIC" {
		t.Fatalf("pack 12 at the pharmacy: %s, want AUTHENTIC", got)
	}
	out := a.call("dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{b.code(12)}}, 200)
	if txs, _ := out["transactions"].([]any); len(txs) != 1 || txs[0].(map[string]any)["status"] != "confirmed" {
		t.Fatalf("dispense: %v", out)
	}
	if got := a.verdict("dispenser", b.code(12)); got != "ALREADY_DECOMMISSIONED" {
		t.Fatalf("pack 12 dispensed: %s, want ALREADY_DECOMMISSIONED", got)
	}
	confirmed(t, "recall", a.call("manufacturer", "POST", "/api/v1/batches/"+b.id+"/recall", map[string]int{"reason": 2}, 200))
	if got := a.verdict("dispenser", b.code(13)); got != "RECALLED" {
		t.Fatalf("pack 13 of the recalled batch: %s, want RECALLED", got)
	}
}

// TestServeGeth runs the story with `pedigree serve` against geth --dev, a separate process,
// over JSON-RPC; then restarts geth under the running service and carries on.
func TestServeGeth(t *testing.T) {
	n := newNetwork(t, ethnode.StartGeth(t, ethnode.Options{}))
	inst := n.serve(t)
	a := n.api(t, inst)
	story(t, n, a)

	t.Run("NodeRestarted", func(t *testing.T) {
		a := n.api(t, inst)
		before := nonces(t, n)
		n.node.Restart(t)
		// The service reconnects by itself; every action is sent once, in nonce order.
		b := a.register("E2E-2", 8, 201)
		tail := fmt.Sprint(a.call("manufacturer", "POST", "/api/v1/tokens/"+b.id+"/split", map[string]int{"start": 4}, 200)["token_id"])
		confirmed(t, "ship", a.call("manufacturer", "POST", "/api/v1/tokens/"+tail+"/ship", map[string]string{"to": n.accounts["dispenser"].Hex()}, 200))
		n.node.Restart(t)
		confirmed(t, "accept", a.call("dispenser", "POST", "/api/v1/tokens/"+tail+"/accept", nil, 200))
		if got := a.verdict("dispenser", b.code(5)); got != "AUTHENTIC" {
			t.Fatalf("pack 5: %s, want AUTHENTIC", got)
		}
		after := nonces(t, n)
		if got, want := after["manufacturer"]-before["manufacturer"], uint64(3); got != want {
			t.Errorf("the manufacturer sent %d transactions for 3 actions", got)
		}
		if got, want := after["dispenser"]-before["dispenser"], uint64(1); got != want {
			t.Errorf("the dispenser sent %d transactions for 1 action", got)
		}
	})
}

// nonces returns each cast member's transaction count on the node.
func nonces(t *testing.T, n *network) map[string]uint64 {
	t.Helper()
	c, err := chain.Dial(n.node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out := map[string]uint64{}
	for k, addr := range n.accounts {
		nonce, err := c.PendingNonceAt(t.Context(), addr)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = nonce
	}
	return out
}

// TestServeAnvil runs the story with `pedigree serve` against Foundry's anvil.
func TestServeAnvil(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	story(t, n, n.api(t, n.serve(t)))
}

// TestServeAnvilConfirmations runs pedigree with a confirmation depth on a chain that mines a
// block a second: actions answer "pending" until their block is deep enough, and their
// effect shows only then.
func TestServeAnvilConfirmations(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{BlockTime: time.Second}))
	inst := n.serve(t, app.EnvConfirmations+"=2")
	a := n.api(t, inst)
	for _, s := range a.registerParticipants(n) {
		if s != "pending" {
			t.Fatalf("a participant's registration at depth 0: status %s, want pending", s)
		}
	}
	b := a.register("CONF-1", 4, 202)
	status, _ := a.try("manufacturer", "GET", "/api/v1/batches/"+b.id, nil)
	if status != 404 {
		t.Errorf("the batch right after its mint: status %d, want 404 until it is confirmed", status)
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if status, _ = a.try("manufacturer", "GET", "/api/v1/batches/"+b.id, nil); status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the batch was not confirmed within 20 s: status %d", status)
		}
	}
	if got := a.verdict("manufacturer", b.code(1)); got == "UNKNOWN_BATCH" || got == "UNKNOWN_PRODUCT" {
		t.Fatalf("a confirmed batch: %s", got)
	}
}

// smtpPassword is a mail relay's password that must never be shown.
const smtpPassword = "Relay-Secret-99"

// TestServeHelpHidesPasswords: -h shows the mail relay's URL and the database URL (as a URL,
// with the password in the query, and as keyword/value pairs) without their password.
func TestServeHelpHidesPasswords(t *testing.T) {
	for _, tc := range []struct{ env, value, shown string }{
		{app.EnvSMTPURL, "smtp://mailer:" + smtpPassword + "@relay.example:587", "smtp://mailer:xxxxx@relay.example:587"},
		{app.EnvDatabaseURL, "postgres://pedigree:" + smtpPassword + "@db.example/pedigree", "postgres://pedigree:xxxxx@db.example/pedigree"},
		{app.EnvDatabaseURL, "postgres://db.example/pedigree?user=pedigree&password=" + smtpPassword, "postgres://db.example/pedigree?password=xxxxx&user=pedigree"},
		{app.EnvDatabaseURL, "host=db.example user=pedigree password=" + smtpPassword, "host=db.example user=pedigree password=xxxxx"},
	} {
		var stderr bytes.Buffer
		if err := run(t.Context(), []string{"pedigree", "serve", "-h"}, getenvOf([]string{tc.env + "=" + tc.value}), io.Discard, &stderr); err != nil {
			t.Fatal(err)
		}
		if out := stderr.String(); strings.Contains(out, smtpPassword) || !strings.Contains(out, tc.shown) {
			t.Errorf("-h shows %s=%s as:\n%s", tc.env, tc.value, out)
		}
	}
}

// TestServeErrors runs `pedigree serve` with each setting missing or wrong: it exits 2 with a
// message naming the setting.
func TestServeErrors(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	for _, tc := range []struct {
		name    string
		env     []string // replacing the network's settings
		setting string
	}{
		{"ErrNothingSet", nil, app.EnvRPCURL},
		{"ErrRPCURL", []string{app.EnvRPCURL + "=localhost:8545"}, app.EnvRPCURL},
		{"ErrChainIDMissing", []string{app.EnvChainID + "="}, app.EnvChainID},
		{"ErrChainIDMalformed", []string{app.EnvChainID + "=one"}, app.EnvChainID},
		{"ErrChainIDWrong", []string{app.EnvChainID + "=1"}, app.EnvChainID},
		{"ErrContractMissing", []string{app.EnvContract + "="}, app.EnvContract},
		{"ErrContractMalformed", []string{app.EnvContract + "=0x1234"}, app.EnvContract},
		{"ErrNoContract", []string{app.EnvContract + "=" + common.HexToAddress("0xdead").Hex()}, app.EnvContract},
		{"ErrDatabaseMissing", []string{app.EnvDatabaseURL + "="}, app.EnvDatabaseURL},
		{"ErrConfirmations", []string{app.EnvConfirmations + "=-1"}, app.EnvConfirmations},
		{"ErrDeployBlock", []string{app.EnvDeployBlock + "=genesis"}, app.EnvDeployBlock},
		{"ErrKeystore", []string{app.EnvKeystore + "=/nonexistent"}, app.EnvKeystore},
		{"ErrPassphraseMissing", []string{app.EnvPassphraseFile + "="}, app.EnvPassphraseFile},
		{"ErrPassphraseWrong", []string{app.EnvPassphraseFile + "=" + writeFile(t, "wrong\n")}, app.EnvPassphraseFile},
		{"ErrHTTP", []string{app.EnvHTTP + "=8080"}, app.EnvHTTP},
		{"ErrOperatorHTTP", []string{app.EnvOperatorHTTP + "=9464"}, app.EnvOperatorHTTP},
		{"ErrOperatorHTTPPublic", []string{app.EnvHTTP + "=127.0.0.1:8089", app.EnvOperatorHTTP + "=127.0.0.1:8089"}, app.EnvOperatorHTTP},
		{"ErrBaseURL", []string{app.EnvBaseURL + "=pedigree.example"}, app.EnvBaseURL},
		{"ErrLogFormat", []string{app.EnvLogFormat + "=xml"}, app.EnvLogFormat},
		{"ErrScanRetention", []string{app.EnvScanRetention + "=a year"}, app.EnvScanRetention},
		{"ErrScanRetentionNegative", []string{app.EnvScanRetention + "=-1"}, app.EnvScanRetention},
		{"ErrExternalSignerAccount", []string{app.EnvExternalSigners + "=0x12@http://127.0.0.1:8550"}, app.EnvExternalSigners},
		{"ErrExternalSignerURL", []string{app.EnvExternalSigners + "=" + common.HexToAddress("0xa1").Hex() + "@127.0.0.1:8550"}, app.EnvExternalSigners},
		{"ErrSMTPURL", []string{app.EnvSMTPURL + "=https://mailer:" + smtpPassword + "@relay.example", app.EnvMailFrom + "=noreply@agency.example"}, app.EnvSMTPURL},
		{"ErrSMTPPort", []string{app.EnvSMTPURL + "=smtp://mailer:" + smtpPassword + "@relay.example:0", app.EnvMailFrom + "=noreply@agency.example"}, app.EnvSMTPURL},
		{"ErrMailFromMissing", []string{app.EnvSMTPURL + "=smtp://mailer:" + smtpPassword + "@relay.example"}, app.EnvMailFrom},
		{"ErrMailFrom", []string{app.EnvSMTPURL + "=smtp://mailer:" + smtpPassword + "@relay.example", app.EnvMailFrom + "=pedigree"}, app.EnvMailFrom},
		{"ErrMailFromWithoutRelay", []string{app.EnvMailFrom + "=noreply@agency.example"}, app.EnvSMTPURL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := append(n.env(), tc.env...)
			if tc.env == nil {
				env = nil
			}
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			var stdout bytes.Buffer
			err := run(ctx, []string{"pedigree", "serve"}, getenvOf(env), &stdout, io.Discard)
			var eerr exitError
			if !errors.As(err, &eerr) || eerr.code != 2 {
				t.Fatalf("got %v, want exit status 2", err)
			}
			if !strings.Contains(eerr.msg, tc.setting) {
				t.Fatalf("message %q does not name %s", eerr.msg, tc.setting)
			}
			if strings.Contains(eerr.msg, smtpPassword) {
				t.Fatalf("message %q holds the relay's password", eerr.msg)
			}
		})
	}
	t.Run("ErrSchemaNewer", func(t *testing.T) {
		pool := pgtest.NewPool(t)
		if _, err := pool.Exec(t.Context(), `UPDATE `+postgres.VersionTable+` SET version = 999`); err != nil {
			t.Fatal(err)
		}
		env := append(n.env(), app.EnvDatabaseURL+"="+pool.Config().ConnString())
		err := run(t.Context(), []string{"pedigree", "serve"}, getenvOf(env), io.Discard, io.Discard)
		var eerr exitError
		if !errors.As(err, &eerr) || eerr.code != 2 || !strings.Contains(eerr.msg, app.EnvDatabaseURL) || !strings.Contains(eerr.msg, "newer") {
			t.Fatalf("got %v, want exit status 2 naming DATABASE_URL and a newer schema", err)
		}
	})
	t.Run("OperatorAddress", func(t *testing.T) {
		// /metrics is served on the operator's address only; the public one answers 404.
		operator := "127.0.0.1:" + strconv.Itoa(freePort(t))
		env := append(n.env(), app.EnvOperatorHTTP+"="+operator)
		ctx, cancel := context.WithCancel(t.Context())
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		go func() { done <- run(ctx, []string{"pedigree", "serve"}, getenvOf(env), pw, io.Discard); pw.Close() }()
		url := readURL(t, pr, done)
		go func() { _, _ = io.Copy(io.Discard, pr) }()
		for _, tc := range []struct {
			url  string
			want int
		}{{url + "/metrics", http.StatusNotFound}, {"http://" + operator + "/metrics", http.StatusOK}, {"http://" + operator + "/healthz", http.StatusOK}} {
			resp, err := http.Get(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("%s: %d, want %d", tc.url, resp.StatusCode, tc.want)
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	t.Run("NodeDownAtStart", func(t *testing.T) {
		// A node that is not there yet: the service starts, not ready, and says why.
		port := freePort(t)
		env := append(n.env(), app.EnvRPCURL+"=http://127.0.0.1:"+strconv.Itoa(port))
		ctx, cancel := context.WithCancel(t.Context())
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		go func() { done <- run(ctx, []string{"pedigree", "serve"}, getenvOf(env), pw, io.Discard); pw.Close() }()
		url := readURL(t, pr, done)
		var status int
		var body string
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			resp, err := http.Get(url + "/readyz")
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			status, body = resp.StatusCode, string(b)
			if status != 503 || strings.Contains(body, "cannot be reached") {
				break
			}
		}
		if status != 503 || !strings.Contains(body, "cannot be reached") {
			t.Errorf("/readyz with the node down: %d %s, want 503 saying the node cannot be reached", status, body)
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// freePort returns a TCP port on 127.0.0.1 that nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestServeAnvilRestartInFlight restarts the node while an action's transaction waits in its
// pool for the next block: the node forgets it, pedigree sends the same signed transaction
// again, and the action is done exactly once.
func TestServeAnvilRestartInFlight(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	a := n.api(t, n.serve(t))
	before := nonces(t, n)
	// From now on a block every 10 s, so the next transaction waits in the pool; the restarted
	// node mines a block per transaction again.
	node, err := rpc.Dial(n.node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	for _, call := range []struct {
		method string
		arg    any
	}{{"evm_setAutomine", false}, {"evm_setIntervalMining", 10}} {
		if err := node.Call(nil, call.method, call.arg); err != nil {
			t.Fatalf("%s: %v", call.method, err)
		}
	}
	node.Close()
	type answer struct {
		status int
		out    map[string]any
	}
	done := make(chan answer, 1)
	go func() {
		status, out := a.try("regulator", "POST", "/api/v1/participants", map[string]string{
			"account": n.accounts["manufacturer"].Hex(), "role": "manufacturer", "gln": cast[1].gln})
		done <- answer{status, out}
	}()
	time.Sleep(300 * time.Millisecond) // sent, not yet mined
	n.node.Restart(t)
	select {
	case got := <-done:
		if got.status != 201 {
			t.Fatalf("the action across the restart: %d %v", got.status, got.out)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the action did not end within 60 s of the restart")
	}
	if got := nonces(t, n)["regulator"] - before["regulator"]; got != 1 {
		t.Fatalf("the regulator sent %d transactions for one action", got)
	}
	// The service carries on: the next action gets the next nonce.
	a.call("regulator", "POST", "/api/v1/participants", map[string]string{
		"account": n.accounts["dispenser"].Hex(), "role": "dispenser", "gln": cast[3].gln}, 201)
	if got := nonces(t, n)["regulator"] - before["regulator"]; got != 2 {
		t.Fatalf("the regulator sent %d transactions for two actions", got)
	}
}

func TestParseExternalSigners(t *testing.T) {
	account, key := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	got, err := parseExternalSigners(" " + account.Hex() + "@http://127.0.0.1:8550 , " + account.Hex() + "/" + key.Hex() + "@https://signer.example,")
	if err != nil {
		t.Fatal(err)
	}
	want := []app.ExternalSigner{
		{URL: "http://127.0.0.1:8550", Account: account, Key: account},
		{URL: "https://signer.example", Account: account, Key: key},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for _, bad := range []string{"0xa1", account.Hex() + "@", "@http://x", account.Hex() + "/0x12@http://x"} {
		if _, err := parseExternalSigners(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
