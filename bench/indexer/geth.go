package indexbench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
)

// gethNode is a geth process serving the workload's chain over HTTP JSON-RPC: the genesis of
// the simulated chain (geth init), its blocks (geth import, which executes them again), then
// geth serving the result, with no peers and no block producer.
type gethNode struct {
	cmd    *exec.Cmd
	dir    string
	url    string
	client *ethclient.Client
	setup  time.Duration // init, import and start, not scored
}

// startGeth exports the workload's chain to a geth at bin and starts it.
func startGeth(ctx context.Context, bin string, w *workload, genesis *core.Genesis, progress io.Writer) (*gethNode, error) {
	began := time.Now()
	dir, err := os.MkdirTemp("", "benchindexer-geth-")
	if err != nil {
		return nil, err
	}
	g := &gethNode{dir: dir}
	ok := false
	defer func() {
		if !ok {
			g.close()
		}
	}()
	gen := *genesis
	if gen.Difficulty == nil {
		gen.Difficulty = new(big.Int) // geth init requires the field, zero after the merge
	}
	gj, err := json.Marshal(&gen)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "genesis.json"), gj, 0o600); err != nil {
		return nil, err
	}
	if err := exportBlocks(ctx, w, filepath.Join(dir, "chain.rlp")); err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	common := []string{"--datadir", data, "--db.engine", "leveldb", "--state.scheme", "hash"}
	// No log index: geth would build it in the background after the import, taking CPU from
	// what is measured; a query for the contract's logs scans every block either way, as
	// they all hold some.
	run := append([]string{"--gcmode", "archive", "--cache", "256", "--history.logs.disable"}, common...)
	for _, args := range [][]string{
		append([]string{"init"}, append(common, filepath.Join(dir, "genesis.json"))...),
		append([]string{"import"}, append(run, filepath.Join(dir, "chain.rlp"))...),
	} {
		fmt.Fprintf(progress, "  geth %s\n", args[0])
		out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("geth %s: %w\n%s", args[0], err, tail(out))
		}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	authPort, err := freePort()
	if err != nil {
		return nil, err
	}
	g.url = "http://127.0.0.1:" + strconv.Itoa(port)
	g.cmd = exec.Command(bin, append(run, "--syncmode", "full", "--networkid", strconv.FormatUint(genesis.Config.ChainID.Uint64(), 10),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port), "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--ipcdisable")...)
	logFile, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	g.cmd.Stdout, g.cmd.Stderr = logFile, logFile
	g.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := g.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start geth: %w", err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		if c, err := ethclient.DialContext(ctx, g.url); err == nil {
			if n, err := c.BlockNumber(ctx); err == nil && n >= w.head {
				g.client = c
				break
			}
			c.Close()
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			out, _ := os.ReadFile(filepath.Join(dir, "geth.log"))
			return nil, fmt.Errorf("geth did not serve the chain's %d blocks within a minute:\n%s", w.head, tail(out))
		}
		time.Sleep(100 * time.Millisecond)
	}
	h, err := g.client.HeaderByNumber(ctx, new(big.Int).SetUint64(w.head))
	if err != nil {
		return nil, err
	}
	want, err := w.client.HeaderByNumber(ctx, new(big.Int).SetUint64(w.head))
	if err != nil {
		return nil, err
	}
	if h.Hash() != want.Hash() {
		return nil, fmt.Errorf("geth's block %d is %s, the simulated chain's %s: the import is not the same chain", w.head, h.Hash(), want.Hash())
	}
	g.setup = time.Since(began)
	ok = true
	return g, nil
}

// exportBlocks writes blocks 1 to the head, RLP-encoded one after another, as geth import
// reads them.
func exportBlocks(ctx context.Context, w *workload, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	for n := uint64(1); n <= w.head; n++ {
		b, err := w.client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			f.Close()
			return fmt.Errorf("export block %d: %w", n, err)
		}
		if err := rlp.Encode(bw, b); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (g *gethNode) close() {
	if g.client != nil {
		g.client.Close()
	}
	if g.cmd != nil && g.cmd.Process != nil {
		_ = g.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = g.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = g.cmd.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(g.dir)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tail returns the last lines of a command's output, for an error.
func tail(out []byte) string {
	const n = 2000
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return string(out)
}
