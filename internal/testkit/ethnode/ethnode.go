// Package ethnode runs real Ethereum clients as separate processes for end-to-end tests: geth
// (`geth --dev`) and Foundry's anvil, each on 127.0.0.1 ports of its own, spoken to over
// JSON-RPC like a production node.
//
// Tests find or build the clients themselves, so a plain `go test ./...` runs them: geth is
// REPO/bin/geth, built by `go install` at the go-ethereum version go.mod requires when missing
// (a few minutes cold; a file lock keeps parallel test binaries from building it twice); anvil
// is the @foundry-rs/anvil pinned in contracts/package-lock.json, installed by `npm ci` in
// contracts/ when missing. `make test` builds both first (`make bin/geth contracts/node_modules`).
//
// geth answers eth_getTransactionReceipt with the error "transaction indexing is in progress"
// (not null) until its indexer has caught up, which on a fresh chain is after its first block:
// wait for receipts as bind.WaitMined does, asking again on any error.
//
// A node dies with its test: it runs in its own process group, killed at cleanup, and on Linux
// the kernel kills it if the test binary dies first.
package ethnode

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Chain ids the clients serve.
const (
	GethChainID  = 1337  // geth --dev
	AnvilChainID = 31337 // anvil's default
)

// Timeouts. A node answers within a second or two once its binary exists; these bound a hung
// one, and their errors carry the tail of its output.
const (
	readyTimeout   = 30 * time.Second
	stopTimeout    = 15 * time.Second // geth closes its database on SIGTERM, anvil dumps its state
	receiptTimeout = 30 * time.Second // plus three block times
)

// keyFunds is what Key gives each new key: plenty for any test's gas.
var keyFunds = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// Options shape a node. The zero value is a node that mines a block per transaction.
type Options struct {
	// BlockTime, in whole seconds, is the interval between blocks, mined with or without
	// transactions (geth --dev.period, anvil --block-time), for confirmation-depth tests.
	// Zero mines a block for each transaction as it arrives.
	BlockTime time.Duration
	// Logf, when set, receives the process's output line by line. Otherwise the output goes
	// to a file in the test's temporary directory and its tail is logged if the test fails.
	Logf func(format string, args ...any)
}

// Node is a running Ethereum client process on 127.0.0.1. Its methods may be called from
// the test's goroutines concurrently, except Stop and Restart, which must not overlap.
type Node struct {
	name    string // "geth" or "anvil"
	bin     string
	dir     string // the node's files: its datadir or state, and its log
	opts    Options
	args    func(n *Node) []string // the command line on n's current ports
	chainID uint64

	httpPort, wsPort, authPort int // wsPort and authPort are geth's only

	out *output

	mu   sync.Mutex // guards the process fields below
	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has exited and its output is drained

	height *uint64 // the block number when Stop stopped it, if it answered; Restart checks it

	devOnce    sync.Once
	devAccount common.Address // eth_accounts[0]: prefunded, and unlocked by the node
	devErr     error
}

// StartGeth starts `geth --dev` with a datadir in the test's temporary directory, HTTP and WS
// JSON-RPC on free ports, no peers, no NAT and no IPC, and returns when it answers eth_chainId.
// Its chain id is 1337 and its prefunded dev account is unlocked. Its datadir survives a kill
// (leveldb, hash scheme, archive). The process is killed at the test's cleanup.
func StartGeth(tb testing.TB, opts Options) *Node {
	tb.Helper()
	period := blockSeconds(tb, opts.BlockTime)
	n := newNode(tb, "geth", gethBinary(tb), opts, func(n *Node) []string {
		return []string{
			"--dev", "--dev.period", strconv.Itoa(period),
			"--datadir", filepath.Join(n.dir, "data"),
			"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(n.httpPort),
			"--http.api", "eth,net,web3,debug,txpool",
			"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(n.wsPort),
			"--ws.api", "eth,net,web3,debug,txpool",
			"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(n.authPort),
			"--port", "0", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--ipcdisable",
			// Crash-safe storage: every block and its state are on disk when it is mined. The
			// defaults (pebble, path scheme) keep recent state in memory and lose all of it on
			// a kill, and geth answers RPC before it handles SIGTERM (on a restart it still
			// loads its log index for a while), so a Stop right after a start is a kill.
			"--db.engine", "leveldb", "--state.scheme", "hash", "--gcmode", "archive",
			"--cache", "256", // its default of 4 GiB is for mainnet
		}
	})
	n.start(tb, true)
	return n
}

// StartAnvil starts anvil on a free port, serving HTTP and WS JSON-RPC on it, with chain id
// 31337 and the standard test mnemonic's accounts prefunded (each with a billion ether, so Key
// never runs dry), and returns when it answers eth_chainId. Its state lives in a file in the
// test's temporary directory, written when it stops and read when it restarts, so Restart keeps
// the chain. The process is killed at the test's cleanup.
func StartAnvil(tb testing.TB, opts Options) *Node {
	tb.Helper()
	period := blockSeconds(tb, opts.BlockTime)
	n := newNode(tb, "anvil", anvilBinary(tb), opts, func(n *Node) []string {
		args := []string{
			"--host", "127.0.0.1", "--port", strconv.Itoa(n.httpPort),
			"--chain-id", strconv.Itoa(AnvilChainID),
			"--balance", "1000000000",
			"--state", filepath.Join(n.dir, "state.json"), // loaded if present, dumped on SIGTERM
		}
		if period > 0 {
			args = append(args, "--block-time", strconv.Itoa(period))
		}
		return args
	})
	n.start(tb, true)
	return n
}

func blockSeconds(tb testing.TB, d time.Duration) int {
	tb.Helper()
	if d < 0 || d%time.Second != 0 {
		tb.Fatalf("ethnode: BlockTime %v is not a whole number of seconds, all geth --dev.period takes", d)
	}
	return int(d / time.Second)
}

func newNode(tb testing.TB, name, bin string, opts Options, args func(*Node) []string) *Node {
	tb.Helper()
	// TempDir before Cleanup: cleanups run last-registered first, so the process is dead
	// before its directory is removed.
	dir := tb.TempDir()
	n := &Node{name: name, bin: bin, dir: dir, opts: opts, args: args}
	n.out = newOutput(filepath.Join(dir, name+".log"), opts.Logf)
	tb.Cleanup(func() {
		n.kill()
		if tb.Failed() && opts.Logf == nil {
			tb.Logf("ethnode: %s output (last lines; all of it was in %s):\n%s", name, n.out.path, n.out.tail())
		}
		n.out.close()
	})
	return n
}

// HTTPURL is the node's HTTP JSON-RPC endpoint, http://127.0.0.1:PORT.
func (n *Node) HTTPURL() string { return fmt.Sprintf("http://127.0.0.1:%d", n.httpPort) }

// WSURL is the node's WebSocket JSON-RPC endpoint, for subscriptions: geth's --ws port, or
// anvil's one port.
func (n *Node) WSURL() string {
	if n.wsPort == 0 {
		return fmt.Sprintf("ws://127.0.0.1:%d", n.httpPort)
	}
	return fmt.Sprintf("ws://127.0.0.1:%d", n.wsPort)
}

// ChainID is the chain id the node answered eth_chainId with: 1337 for geth, 31337 for anvil.
func (n *Node) ChainID() uint64 { return n.chainID }

// Fund sends wei to an address from the node's prefunded dev account (eth_accounts[0], which
// the node signs for) and returns once the transfer is mined: after a block time when
// Options.BlockTime is set.
func (n *Node) Fund(tb testing.TB, to common.Address, wei *big.Int) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), receiptTimeout+3*n.opts.BlockTime)
	defer cancel()
	n.devOnce.Do(func() {
		var accounts []common.Address
		n.devErr = n.call(ctx, &accounts, "eth_accounts")
		if n.devErr == nil && len(accounts) == 0 {
			n.devErr = errors.New("eth_accounts is empty")
		}
		if n.devErr == nil {
			n.devAccount = accounts[0]
		}
	})
	if n.devErr != nil {
		tb.Fatalf("ethnode: %s: dev account: %v", n.name, n.devErr)
	}
	tx := map[string]any{"from": n.devAccount, "to": to, "value": (*hexutil.Big)(wei)}
	var hash common.Hash
	if err := n.call(ctx, &hash, "eth_sendTransaction", tx); err != nil {
		tb.Fatalf("ethnode: %s: fund %s: %v", n.name, to, err)
	}
	for {
		var r *struct {
			Status hexutil.Uint64 `json:"status"`
		}
		err := n.call(ctx, &r, "eth_getTransactionReceipt", hash)
		if err == nil && r != nil {
			if uint64(r.Status) != types.ReceiptStatusSuccessful {
				tb.Fatalf("ethnode: %s: fund %s: transfer %s failed", n.name, to, hash)
			}
			return
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("ethnode: %s: fund %s: transfer %s not mined: %v (last lookup: %v)", n.name, to, hash, ctx.Err(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Key returns a new private key whose address Fund has given 1000 ether.
func (n *Node) Key(tb testing.TB) *ecdsa.PrivateKey {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatalf("ethnode: %v", err)
	}
	n.Fund(tb, crypto.PubkeyToAddress(key.PublicKey), keyFunds)
	return key
}

// Stop sends the node SIGTERM and waits for it to exit, as an operator stopping it would: geth
// closes its database, anvil dumps its state (which it only does then). It kills the node if
// it takes longer than 15 seconds. Stopping a stopped node does nothing.
func (n *Node) Stop(tb testing.TB) {
	tb.Helper()
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.mu.Unlock()
	if cmd == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var height hexutil.Uint64
	if err := n.call(ctx, &height, "eth_blockNumber"); err == nil {
		n.height = (*uint64)(&height)
	}
	select {
	case <-done:
	default:
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(stopTimeout):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
			tb.Errorf("ethnode: %s did not stop within %v of SIGTERM; killed it:\n%s", n.name, stopTimeout, n.out.tail())
		}
	}
	n.mu.Lock()
	n.cmd, n.done = nil, nil
	n.mu.Unlock()
}

// Restart stops the node (if running) and starts it again on the same ports and the same
// files, keeping the chain: geth reopens its datadir, anvil reloads the state it dumped on
// SIGTERM. It fails the test if the restarted node's chain is shorter than when it was
// stopped, so a node that lost its chain never passes for a fresh one.
func (n *Node) Restart(tb testing.TB) {
	tb.Helper()
	n.Stop(tb)
	n.out.mark("--- restart ---")
	n.start(tb, false)
	if n.height == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var after hexutil.Uint64
	if err := n.call(ctx, &after, "eth_blockNumber"); err != nil {
		tb.Fatalf("ethnode: %s: block number after restart: %v", n.name, err)
	}
	if uint64(after) < *n.height {
		tb.Fatalf("ethnode: %s lost its chain on restart: block %d when stopped, %d after", n.name, *n.height, after)
	}
}

// start runs the node and waits until it answers. On a first start it picks free ports, and
// picks again when another process took one first; a restart keeps its ports, and retries
// only while they are still held (a dying process's listener).
func (n *Node) start(tb testing.TB, pickPorts bool) {
	tb.Helper()
	deadline := time.Now().Add(readyTimeout)
	for attempt := 1; ; attempt++ {
		if pickPorts {
			n.httpPort = freePort(tb)
			if n.name == "geth" {
				n.wsPort, n.authPort = freePort(tb), freePort(tb)
			}
		}
		err := n.run(deadline)
		if err == nil {
			return
		}
		if errors.Is(err, errPortInUse) && attempt < 5 && time.Now().Before(deadline) {
			if !pickPorts {
				time.Sleep(200 * time.Millisecond)
			}
			continue
		}
		tb.Fatalf("ethnode: start %s: %v\n%s output (last lines):\n%s", n.name, err, n.name, n.out.tail())
	}
}

var errPortInUse = errors.New("a port is in use")

// run starts the process once and waits for it to answer eth_chainId; on failure the process
// is gone.
func (n *Node) run(deadline time.Time) error {
	from := n.out.written()
	cmd := exec.Command(n.bin, n.args(n)...)
	cmd.Dir = n.dir
	cmd.Stdout, cmd.Stderr = n.out, n.out
	cmd.SysProcAttr = sysProcAttr()
	cmd.WaitDelay = time.Second // a grandchild holding the output pipe must not hang Wait
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		close(done)
	}()
	n.mu.Lock()
	n.cmd, n.done = cmd, done
	n.mu.Unlock()

	id, err := n.waitReady(deadline, done)
	if err == nil && id != n.chainID && n.chainID != 0 {
		err = fmt.Errorf("chain id %d after restart, %d before", id, n.chainID)
	}
	if err != nil {
		n.kill()
		if errors.Is(err, errExited) {
			if strings.Contains(strings.ToLower(n.out.since(from)), "address already in use") {
				return errPortInUse
			}
			err = fmt.Errorf("exited before answering: %v", waitErr)
		}
		return err
	}
	n.chainID = id
	return nil
}

var errExited = errors.New("exited")

// waitReady polls eth_chainId over HTTP until the node answers, exits or the deadline passes.
func (n *Node) waitReady(deadline time.Time, exited <-chan struct{}) (uint64, error) {
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	var lastErr error
	for {
		var id hexutil.Uint64
		callCtx, callCancel := context.WithTimeout(ctx, time.Second)
		lastErr = n.call(callCtx, &id, "eth_chainId")
		callCancel()
		if lastErr == nil {
			return uint64(id), nil
		}
		select {
		case <-exited:
			return 0, errExited
		case <-ctx.Done():
			return 0, fmt.Errorf("not ready on %s within %v: %v", n.HTTPURL(), readyTimeout, lastErr)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// kill ends the node's process group at once, and waits for it.
func (n *Node) kill() {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.cmd, n.done = nil, nil
	n.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	<-done
}

// call makes one JSON-RPC call over HTTP. A plain request rather than an rpc.Client, so it
// holds no connection across restarts.
func (n *Node) call(ctx context.Context, result any, method string, params ...any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.HTTPURL(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&msg); err != nil {
		return fmt.Errorf("%s: HTTP %s: %w", method, resp.Status, err)
	}
	if msg.Error != nil {
		return fmt.Errorf("%s: %s (%d)", method, msg.Error.Message, msg.Error.Code)
	}
	return json.Unmarshal(msg.Result, result)
}

// freePort is a loopback port nothing listens on now; start retries if another process takes
// it before the node does.
func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("ethnode: free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// output takes a node's stdout and stderr: into its log file (or Options.Logf, line by line)
// and a tail kept for error messages.
type output struct {
	path string
	logf func(format string, args ...any)

	mu      sync.Mutex
	file    *os.File // nil with logf, or when it cannot be created
	partial []byte   // logf's unfinished line
	last    []byte   // the last tailBytes to 2*tailBytes bytes
	total   int64    // bytes written
}

const tailBytes = 4 << 10

func newOutput(path string, logf func(string, ...any)) *output {
	o := &output{path: path, logf: logf}
	if logf == nil {
		o.file, _ = os.Create(path) // without it, the tail is all there is
	}
	return o
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.total += int64(len(p))
	o.last = append(o.last, p...)
	if len(o.last) > 2*tailBytes {
		o.last = append(o.last[:0], o.last[len(o.last)-tailBytes:]...)
	}
	if o.file != nil {
		_, _ = o.file.Write(p)
	}
	if o.logf != nil {
		o.partial = append(o.partial, p...)
		for {
			i := bytes.IndexByte(o.partial, '\n')
			if i < 0 {
				break
			}
			o.logf("%s", o.partial[:i])
			o.partial = o.partial[i+1:]
		}
	}
	return len(p), nil
}

func (o *output) mark(line string) { _, _ = io.WriteString(o, line+"\n") }

func (o *output) written() int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.total
}

// since is what was written after the first n bytes, as far as the tail still holds it.
func (o *output) since(n int64) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if k := o.total - n; k < int64(len(o.last)) {
		return string(o.last[int64(len(o.last))-k:])
	}
	return string(o.last)
}

func (o *output) tail() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	t := o.last
	if len(t) > tailBytes {
		t = t[len(t)-tailBytes:]
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			t = t[i+1:]
		}
	}
	return string(t)
}

func (o *output) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.logf != nil && len(o.partial) > 0 {
		o.logf("%s", o.partial)
		o.partial = nil
	}
	if o.file != nil {
		o.file.Close()
		o.file = nil
	}
}
