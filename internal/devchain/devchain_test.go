package devchain_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"

	"github.com/pedigree-rx/pedigree/internal/devchain"
)

var (
	// runtimeCode returns the 32-byte word 42 on any call:
	// PUSH1 42 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN.
	runtimeCode = common.FromHex("0x602a60005260206000f3")
	// initCode stores 1 in slot 0 (PUSH1 1 PUSH1 0 SSTORE: new state, which
	// the post-Osaka forks meter) and deploys runtimeCode: PUSH10
	// runtimeCode PUSH1 0 MSTORE PUSH1 10 PUSH1 22 RETURN (MSTORE puts the
	// 10 bytes at the end of the 32-byte word, at offset 22).
	initCode = common.FromHex("0x600160005569" + "602a60005260206000f3" + "600052600a6016f3")

	oneEther = big.NewInt(params.Ether)
)

func TestStart(t *testing.T) {
	key := newKey(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()

	slogDefault := slog.Default()
	var logs logBuffer
	begin := time.Now()
	chain := startChain(t, devchain.Config{
		DataDir: dir,
		Alloc:   types.GenesisAlloc{from: {Balance: new(big.Int).Mul(oneEther, big.NewInt(100))}},
		Logger:  slog.New(slog.NewTextHandler(&logs, nil)),
	})
	t.Logf("node start: %v", time.Since(begin))
	ctx := testContext(t)

	t.Run("Logging", func(t *testing.T) {
		if slog.Default() != slogDefault {
			t.Error("Start replaced slog's default logger")
		}
		for _, line := range strings.Split(logs.String(), "\n") {
			if strings.Contains(line, "level=INFO") || strings.Contains(line, "P2P server will be useless") {
				t.Errorf("logged %q, want only unexpected warnings and errors", line)
			}
		}
	})

	t.Run("ChainIDOverHTTP", func(t *testing.T) {
		client, err := ethclient.DialContext(ctx, chain.HTTPEndpoint())
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		got, err := client.ChainID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := big.NewInt(1337); got.Cmp(want) != 0 {
			t.Errorf("eth_chainId = %v, want %v", got, want)
		}
		if got, want := chain.ChainID(), big.NewInt(1337); got.Cmp(want) != 0 {
			t.Errorf("ChainID() = %v, want %v", got, want)
		}
		if !strings.HasPrefix(chain.HTTPEndpoint(), "http://127.0.0.1:") || strings.HasSuffix(chain.HTTPEndpoint(), ":0") {
			t.Errorf("HTTPEndpoint() = %q, want http://127.0.0.1:<picked port>", chain.HTTPEndpoint())
		}
	})

	t.Run("ValueTransferWithZeroTip", func(t *testing.T) {
		to := common.Address{0xbe, 0xef}
		tx := signTx(t, chain, key, &types.DynamicFeeTx{
			Nonce: 0, GasTipCap: new(big.Int), Gas: params.TxGas, To: &to, Value: oneEther,
		})
		begin := time.Now()
		if err := chain.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		r := waitMined(t, chain.Client(), tx.Hash())
		t.Logf("tx to receipt: %v (block %v)", time.Since(begin), r.BlockNumber)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt status = %d, want 1", r.Status)
		}
		got, err := chain.Client().BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(oneEther) != 0 {
			t.Errorf("recipient balance = %v, want %v", got, oneEther)
		}
	})

	t.Run("ZeroGasPriceMinedWithoutRunaway", func(t *testing.T) {
		// A legacy transaction with gas price 0. Were the base fee above
		// its fee cap, the pool would hold it and the block producer would
		// seal empty blocks in a loop, hundreds a second.
		nonce, err := chain.Client().PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		to := common.Address{0xf4, 0xee}
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain.ChainID()), &types.LegacyTx{
			Nonce: nonce, GasPrice: new(big.Int), Gas: params.TxGas, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := chain.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		r := waitMined(t, chain.Client(), tx.Hash())
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt status = %d, want 1", r.Status)
		}
		// A runaway seals ~400 blocks a second here. A couple of empty
		// blocks are normal: geth's producer seals once more for every
		// pool event that arrived while it was sealing.
		time.Sleep(200 * time.Millisecond)
		head, err := chain.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if head > r.BlockNumber.Uint64()+5 {
			t.Errorf("head = %d 200ms after the tx's block %v: the block producer is running away", head, r.BlockNumber)
		}
	})

	t.Run("SubscriptionOverWebSocket", func(t *testing.T) {
		client, err := ethclient.DialContext(ctx, chain.WSEndpoint())
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		heads := make(chan *types.Header, 4)
		sub, err := client.SubscribeNewHead(ctx, heads)
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsubscribe()
		nonce, err := chain.Client().PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		to := common.Address{0xca, 0xfe}
		tx := signTx(t, chain, key, &types.DynamicFeeTx{
			Nonce: nonce, GasTipCap: big.NewInt(1), Gas: params.TxGas, To: &to, Value: big.NewInt(1),
		})
		if err := chain.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		select {
		case h := <-heads:
			if h.Number.Sign() <= 0 {
				t.Errorf("head number = %v, want > 0", h.Number)
			}
		case err := <-sub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatal("no new head over WebSocket")
		}
	})

	t.Run("GasMatchesSimulatedOsaka", func(t *testing.T) {
		nonce, err := chain.Client().PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		tx := signTx(t, chain, key, &types.DynamicFeeTx{Nonce: nonce, GasTipCap: big.NewInt(1), Gas: 200_000, Data: initCode})
		if err := chain.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		got := waitMined(t, chain.Client(), tx.Hash()).GasUsed
		if want := simulatedCreateGas(t, devchain.SimulatedOsaka()); got != want {
			t.Errorf("dev chain create gas = %d, simulated backend with SimulatedOsaka = %d, want equal", got, want)
		}
		if future := simulatedCreateGas(t); future <= got {
			t.Errorf("create gas under geth's all-forks config = %d, want more than Osaka's %d (else SimulatedOsaka is pointless)", future, got)
		} else {
			t.Logf("create gas: Osaka %d, all forks %d", got, future)
		}
	})

	t.Run("ErrDataDirInUse", func(t *testing.T) {
		done := make(chan error, 1)
		// Same data dir and same port, as when `pedigree dev` runs twice:
		// the data dir is what to report.
		_, port, err := net.SplitHostPort(strings.TrimPrefix(chain.HTTPEndpoint(), "http://"))
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			p, _ := strconv.Atoi(port)
			second, err := devchain.Start(ctx, devchain.Config{DataDir: dir, HTTPPort: p})
			if err == nil {
				second.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, node.ErrDatadirUsed) || !strings.Contains(err.Error(), "in use") {
				t.Errorf("second Start err = %v, want a data-dir-in-use error", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("second Start on a data dir in use hangs")
		}
	})
}

func TestStartErrors(t *testing.T) {
	ctx := testContext(t)

	t.Run("ErrPortInUse", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		_, err = devchain.Start(ctx, devchain.Config{DataDir: t.TempDir(), HTTPPort: port})
		want := fmt.Sprintf("devchain: JSON-RPC port 127.0.0.1:%d is in use", port)
		if !errors.Is(err, syscall.EADDRINUSE) || !strings.Contains(err.Error(), want) {
			t.Errorf("Start err = %v, want %q", err, want)
		}
	})

	t.Run("ErrNoDataDir", func(t *testing.T) {
		if _, err := devchain.Start(ctx, devchain.Config{}); err == nil || !strings.Contains(err.Error(), "DataDir") {
			t.Errorf("Start err = %v, want DataDir is required", err)
		}
	})
}

func TestChainConfig(t *testing.T) {
	c := devchain.ChainConfig(1337)
	if got, want := c.ChainID, big.NewInt(1337); got.Cmp(want) != 0 {
		t.Errorf("ChainID = %v, want %v", got, want)
	}
	if !c.IsOsaka(big.NewInt(0), 0) {
		t.Error("Osaka is not active at genesis")
	}
	if c.AmsterdamTime != nil || c.BogotaTime != nil {
		t.Errorf("AmsterdamTime = %v, BogotaTime = %v, want nil", c.AmsterdamTime, c.BogotaTime)
	}
	// Catches a future go-ethereum adding a fork to its dev config that
	// ChainConfig does not know to unset.
	if got := c.LatestFork(math.MaxUint64); got != forks.Osaka {
		t.Errorf("LatestFork(far future) = %v, want Osaka", got)
	}
	if err := c.CheckConfigForkOrder(); err != nil {
		t.Error(err)
	}
	if params.AllDevChainProtocolChanges.BogotaTime == nil {
		t.Log("geth's dev config no longer enables Bogota; ChainConfig may be unnecessary")
	}
	if got := devchain.ChainConfig(31337).ChainID; got.Cmp(big.NewInt(31337)) != 0 {
		t.Errorf("ChainConfig(31337).ChainID = %v", got)
	}
}

// TestCrashPersistence kills a node with SIGKILL (in a child process running
// TestHelperProcess) and checks that a restarted node has everything the
// child saw mined: first after a quiet spell, then in the middle of a stream
// of transactions.
func TestCrashPersistence(t *testing.T) {
	key, streamKey := newKey(t), newKey(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	alloc := helperAlloc(key, streamKey)
	ctx := testContext(t)

	want := runAndKillHelper(t, dir, key, streamKey)
	t.Logf("child mined %d txs up to head %d, then was killed while mining", len(want.txs), want.head)
	if want.blocks[0] == (common.Hash{}) {
		t.Fatal("helper did not report the genesis hash")
	}

	var logs logBuffer
	begin := time.Now()
	chain := startChain(t, devchain.Config{DataDir: dir, Alloc: alloc, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	t.Logf("restart after SIGKILL: %v", time.Since(begin))
	checkSurvived(t, chain, want)
	if !strings.Contains(logs.String(), "Unclean shutdown detected") {
		t.Errorf("restart after SIGKILL logged %q, want geth's unclean-shutdown warning", logs.String())
	}
	if head, err := chain.Client().BlockNumber(ctx); err == nil {
		t.Logf("restarted at head %d; the child had reported up to %d", head, want.head)
	}

	// The restarted node must keep mining, from the nonce the child reached.
	nonce, err := chain.Client().PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{0xaf, 0x7e}
	tx := signTx(t, chain, key, &types.DynamicFeeTx{
		Nonce: nonce, GasTipCap: big.NewInt(1), Gas: params.TxGas, To: &to, Value: big.NewInt(7),
	})
	begin = time.Now()
	if err := chain.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send after restart: %v", err)
	}
	if r := waitMined(t, chain.Client(), tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx after restart: status %d", r.Status)
	}
	t.Logf("tx to receipt after restart: %v", time.Since(begin))
	want.txs = append(want.txs, tx.Hash())
	want.balances[to] = big.NewInt(7)
	if want.balances[from], err = chain.Client().BalanceAt(ctx, from, nil); err != nil {
		t.Fatal(err)
	}
	if want.head, err = chain.Client().BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if want.blocks[want.head], err = headHash(ctx, chain.Client(), want.head); err != nil {
		t.Fatal(err)
	}
	begin = time.Now()
	if err := chain.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	t.Logf("clean close: %v", time.Since(begin))
	if err := chain.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	t.Run("CleanRestartSameConfig", func(t *testing.T) {
		begin := time.Now()
		chain := startChain(t, devchain.Config{DataDir: dir, Alloc: alloc})
		t.Logf("restart after clean close: %v", time.Since(begin))
		checkSurvived(t, chain, want)
		chain.Close()
	})

	t.Run("RestartIgnoresNewAlloc", func(t *testing.T) {
		stranger := common.Address{0x57}
		chain := startChain(t, devchain.Config{
			DataDir: dir,
			Alloc:   types.GenesisAlloc{stranger: {Balance: oneEther}},
		})
		checkSurvived(t, chain, want)
		got, err := chain.Client().BalanceAt(ctx, stranger, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Sign() != 0 {
			t.Errorf("balance of an account only in the new Alloc = %v, want 0", got)
		}
		chain.Close()
	})

	t.Run("ErrChainIDMismatch", func(t *testing.T) {
		chain, err := devchain.Start(ctx, devchain.Config{DataDir: dir, ChainID: 1338})
		if err == nil {
			chain.Close()
		}
		if err == nil || !strings.Contains(err.Error(), "chain id 1337, not 1338") {
			t.Errorf("Start with another chain id: err = %v, want a chain id mismatch", err)
		}
	})
}

// streamSink receives the helper's stream of transfers, one wei each.
var streamSink = common.Address{0x51, 0x4c}

// streamBeforeKill is how many streamed transactions the parent sees mined
// before it kills the helper, which is by then sending more.
const streamBeforeKill = 20

func helperAlloc(keys ...*ecdsa.PrivateKey) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, key := range keys {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(oneEther, big.NewInt(100))}
	}
	return alloc
}

// crashState is what the helper process saw mined before it was killed.
type crashState struct {
	head     uint64
	blocks   map[uint64]common.Hash // canonical hashes seen, genesis included
	txs      []common.Hash
	balances map[common.Address]*big.Int
	contract common.Address
	streamed int64 // wei the sink holds at least
}

// runAndKillHelper runs TestHelperProcess in a child process on dir, reads
// what it mined, and kills it with SIGKILL while it is still mining.
func runAndKillHelper(t *testing.T, dir string, key, streamKey *ecdsa.PrivateKey) crashState {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$", "-test.timeout=60s")
	cmd.Env = append(os.Environ(),
		"DEVCHAIN_HELPER=1",
		"DEVCHAIN_DIR="+dir,
		"DEVCHAIN_KEY="+common.Bytes2Hex(crypto.FromECDSA(key)),
		"DEVCHAIN_STREAM_KEY="+common.Bytes2Hex(crypto.FromECDSA(streamKey)),
	)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe() // the child exits when this closes, should the test die first
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()

	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		io.Copy(io.Discard, stdout)
	}()
	s := crashState{blocks: map[uint64]common.Hash{}, balances: map[common.Address]*big.Int{}}
	timeout := time.After(15 * time.Second)
	for ready := false; !ready || s.streamed < streamBeforeKill; {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatal("helper process exited early")
			}
			f := strings.Fields(line)
			switch {
			case len(f) == 1 && f[0] == "READY":
				ready = true
			case len(f) == 3 && f[0] == "BLOCK":
				var n uint64
				fmt.Sscan(f[1], &n)
				s.blocks[n] = common.HexToHash(f[2])
				s.head = max(s.head, n)
			case len(f) == 2 && f[0] == "TX":
				s.txs = append(s.txs, common.HexToHash(f[1]))
			case len(f) == 2 && f[0] == "STREAM":
				s.txs = append(s.txs, common.HexToHash(f[1]))
				s.streamed++
			case len(f) == 2 && f[0] == "CONTRACT":
				s.contract = common.HexToAddress(f[1])
			case len(f) == 3 && f[0] == "BALANCE":
				b, ok := new(big.Int).SetString(f[2], 10)
				if !ok {
					t.Fatalf("bad helper line %q", line)
				}
				s.balances[common.HexToAddress(f[1])] = b
			default:
				t.Logf("helper: %s", line)
			}
		case <-timeout:
			t.Fatal("helper process did not report within 15s")
		}
	}

	killed = true
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("helper process: %v, want killed by SIGKILL", err)
	}
	if s.head == 0 || len(s.txs) == 0 || s.contract == (common.Address{}) {
		t.Fatalf("helper reported too little: %+v", s)
	}
	return s
}

// TestHelperProcess is the child of TestCrashPersistence: it starts the
// chain, mines a few transactions, reports them and the state on stdout,
// then streams transfers, reporting each once mined, until it is killed.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("DEVCHAIN_HELPER") != "1" {
		t.Skip("run by TestCrashPersistence")
	}
	key, err := crypto.HexToECDSA(os.Getenv("DEVCHAIN_KEY"))
	if err != nil {
		t.Fatal(err)
	}
	streamKey, err := crypto.HexToECDSA(os.Getenv("DEVCHAIN_STREAM_KEY"))
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.Start(context.Background(), devchain.Config{
		DataDir: os.Getenv("DEVCHAIN_DIR"),
		Alloc:   helperAlloc(key, streamKey),
	})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		io.Copy(io.Discard, os.Stdin) // the parent went away without killing us
		os.Exit(1)
	}()
	ctx := context.Background()
	client := chain.Client()

	// Send everything at once: several transactions may share a block.
	recipients := []common.Address{{0x01, 0x11}, {0x02, 0x22}, {0x03, 0x33}}
	var txs []*types.Transaction
	for i, to := range recipients {
		txs = append(txs, signTx(t, chain, key, &types.DynamicFeeTx{
			Nonce: uint64(i), GasTipCap: big.NewInt(1), Gas: params.TxGas, To: &to, Value: big.NewInt(int64(1000 + i)),
		}))
	}
	create := signTx(t, chain, key, &types.DynamicFeeTx{Nonce: uint64(len(recipients)), GasTipCap: big.NewInt(1), Gas: 200_000, Data: initCode})
	txs = append(txs, create)
	for _, tx := range txs {
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	for _, tx := range txs {
		if r := waitMined(t, client, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: status %d", tx.Hash(), r.Status)
		}
		fmt.Printf("TX %s\n", tx.Hash().Hex())
	}
	for _, n := range []*big.Int{big.NewInt(0), nil} { // genesis and head
		h, err := client.HeaderByNumber(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("BLOCK %d %s\n", h.Number, h.Hash().Hex())
	}
	fmt.Printf("CONTRACT %s\n", crypto.CreateAddress(from, create.Nonce()).Hex())
	for _, addr := range append(recipients, from) {
		b, err := client.BalanceAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("BALANCE %s %s\n", addr.Hex(), b)
	}
	fmt.Println("READY")

	// Keep mining until killed, one wei per transaction to the sink.
	for nonce := uint64(0); ; nonce++ {
		tx := signTx(t, chain, streamKey, &types.DynamicFeeTx{
			Nonce: nonce, GasTipCap: big.NewInt(1), Gas: params.TxGas, To: &streamSink, Value: big.NewInt(1),
		})
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		r := waitMined(t, client, tx.Hash())
		fmt.Printf("BLOCK %d %s\nSTREAM %s\n", r.BlockNumber, r.BlockHash.Hex(), tx.Hash().Hex())
	}
}

// checkSurvived asserts that chain holds everything in want.
func checkSurvived(t *testing.T, chain *devchain.Chain, want crashState) {
	t.Helper()
	ctx := testContext(t)
	client := chain.Client()
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < want.head {
		t.Errorf("head = %d, want >= %d", head, want.head)
	}
	for n, hash := range want.blocks {
		h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if h.Hash() != hash {
			t.Errorf("block %d hash = %s, want %s", n, h.Hash(), hash)
		}
	}
	for _, hash := range want.txs {
		r, err := client.TransactionReceipt(ctx, hash)
		if err != nil {
			t.Errorf("receipt of %s: %v", hash, err)
			continue
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("receipt of %s: status %d, want 1", hash, r.Status)
		}
	}
	for addr, wantBalance := range want.balances {
		got, err := client.BalanceAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(wantBalance) != 0 {
			t.Errorf("balance of %s = %v, want %v", addr, got, wantBalance)
		}
	}
	code, err := client.CodeAt(ctx, want.contract, nil)
	if err != nil {
		t.Fatal(err)
	}
	if common.Bytes2Hex(code) != common.Bytes2Hex(runtimeCode) {
		t.Errorf("contract code = %x, want %x", code, runtimeCode)
	}
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &want.contract}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(out); got.Int64() != 42 {
		t.Errorf("contract call = %v, want 42", got)
	}
	sink, err := client.BalanceAt(ctx, streamSink, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sink.Cmp(big.NewInt(want.streamed)) < 0 {
		t.Errorf("stream sink balance = %v, want >= %d", sink, want.streamed)
	}
	slot, err := client.StorageAt(ctx, want.contract, common.Hash{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(slot); got.Int64() != 1 {
		t.Errorf("contract storage slot 0 = %v, want 1", got)
	}
}

func headHash(ctx context.Context, client *ethclient.Client, n uint64) (common.Hash, error) {
	h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// startChain starts a chain on a free port and closes it at the end of the
// test.
func startChain(t *testing.T, cfg devchain.Config) *devchain.Chain {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = testLogger()
	}
	chain, err := devchain.Start(testContext(t), cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { chain.Close() })
	return chain
}

// testLogger shows the node's warnings with go test -v. It does not write
// to t: geth's logger is process-wide and outlives the test that set it.
func testLogger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	return nil
}

// logBuffer collects log output from the node's goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// signTx fills in the chain id and a fee cap well above the base fee.
func signTx(t *testing.T, chain *devchain.Chain, key *ecdsa.PrivateKey, tx *types.DynamicFeeTx) *types.Transaction {
	t.Helper()
	tx.ChainID = chain.ChainID()
	tx.GasFeeCap = new(big.Int).Add(big.NewInt(2*params.GWei), tx.GasTipCap)
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(chain.ChainID()), tx)
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

// waitMined returns hash's receipt, waking on new heads rather than polling
// once a second as bind.WaitMined does.
func waitMined(t *testing.T, client *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx := testContext(t)
	heads := make(chan *types.Header, 16)
	sub, err := client.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt of %s: %v", hash, err)
		}
		select {
		case <-heads:
		case err := <-sub.Err():
			t.Fatalf("head subscription: %v", err)
		case <-ctx.Done():
			t.Fatalf("tx %s not mined: %v", hash, ctx.Err())
		}
	}
}

// simulatedCreateGas deploys initCode on a simulated backend and returns the
// gas used.
func simulatedCreateGas(t *testing.T, options ...func(*node.Config, *ethconfig.Config)) uint64 {
	t.Helper()
	key := newKey(t)
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: oneEther}}, options...)
	defer sim.Close()
	ctx := testContext(t)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		// The simulated backend's miner wants a tip of at least 0.001 gwei.
		ChainID: big.NewInt(1337), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(3 * params.GWei), Gas: 200_000, Data: initCode,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sim.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	r, err := sim.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("simulated create: status %d", r.Status)
	}
	return r.GasUsed
}
