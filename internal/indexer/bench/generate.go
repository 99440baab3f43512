package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pedigree-rx/pedigree/internal/benchkit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The workload's constants.
const (
	gtin      = 9506000134352 // GTIN-14 09506000134352, check digit valid
	lotPacks  = 64            // packs per lot
	lotSteps  = 9             // blocks a lot's life takes
	txGas     = 1_000_000     // gas limit of every workload transaction, well above what any uses
	recallLot = 25            // every 25th lot (from the second) is recalled at its end
	undoLot   = 4             // every 4th lot has a pack state undone at its end
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
	contract    common.Address
	deployBlock uint64
	head        uint64
	lots, txs   int
	stragglers  int // blocks mined for transactions that missed theirs (see generator.commit)
	counts      counts
	took        time.Duration
}

func (w *workload) close() { w.backend.Close() }

// blocks returns how many blocks the indexer reads: from the deployment block to the head.
func (w *workload) blocks() uint64 { return w.head - w.deployBlock + 1 }

// account is a funded key; the generator hands out its nonces.
type account struct {
	addr  common.Address
	key   *ecdsa.PrivateKey
	nonce uint64
}

// lot is a batch of packs the generator takes through its life.
type lot struct {
	n       int
	start   int // the block of the pipeline it started in
	name    string
	id      *big.Int
	serials []string
	tree    *merkle.Tree
	m, d    *account // its manufacturer and the distributor it goes to
	d2      *account // the distributor a shipment to is cancelled
	p       *account // the dispenser that ends up with its last case
}

func (l *lot) recalled() bool { return l.n%recallLot == 1 }

// plannedEvents is how many projection events the lot's transactions make.
func (l *lot) plannedEvents() int {
	n := 12
	if l.recalled() || l.n%undoLot == 0 {
		n++
	}
	return n
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
	expiry   uint16

	sent            map[common.Hash]string // this block's transactions, what each does
	counts          counts
	txs             int
	stragglerBlocks int // blocks mined for transactions that missed theirs
}

// generate makes a simulated chain holding at least events projection events.
func generate(ctx context.Context, events int, lotsPerBlock float64, progress io.Writer) (*workload, error) {
	began := time.Now()
	// Room for every transaction of the busiest block at its gas limit.
	gasLimit := max(uint64(60_000_000), uint64(math.Ceil(lotsPerBlock))*lotSteps*2*txGas+4*txGas)
	// Set-up, a transaction per block, through the Sender as the application does it.
	sim, err := benchkit.NewChain(ctx, 8, 1_000_000, benchkit.GLNRegulator, simulated.WithBlockGasLimit(gasLimit))
	if err != nil {
		return nil, err
	}
	backend, chainID, contract := sim.Backend, sim.ChainID, sim.Contract
	w := &workload{backend: backend, client: backend.Client(), contract: contract, deployBlock: sim.DeployBlock}
	ok := false
	defer func() {
		if !ok {
			backend.Close()
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
		{ms[0], pedigree.RoleManufacturer, benchkit.GLNManufacturer},
		{ms[1], pedigree.RoleManufacturer, benchkit.GLNManufacturer2},
		{ds[0], pedigree.RoleDistributor, benchkit.GLNDistributor},
		{ds[1], pedigree.RoleDistributor, benchkit.GLNDistributor2},
		{ps[0], pedigree.RoleDispenser, benchkit.GLNDispenser},
		{ps[1], pedigree.RoleDispenser, benchkit.GLNDispenser2},
		{spare, pedigree.RoleDistributor, benchkit.GLNSpare},
	} {
		if _, err := c.RegisterParticipant(ctx, sim.Regulator, p.a.addr, p.role, p.gln); err != nil {
			return nil, fmt.Errorf("register participant: %w", err)
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
		expiry: uint16(head.Time/86400) + 365,
		sent:   map[common.Hash]string{}, counts: counts{ByKind: map[string]int{}},
	}
	for n := w.deployBlock; n <= head.Number.Uint64(); n++ {
		if err := g.countBlock(new(big.Int).SetUint64(n), nil); err != nil {
			return nil, err
		}
	}

	// The pipeline: a lot starts every 1/lotsPerBlock blocks and takes step s in the s-th block
	// after its start, so a block holds steps of up to lotSteps lots, none depending on
	// another transaction of the same block.
	var active []*lot
	planned, started := g.counts.Events, 0.0
	lastReport := time.Now()
	for block := 0; ; block++ {
		for started += lotsPerBlock; started >= 1 && planned < events; started-- {
			l, err := newLot(w.lots, ms, ds, ps)
			if err != nil {
				return nil, err
			}
			w.lots++
			planned += l.plannedEvents()
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
			if err := g.step(l, s); err != nil {
				return nil, fmt.Errorf("lot %s, step %d: %w", l.name, s, err)
			}
			if s+1 < lotSteps {
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

func newLot(n int, ms, ds, ps []*account) (*lot, error) {
	name := fmt.Sprintf("B%06d", n)
	serials := make([]string, lotPacks)
	for i := range serials {
		serials[i] = fmt.Sprintf("%s-%08d", name, i)
	}
	tree, err := merkle.New(serials)
	if err != nil {
		return nil, err
	}
	return &lot{
		n: n, name: name, id: chain.BatchID(gtin, name), serials: serials, tree: tree,
		m: ms[n%2], d: ds[n%2], d2: ds[(n+1)%2], p: ps[n%2],
	}, nil
}

// step sends the transactions of step s of l's life. Steps of one lot go in different blocks;
// the transactions of one step are independent of each other, or come from one account and
// so run in the order sent.
func (g *generator) step(l *lot, s int) error {
	b := g.binding
	tail := chain.SplitTokenID(l.id, 32)    // packs 32-63, then 32-47
	caseTok := chain.SplitTokenID(l.id, 48) // packs 48-63
	switch s {
	case 0: // the manufacturer registers the batch
		return g.send(l.m, "registerBatch", b.PackRegisterBatch(gtin, l.name, g.expiry, big.NewInt(lotPacks),
			l.tree.Root(), crypto.Keccak256Hash([]byte("master data "+l.name))))
	case 1: // it splits off half, and takes two packs as samples
		if err := g.send(l.m, "split", b.PackSplit(l.id, big.NewInt(32))); err != nil {
			return err
		}
		return g.sendPackStates(l.m, l, l.id, pedigree.PackSample, 0, 1)
	case 2: // it ships the half to its distributor, and the rest to the other one, by mistake
		if err := g.send(l.m, "ship", b.PackShip(tail, l.d.addr)); err != nil {
			return err
		}
		return g.send(l.m, "ship", b.PackShip(l.id, l.d2.addr))
	case 3: // the distributor accepts; the manufacturer cancels the mistaken shipment
		if err := g.send(l.d, "accept", b.PackAccept(tail)); err != nil {
			return err
		}
		return g.send(l.m, "cancelShipment", b.PackCancelShipment(l.id))
	case 4: // the distributor splits off a case
		return g.send(l.d, "split", b.PackSplit(tail, big.NewInt(48)))
	case 5: // ships it to a pharmacy, and locks four packs it keeps
		if err := g.send(l.d, "ship", b.PackShip(caseTok, l.p.addr)); err != nil {
			return err
		}
		return g.sendPackStates(l.d, l, tail, pedigree.PackLocked, 32, 33, 34, 35)
	case 6: // the pharmacy accepts the case
		return g.send(l.p, "accept", b.PackAccept(caseTok))
	case 7: // and supplies its 16 packs, in one transaction
		idx := make([]int, 16)
		for i := range idx {
			idx[i] = 48 + i
		}
		return g.sendPackStates(l.p, l, caseTok, pedigree.PackSupplied, idx...)
	case 8: // a recall, or a pack handed back
		switch {
		case l.recalled():
			return g.send(l.m, "recall", b.PackRecall(l.id, 1))
		case l.n%undoLot == 0:
			return g.send(l.p, "undoPackStates", b.PackUndoPackStates(caseTok, []*big.Int{big.NewInt(50)}))
		}
	}
	return nil
}

func (g *generator) sendPackStates(from *account, l *lot, token *big.Int, state pedigree.PackState, indexes ...int) error {
	mp, err := l.tree.MultiProof(indexes)
	if err != nil {
		return err
	}
	idx := make([]*big.Int, len(mp.Indexes))
	serialHashes := make([][32]byte, len(mp.Indexes))
	for i, n := range mp.Indexes {
		idx[i] = new(big.Int).SetUint64(n)
		serialHashes[i] = merkle.SerialHash(l.serials[n])
	}
	proof := make([][32]byte, len(mp.Proof))
	for i, h := range mp.Proof {
		proof[i] = h
	}
	return g.send(from, "setPackStates", g.binding.PackSetPackStates(token, idx, serialHashes, uint8(state), proof, mp.Flags))
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
