package indexbench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The workload's constants.
const (
	gtin      = 9506000134352    // GTIN-14 09506000134352, check digit valid
	gtin14    = "09506000134352" // as printed: the first manufacturer's (prefix 9506000)
	gtin14B   = "04012345000016" // the second manufacturer's (prefix 4012345)
	lotPacks  = 64               // packs per lot
	txGas     = 1_000_000        // gas limit of every workload transaction, well above what any uses
	recallLot = 25               // every 25th lot (from the second) is recalled at its end
	undoLot   = 4                // every 4th lot other than those has a pack handed back at its end
)

// counts are the projection events on a chain, as chain.DecodeEvent reads them.
type counts struct {
	Logs     int // the contract's logs, mints' Transfers included
	Events   int // what DecodeEvent keeps
	PackRows int // pack states the PackStatesChanged and PackStatesReverted events name
	ByKind   map[string]int
}

// The event kinds, in the order the report prints them.
var eventKinds = []string{
	"ParticipantRegistered", "ParticipantSuspended", "ParticipantReinstated", "BatchRegistered",
	"TokenSplit", "ShipmentSent", "ShipmentAccepted", "ShipmentCancelled", "PackStatesChanged",
	"PackStatesReverted", "BatchRecalled",
}

func (c *counts) add(ev pedigree.Event) {
	c.Events++
	var kind string
	switch e := ev.(type) {
	case pedigree.ParticipantRegistered:
		kind = "ParticipantRegistered"
	case pedigree.ParticipantSuspended:
		kind = "ParticipantSuspended"
	case pedigree.ParticipantReinstated:
		kind = "ParticipantReinstated"
	case pedigree.BatchRegistered:
		kind = "BatchRegistered"
	case pedigree.TokenSplit:
		kind = "TokenSplit"
	case pedigree.ShipmentSent:
		kind = "ShipmentSent"
	case pedigree.ShipmentAccepted:
		kind = "ShipmentAccepted"
	case pedigree.ShipmentCancelled:
		kind = "ShipmentCancelled"
	case pedigree.PackStatesChanged:
		kind = "PackStatesChanged"
		c.PackRows += len(e.Indexes)
	case pedigree.PackStatesReverted:
		kind = "PackStatesReverted"
		c.PackRows += len(e.Indexes)
	case pedigree.BatchRecalled:
		kind = "BatchRecalled"
	default:
		kind = fmt.Sprintf("%T", ev)
	}
	c.ByKind[kind]++
}

// expectedRows returns the rows the projection's event tables must hold for these events:
// every version of a versioned row, and every custody event and recall.
func (c *counts) expectedRows() map[string]int {
	k := c.ByKind
	return map[string]int{
		"participants":   k["ParticipantRegistered"] + k["ParticipantSuspended"] + k["ParticipantReinstated"],
		"batches":        k["BatchRegistered"] + k["BatchRecalled"],
		"tokens":         k["BatchRegistered"] + 2*k["TokenSplit"] + k["ShipmentSent"] + k["ShipmentAccepted"] + k["ShipmentCancelled"],
		"pack_states":    c.PackRows,
		"custody_events": k["BatchRegistered"] + k["TokenSplit"] + k["ShipmentSent"] + k["ShipmentAccepted"] + k["ShipmentCancelled"],
		"recalls":        k["BatchRecalled"],
	}
}

// workload is the simulated chain the generator filled.
type workload struct {
	backend     *simulated.Backend
	client      simulated.Client
	genesis     *core.Genesis // the simulated chain's, for a geth serving the same chain
	dir         string        // where the chain is kept (devchain.SimulatedOnDisk)
	node        *devchain.Chain
	direct      *devchain.Direct // the embedded node on the chain, once reopen ran
	logIndex    time.Duration    // the node's log index took this to build on reopening
	contract    common.Address
	deployBlock uint64
	head        uint64
	lots, txs   int
	lotActs     int // blocks a lot's life takes at most: an act of its story a block
	stragglers  int // blocks mined for transactions that missed theirs (see generator.commit)
	counts      counts
	took        time.Duration
}

func (w *workload) close() {
	if w.node != nil {
		w.node.Close()
	} else {
		w.backend.Close()
	}
	os.RemoveAll(w.dir)
}

// reopen closes the simulated backend and opens its chain as the embedded node (devchain),
// which the indexer then reads, directly or through its in-process JSON-RPC client.
func (w *workload) reopen(ctx context.Context) error {
	head, err := w.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if err := w.backend.Close(); err != nil {
		return err
	}
	c, err := devchain.Start(ctx, devchain.Config{DataDir: w.dir})
	if err != nil {
		return fmt.Errorf("open the chain as the embedded node: %w", err)
	}
	w.node, w.client, w.direct = c, c.Client(), c.Direct()
	// The node indexes the logs of blocks it did not make in the background: done first, as
	// on a node that made them.
	began := time.Now()
	if err := w.direct.WaitLogIndex(ctx); err != nil {
		return fmt.Errorf("the embedded node's log index: %w", err)
	}
	w.logIndex = time.Since(began)
	again, err := w.direct.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if again.Hash() != head.Hash() {
		return fmt.Errorf("the embedded node's head is block %d %s, the simulated chain's %d %s", again.Number, again.Hash(), head.Number, head.Hash())
	}
	return nil
}

// blocks returns how many blocks the indexer reads: from the deployment block to the head.
func (w *workload) blocks() uint64 { return w.head - w.deployBlock + 1 }

// account is a funded key; the generator hands out its nonces.
type account struct {
	addr  common.Address
	key   *ecdsa.PrivateKey
	nonce uint64
}

// lot is a batch of packs the generator takes through its life: the demo story (demo.Story)
// written out as calldata, an act a block.
type lot struct {
	n      int
	start  int // the block of the pipeline it started in
	name   string
	script *demo.Script
	cast   map[demo.Part]*account
}

// lotStory is lot n's story: the manufacturer registers 64 packs, splits off the second half
// and takes two packs of the first as samples; ships the half to its distributor, and the rest
// to the other one by mistake, which it cancels; the distributor cuts a case of 16 off the
// half, ships it to a pharmacy and locks four packs it keeps; the pharmacy supplies the case's
// 16 packs in one transaction. At the end, every recallLot-th lot is recalled, and every
// undoLot-th of the others has a supplied pack handed back.
func lotStory(n int, serials []string, expiry time.Time) demo.Story {
	s := demo.Story{
		Batch: pedigree.NewBatch{
			GTIN: []string{gtin14, gtin14B}[n%2], Lot: lotName(n), Expiry: expiry, Serials: serials, // ms[n%2]'s
			Product: pedigree.Product{Name: "Benchprofen", Strength: "200 mg", Form: "tablet"},
		},
		Ship: lotPacks / 2, Consignments: 2, ToPharmacy: 1, Dispense: lotPacks / 4,
		Samples: []int{0, 1}, Misroute: true, Lock: []int{32, 33, 34, 35},
	}
	switch {
	case n%recallLot == 1:
		s.Recall = 1
	case n%undoLot == 0:
		s.Undo = []int{50}
	}
	return s
}

func lotName(n int) string { return fmt.Sprintf("B%06d", n) }

// lotShape returns how many acts (blocks) a lot's life takes at most, and the most
// transactions one of its acts sends.
func lotShape() (acts, perAct int, err error) {
	cast := map[demo.Part]common.Address{}
	for i, p := range []demo.Part{demo.Manufacturer, demo.Distributor, demo.Distributor2, demo.Dispenser} {
		cast[p] = common.Address{byte(i + 1)}
	}
	for _, n := range []int{1, undoLot} { // a recalled lot; one with a pack handed back
		sc, err := lotStory(n, lotSerials(lotName(n)), time.Now()).Write(cast)
		if err != nil {
			return 0, 0, err
		}
		acts = max(acts, len(sc.Acts))
		for _, act := range sc.Acts {
			perAct = max(perAct, len(act))
		}
	}
	return acts, perAct, nil
}

func lotSerials(name string) []string {
	serials := make([]string, lotPacks)
	for i := range serials {
		serials[i] = fmt.Sprintf("%s-%08d", name, i)
	}
	return serials
}

// generator sends the workload's transactions, a block at a time.
type generator struct {
	ctx      context.Context
	backend  *simulated.Backend
	client   simulated.Client
	binding  *chain.Pedigree
	contract common.Address
	signer   types.Signer
	tip, fee *big.Int
	expiry   time.Time

	sent            map[common.Hash]string // this block's transactions, what each does
	counts          counts
	txs             int
	stragglerBlocks int // blocks mined for transactions that missed theirs
}

// generate makes a simulated chain holding at least events projection events.
func generate(ctx context.Context, events int, lotsPerBlock float64, progress io.Writer) (*workload, error) {
	began := time.Now()
	// Room for every transaction of the busiest block at its gas limit.
	acts, perAct, err := lotShape()
	if err != nil {
		return nil, err
	}
	gasLimit := max(uint64(60_000_000), uint64(math.Ceil(lotsPerBlock))*uint64(acts*perAct)*txGas+4*txGas)
	// Set-up, a transaction per block, through the Sender as the application does it.
	var genesis *core.Genesis
	dir, err := os.MkdirTemp("", "benchindexer-chain-")
	if err != nil {
		return nil, err
	}
	sim, err := kit.NewChain(ctx, 8, 1_000_000, kit.GLNRegulator, simulated.WithBlockGasLimit(gasLimit), devchain.SimulatedOnDisk(dir),
		func(_ *node.Config, e *ethconfig.Config) { genesis = e.Genesis })
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	backend, chainID, contract := sim.Backend, sim.ChainID, sim.Contract
	w := &workload{backend: backend, client: backend.Client(), dir: dir, genesis: genesis, contract: contract, deployBlock: sim.DeployBlock, lotActs: acts}
	ok := false
	defer func() {
		if !ok {
			backend.Close()
			os.RemoveAll(dir)
		}
	}()
	accts := make([]*account, len(sim.Keys))
	for i, k := range sim.Keys {
		accts[i] = &account{addr: crypto.PubkeyToAddress(k.PublicKey), key: k}
	}
	reg, ms, ds, ps, spare := accts[0], accts[1:3], accts[3:5], accts[5:7], accts[7]
	c := chain.NewContract(sim.Client, contract)
	for _, p := range []struct {
		a    *account
		role pedigree.Role
		gln  uint64
	}{
		{ms[0], pedigree.RoleManufacturer, kit.GLNManufacturer},
		{ms[1], pedigree.RoleManufacturer, kit.GLNManufacturer2},
		{ds[0], pedigree.RoleDistributor, kit.GLNDistributor},
		{ds[1], pedigree.RoleDistributor, kit.GLNDistributor2},
		{ps[0], pedigree.RoleDispenser, kit.GLNDispenser},
		{ps[1], pedigree.RoleDispenser, kit.GLNDispenser2},
		{spare, pedigree.RoleDistributor, kit.GLNSpare},
	} {
		if _, err := c.RegisterParticipant(ctx, sim.Regulator, p.a.addr, p.role, p.gln); err != nil {
			return nil, fmt.Errorf("register participant: %w", err)
		}
	}
	for i, g := range []string{gtin14, gtin14B} { // each manufacturer registers its own GTINs
		if _, err := c.AssignPrefix(ctx, sim.Regulator, g[1:8], ms[i].addr); err != nil {
			return nil, fmt.Errorf("assign prefix: %w", err)
		}
	}
	head, err := w.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	for _, a := range accts {
		if a.nonce, err = w.client.PendingNonceAt(ctx, a.addr); err != nil {
			return nil, err
		}
	}
	g := &generator{
		ctx: ctx, backend: backend, client: w.client, binding: chain.NewPedigree(), contract: contract,
		signer: types.LatestSignerForChainID(chainID),
		tip:    big.NewInt(params.GWei), fee: big.NewInt(10 * params.GWei),
		expiry: time.Unix(int64(head.Time/86400+365)*86400, 0).UTC(),
		sent:   map[common.Hash]string{}, counts: counts{ByKind: map[string]int{}},
	}
	for n := w.deployBlock; n <= head.Number.Uint64(); n++ {
		if err := g.countBlock(new(big.Int).SetUint64(n), nil); err != nil {
			return nil, err
		}
	}

	// The pipeline: a lot starts every 1/lotsPerBlock blocks and takes its story's act s in the
	// s-th block after its start, so a block holds acts of up to acts lots, none depending on
	// another transaction of the same block.
	var active []*lot
	planned, started := g.counts.Events, 0.0
	lastReport := time.Now()
	for block := 0; ; block++ {
		for started += lotsPerBlock; started >= 1 && planned < events; started-- {
			l, err := newLot(w.lots, ms, ds, ps, g.expiry)
			if err != nil {
				return nil, err
			}
			w.lots++
			planned += l.script.Transactions() // an event each
			l.start = block
			active = append(active, l)
		}
		if len(active) == 0 && planned >= events {
			break
		}
		// The regulator suspends and reinstates the spare participant now and then.
		switch block % 10 {
		case 0:
			if err := g.send(reg, "suspend", g.binding.PackSuspendParticipant(spare.addr)); err != nil {
				return nil, err
			}
			planned++
		case 5:
			if block > 0 {
				if err := g.send(reg, "reinstate", g.binding.PackReinstateParticipant(spare.addr)); err != nil {
					return nil, err
				}
				planned++
			}
		}
		next := active[:0]
		for _, l := range active {
			s := block - l.start
			for _, st := range l.script.Acts[s] {
				if err := g.send(l.cast[st.By], st.What, st.Data); err != nil {
					return nil, fmt.Errorf("lot %s, act %d: %w", l.name, s, err)
				}
			}
			if s+1 < len(l.script.Acts) {
				next = append(next, l)
			}
		}
		active = next
		if err := g.commit(); err != nil {
			return nil, err
		}
		if time.Since(lastReport) > 5*time.Second {
			lastReport = time.Now()
			fmt.Fprintf(progress, "  %d blocks, %d transactions, %d events of %d, %.0f s\n",
				block+1, g.txs, g.counts.Events, events, time.Since(began).Seconds())
		}
	}
	// A last reinstatement, if the spare participant was left suspended, keeps the story whole.
	if g.counts.ByKind["ParticipantSuspended"] > g.counts.ByKind["ParticipantReinstated"] {
		if err := g.send(reg, "reinstate", g.binding.PackReinstateParticipant(spare.addr)); err != nil {
			return nil, err
		}
		planned++
		if err := g.commit(); err != nil {
			return nil, err
		}
	}
	if g.counts.Events != planned {
		return nil, fmt.Errorf("the chain holds %d events, not the %d planned", g.counts.Events, planned)
	}
	if head, err = w.client.HeaderByNumber(ctx, nil); err != nil {
		return nil, err
	}
	w.head, w.txs, w.stragglers, w.counts, w.took = head.Number.Uint64(), g.txs, g.stragglerBlocks, g.counts, time.Since(began)
	fmt.Fprintf(progress, "  done: %d blocks, %d transactions, %d events in %.1f s\n", w.blocks(), w.txs, w.counts.Events, w.took.Seconds())
	ok = true
	return w, nil
}

func newLot(n int, ms, ds, ps []*account, expiry time.Time) (*lot, error) {
	l := &lot{n: n, name: lotName(n), cast: map[demo.Part]*account{
		demo.Manufacturer: ms[n%2], demo.Distributor: ds[n%2], demo.Distributor2: ds[(n+1)%2], demo.Dispenser: ps[n%2],
	}}
	addrs := map[demo.Part]common.Address{}
	for p, a := range l.cast {
		addrs[p] = a.addr
	}
	var err error
	l.script, err = lotStory(n, lotSerials(l.name), expiry).Write(addrs)
	return l, err
}

// send signs and sends a transaction to the contract without waiting for it: the block's
// commit mines it.
func (g *generator) send(from *account, what string, data []byte) error {
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		Nonce: from.nonce, GasTipCap: g.tip, GasFeeCap: g.fee, Gas: txGas, To: &g.contract, Data: data,
	}), g.signer, from.key)
	if err != nil {
		return err
	}
	if err := g.client.SendTransaction(g.ctx, tx); err != nil {
		return fmt.Errorf("send %s: %w", what, err)
	}
	from.nonce++
	g.sent[tx.Hash()] = what
	g.txs++
	return nil
}

// commit mines a block with every transaction sent since the last, checks that each
// succeeded, and counts their events. Now and then the simulated backend's pool has not yet
// made the last transaction sent minable when the block is sealed; then it mines another
// block for the stragglers, so that every transaction of a step is mined before the next
// step's, which may depend on it, are sent.
func (g *generator) commit() error {
	for range 10 {
		g.backend.Commit()
		head, err := g.client.HeaderByNumber(g.ctx, nil)
		if err != nil {
			return err
		}
		if err := g.countBlock(head.Number, g.sent); err != nil {
			return err
		}
		if len(g.sent) == 0 {
			return nil
		}
		g.stragglerBlocks++
	}
	return fmt.Errorf("%d transactions sent were still not mined after 10 blocks", len(g.sent))
}

type blockReceipter interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// countBlock counts the events of block n, checking that every transaction in it succeeded
// and, when want is not nil, is one of want, which it deletes from want.
func (g *generator) countBlock(n *big.Int, want map[common.Hash]string) error {
	br, ok := g.client.(blockReceipter)
	if !ok {
		return fmt.Errorf("the simulated client cannot read a block's receipts")
	}
	receipts, err := br.BlockReceipts(g.ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n.Int64())))
	if err != nil {
		return fmt.Errorf("receipts of block %d: %w", n, err)
	}
	for _, r := range receipts {
		what, sent := want[r.TxHash]
		if want != nil && !sent {
			return fmt.Errorf("block %d holds transaction %s, which was not sent for it", n, r.TxHash)
		}
		delete(want, r.TxHash)
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%s (%s) in block %d reverted", what, r.TxHash, n)
		}
		for _, l := range r.Logs {
			if l.Address != g.contract {
				continue
			}
			g.counts.Logs++
			ev, ok, err := chain.DecodeEvent(l)
			if err != nil {
				return err
			}
			if ok {
				g.counts.add(ev)
			}
		}
	}
	return nil
}
