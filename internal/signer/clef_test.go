package signer_test

import (
	"bufio"
	"debug/buildinfo"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/signer"
)

// clefVersion is the last go-ethereum release with cmd/clef (removed in v1.17.4).
const (
	clefModule  = "github.com/ethereum/go-ethereum"
	clefVersion = "v1.17.3"
)

// TestClef signs pedigree's transactions with a real Clef process holding the key in its
// keystore: the test is Clef's user interface (--stdio-ui), answering its approval and
// password requests over Clef's stdin and stdout, and the key is an added key of the
// manufacturer, so the story is also key rotation's "the key lives outside pedigree".
func TestClef(t *testing.T) {
	h := chaintest.New(t)
	key := h.Keys[0] // funded, registered nowhere
	const passphrase = "correct horse battery staple"
	dir := t.TempDir()
	ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
	if _, err := ks.ImportECDSA(key.Key, passphrase); err != nil {
		t.Fatal(err)
	}
	chainID, err := h.Client.ChainID(h.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	clef := startClef(t, dir, chainID.Uint64(), passphrase)
	client, err := signer.Dial(h.Ctx, clef.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	client.Timeout = 30 * time.Second
	s := chain.NewSender(h.Client, key.Addr, client.SignFunc(key.Addr, chainID, chain.PedigreeABI()))

	h.Ok(h.C.AddKey(h.Ctx, h.Manufacturer.S, h.Manufacturer.Addr, key.Addr))
	t.Run("OK", func(t *testing.T) {
		b := h.RegisterSerials(chaintest.Account{Addr: key.Addr, Key: key.Key, S: s}, 9506000134352, "CLEF-1", chaintest.Serials("C", 4))
		if got := h.Owner(b.ID); got != h.Manufacturer.Addr {
			t.Fatalf("holder: got %s, want the manufacturer's account", got)
		}
		h.Ok(h.C.Ship(h.Ctx, s, b.ID, h.Distributor.Addr))
		if got := clef.approved.Load(); got != 2 {
			t.Fatalf("Clef asked for %d approvals, want 2", got)
		}
	})
	t.Run("ErrRejected", func(t *testing.T) {
		clef.reject.Store(true)
		defer clef.reject.Store(false)
		_, err := h.C.AddKey(h.Ctx, s, h.Manufacturer.Addr, h.Keys[1].Addr)
		if err == nil || !strings.Contains(err.Error(), "denied") {
			t.Fatalf("got %v, want the signer's refusal", err)
		}
		if got, _ := h.C.KeyAccount(h.Ctx, h.Keys[1].Addr); got != (common.Address{}) {
			t.Fatalf("a refused transaction took effect")
		}
	})
	t.Run("ErrWrongAccount", func(t *testing.T) {
		h.Ok(h.C.AddKey(h.Ctx, h.Manufacturer.S, h.Manufacturer.Addr, h.Keys[2].Addr)) // so only the signature can fail
		other := chain.NewSender(h.Client, h.Keys[2].Addr, client.SignFunc(h.Keys[2].Addr, chainID, chain.PedigreeABI()))
		_, err := h.C.AddKey(h.Ctx, other, h.Manufacturer.Addr, h.Keys[3].Addr)
		if err == nil || !strings.Contains(err.Error(), "external signer") {
			t.Fatalf("got %v, want the signer's refusal to sign for an account it does not hold", err)
		}
	})
}

// clefProcess is a running Clef whose user interface is the test.
type clefProcess struct {
	url      string
	approved atomic.Int64
	reject   atomic.Bool
}

// startClef starts Clef on dir/keystore for chainID, serving HTTP on a free port, with the test
// as its --stdio-ui: every transaction is approved (unless reject is set) and the account's
// password given when Clef asks for it. Clef is stopped (SIGINT, as it expects) at cleanup.
func startClef(t *testing.T, dir string, chainID uint64, passphrase string) *clefProcess {
	t.Helper()
	bin := clefBinary(t)
	cmd := exec.Command(bin,
		"--stdio-ui", "--suppress-bootwarn", "--nousb", "--lightkdf", "--ipcdisable",
		"--keystore", filepath.Join(dir, "keystore"), "--configdir", filepath.Join(dir, "clef"),
		"--auditlog", filepath.Join(dir, "audit.log"), // not the package directory
		"--chainid", fmt.Sprint(chainID), "--http", "--http.addr", "127.0.0.1", "--http.port", "0",
		"--loglevel", "2")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &lockedWriter{w: &stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})

	p := &clefProcess{}
	started := make(chan string, 1)
	go p.serveUI(t, stdout, stdin, passphrase, started)
	select {
	case p.url = <-started:
	case <-exited:
		t.Fatalf("clef exited before it started:\n%s", cmd.Stderr.(*lockedWriter).String())
	case <-time.After(30 * time.Second):
		t.Fatalf("clef did not start in 30 s:\n%s", cmd.Stderr.(*lockedWriter).String())
	}
	return p
}

// uiMessage is a JSON-RPC message Clef sends its user interface: a request (with an id) or a
// notification.
type uiMessage struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// serveUI answers Clef's requests until its stdout closes.
func (p *clefProcess) serveUI(t *testing.T, out io.Reader, in io.Writer, passphrase string, started chan<- string) {
	dec := json.NewDecoder(bufio.NewReader(out))
	enc := json.NewEncoder(in)
	reply := func(id json.RawMessage, result any) {
		_ = enc.Encode(map[string]any{"jsonrpc": "2.0", "id": id, "result": result})
	}
	for {
		var m uiMessage
		if err := dec.Decode(&m); err != nil {
			return
		}
		switch m.Method {
		case "ui_onSignerStartup":
			var info struct {
				Info map[string]any `json:"info"`
			}
			if len(m.Params) > 0 && json.Unmarshal(m.Params[0], &info) == nil {
				if url, ok := info.Info["extapi_http"].(string); ok {
					started <- url
				}
			}
		case "ui_approveTx":
			var req struct {
				Transaction json.RawMessage `json:"transaction"`
			}
			if len(m.Params) > 0 {
				_ = json.Unmarshal(m.Params[0], &req)
			}
			if p.reject.Load() {
				reply(m.ID, map[string]any{"transaction": req.Transaction, "approved": false})
				continue
			}
			p.approved.Add(1)
			reply(m.ID, map[string]any{"transaction": req.Transaction, "approved": true})
		case "ui_onInputRequired":
			reply(m.ID, map[string]any{"text": passphrase})
		default:
			if len(m.ID) > 0 && string(m.ID) != "null" { // a request this UI does not grant
				_ = enc.Encode(map[string]any{"jsonrpc": "2.0", "id": m.ID, "error": map[string]any{"code": -32601, "message": "not supported by the test UI"}})
			}
		}
	}
}

// clefBinary returns REPO/bin/clef, built with `go install` from go-ethereum v1.17.3 (the last
// release with Clef) when missing or of another version, under a file lock so that parallel
// test binaries build it once; `make bin/clef` builds the same ahead.
func clefBinary(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	path := filepath.Join(root, "bin", "clef")
	if builtVersion(path) == clefVersion {
		return path
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	lock, err := os.OpenFile(filepath.Join(root, "bin", ".clef.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) }()
	if builtVersion(path) == clefVersion { // built meanwhile by another test binary
		return path
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("%s is missing and there is no go command to build it: %v", path, err)
	}
	t.Logf("building clef %s into %s (about 5 minutes cold; `make bin/clef` does it ahead)", clefVersion, filepath.Dir(path))
	cmd := exec.Command(gobin, "install", clefModule+"/cmd/clef@"+clefVersion)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOBIN="+filepath.Dir(path), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install clef@%s: %v\n%s", clefVersion, err, out)
	}
	if got := builtVersion(path); got != clefVersion {
		t.Fatalf("go install clef@%s wrote %s of version %q", clefVersion, path, got)
	}
	return path
}

// builtVersion is the go-ethereum version a binary was built from, or "".
func builtVersion(path string) string {
	info, err := buildinfo.ReadFile(path)
	if err != nil || info.Main.Path != clefModule {
		return ""
	}
	return info.Main.Version
}

// repoRoot is the directory holding go.mod, above the test's working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// lockedWriter is a writer safe for the process's writes and the test's reads.
type lockedWriter struct {
	mu sync.Mutex
	w  *strings.Builder
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}
