package benchverify

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/benchkit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// The batch's constants.
const (
	gtin      = 9506000134352    // GTIN-14 09506000134352, check digit valid
	gtin14    = "09506000134352" // as printed
	lot       = "BENCH-1"
	casePacks = 16 // packs of a case: what a pharmacy dispenses at once
	// consignments is how many pieces the distributor splits its pallet (the batch's second
	// half) into; the first toPharmacy go to the pharmacy, the next toWholesaler to a second
	// distributor, which passes the first of them on to a second pharmacy.
	consignments = 20
	toPharmacy   = 10
	toWholesaler = 3
)

// MinSerials is the smallest batch the story fits in: a case in every consignment.
const MinSerials = 2 * consignments * casePacks

// participantCount is the cast: a regulator, a manufacturer, two distributors, two pharmacies.
const participantCount = 6

// party is a participant: its key's Sender, and the organisation stored for it.
type party struct {
	addr common.Address
	s    *chain.Sender
	org  pedigree.Organisation
	name string
	role pedigree.Role
	gln  uint64
}

// world is the simulated chain with pedigree's contract and the cast.
type world struct {
	backend     *simulated.Backend
	client      devchain.AutoMine
	contract    *chain.Contract
	deployBlock uint64
	// manufacturerChain is the manufacturer's view of the chain, timed for the registration.
	manufacturerChain *timedChain

	regulator, manufacturer, distributor, distributor2, dispenser, dispenser2 *party
	txs                                                                       int
}

func (w *world) parties() []*party {
	return []*party{w.regulator, w.manufacturer, w.distributor, w.distributor2, w.dispenser, w.dispenser2}
}

func (w *world) close() { w.backend.Close() }

// newWorld starts a simulated chain under Osaka rules that mines a block per transaction,
// deploys pedigree's contract as the regulator and registers the cast.
func newWorld(ctx context.Context) (*world, error) {
	c, err := benchkit.NewChain(ctx, participantCount, 1000, benchkit.GLNRegulator)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	w := &world{backend: c.Backend, client: c.Client, contract: chain.NewContract(c.Client, c.Contract), deployBlock: c.DeployBlock}
	w.txs++ // the deployment
	w.manufacturerChain = &timedChain{AutoMine: w.client}
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()
	mk := func(k *ecdsa.PrivateKey, backend chain.Backend, name string, role pedigree.Role, gln uint64) *party {
		addr, sign := chain.KeySigner(k, c.ChainID)
		return &party{addr: addr, s: chain.NewSender(backend, addr, sign), name: name, role: role, gln: gln}
	}
	// The regulator deployed the contract: its Sender keeps the nonces it used.
	w.regulator = &party{addr: c.Regulator.From(), s: c.Regulator, name: "Medicines Agency", role: pedigree.RoleRegulator, gln: benchkit.GLNRegulator}
	w.manufacturer = mk(c.Keys[1], w.manufacturerChain, "Acme Pharma", pedigree.RoleManufacturer, benchkit.GLNManufacturer)
	w.distributor = mk(c.Keys[2], w.client, "Wholesale One", pedigree.RoleDistributor, benchkit.GLNDistributor)
	w.distributor2 = mk(c.Keys[3], w.client, "Wholesale Two", pedigree.RoleDistributor, benchkit.GLNDistributor2)
	w.dispenser = mk(c.Keys[4], w.client, "Corner Pharmacy", pedigree.RoleDispenser, benchkit.GLNDispenser)
	w.dispenser2 = mk(c.Keys[5], w.client, "Other Pharmacy", pedigree.RoleDispenser, benchkit.GLNDispenser2)

	for _, p := range w.parties()[1:] {
		if err := w.tx("register participant " + p.name)(w.contract.RegisterParticipant(ctx, w.regulator.s, p.addr, p.role, p.gln)); err != nil {
			return nil, err
		}
	}
	ok = true
	return w, nil
}

// tx returns a function that checks a transaction's outcome, naming it what.
func (w *world) tx(what string) func(*types.Receipt, error) error {
	return func(_ *types.Receipt, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		w.txs++
		return nil
	}
}

// storeOrganisations stores an organisation per participant, so verifications name them.
func (w *world) storeOrganisations(ctx context.Context, pool *pgxpool.Pool) error {
	orgs := postgres.NewOrganisations(pool)
	for _, p := range w.parties() {
		o, err := orgs.Create(ctx, pedigree.Organisation{Name: p.name, GLN: fmt.Sprint(p.gln), Role: p.role, Account: pedigree.Address(p.addr)})
		if err != nil {
			return err
		}
		p.org = o
	}
	return nil
}

// timedChain is the manufacturer's client: the auto-mining simulated chain, with the calls the
// Sender makes timed. It mines as devchain.AutoMine does, timing the send into the pool and the
// block's mining apart.
type timedChain struct {
	devchain.AutoMine

	mu                                      sync.Mutex
	estimate, prepare, send, mine, receipts benchkit.Stat
	sentAt                                  time.Time // when the last send returned, before mining
}

func (t *timedChain) reset() {
	t.mu.Lock()
	t.estimate, t.prepare, t.send, t.mine, t.receipts, t.sentAt = benchkit.Stat{}, benchkit.Stat{}, benchkit.Stat{}, benchkit.Stat{}, benchkit.Stat{}, time.Time{}
	t.mu.Unlock()
}

func (t *timedChain) timed(s *benchkit.Stat, began time.Time) {
	t.mu.Lock()
	s.Add(time.Since(began))
	t.mu.Unlock()
}

func (t *timedChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	defer t.timed(&t.estimate, time.Now())
	return t.AutoMine.EstimateGas(ctx, msg)
}

func (t *timedChain) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	defer t.timed(&t.prepare, time.Now())
	return t.AutoMine.SuggestGasTipCap(ctx)
}

func (t *timedChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	defer t.timed(&t.prepare, time.Now())
	return t.AutoMine.HeaderByNumber(ctx, n)
}

func (t *timedChain) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	defer t.timed(&t.prepare, time.Now())
	return t.AutoMine.PendingNonceAt(ctx, a)
}

func (t *timedChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	began := time.Now()
	err := t.AutoMine.Client.SendTransaction(ctx, tx)
	t.timed(&t.send, began)
	t.mu.Lock()
	t.sentAt = time.Now()
	t.mu.Unlock()
	if err != nil {
		return err
	}
	defer t.timed(&t.mine, time.Now())
	t.AutoMine.Backend.Commit()
	return nil
}

func (t *timedChain) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	defer t.timed(&t.receipts, time.Now())
	return t.AutoMine.TransactionReceipt(ctx, hash)
}

// batch is the registered batch: its serials, tree and where its packs went.
type batch struct {
	id      *big.Int
	serials []string
	tree    *merkle.Tree
	expiry  time.Time // UTC midnight of the last day of use
	// story says where the packs went; dispensed lists the packs dispensed.
	story     []string
	dispensed map[int]bool
	// atPharmacy is an active pack at the pharmacy.
	atPharmacy int
	// txs is how many transactions the story took.
	txs int
}

// custody gives the batch its history: the manufacturer splits off the second half (a pallet)
// and hands it to the distributor, which splits it into consignments; the first go to the
// pharmacy, the next to a second distributor, which passes the first of its own on to a second
// pharmacy; each pharmacy dispenses the first case of every consignment it holds (a multiproof
// per case).
func (w *world) custody(ctx context.Context, b *batch) error {
	n := len(b.serials)
	before := w.txs
	half := n / 2
	size := (n - half) / consignments
	if err := w.tx("split off the pallet")(w.contract.Split(ctx, w.manufacturer.s, b.id, uint32(half))); err != nil {
		return err
	}
	pallet := chain.SplitTokenID(b.id, uint32(half))
	if err := w.handOff(ctx, pallet, w.manufacturer, w.distributor); err != nil {
		return err
	}
	// Consignment i (from 1) is [n - i*size, n - (i-1)*size); the pallet keeps the rest, the
	// last consignment.
	starts := make([]int, consignments)
	starts[0] = half
	for i := 1; i < consignments; i++ {
		start := n - i*size
		starts[i] = start
		if err := w.tx("split a consignment")(w.contract.Split(ctx, w.distributor.s, pallet, uint32(start))); err != nil {
			return err
		}
	}
	token := func(start int) *big.Int { return chain.SplitTokenID(b.id, uint32(start)) }
	dispense := func(p *party, start int) error {
		idx := make([]int, casePacks)
		for i := range idx {
			idx[i] = start + i
		}
		mp, err := b.tree.MultiProof(idx)
		if err != nil {
			return err
		}
		proof := chain.PackProof{Proof: mp.Proof, Flags: mp.Flags}
		for _, i := range mp.Indexes {
			proof.Indexes = append(proof.Indexes, i)
			proof.SerialHashes = append(proof.SerialHashes, merkle.SerialHash(b.serials[i]))
			b.dispensed[int(i)] = true
		}
		return w.tx("dispense a case")(w.contract.SetPackStates(ctx, p.s, token(start), pedigree.PackSupplied, proof))
	}
	b.dispensed = map[int]bool{}
	for i := 1; i <= toPharmacy; i++ {
		if err := w.handOff(ctx, token(starts[i]), w.distributor, w.dispenser); err != nil {
			return err
		}
		if err := dispense(w.dispenser, starts[i]); err != nil {
			return err
		}
	}
	for i := toPharmacy + 1; i <= toPharmacy+toWholesaler; i++ {
		if err := w.handOff(ctx, token(starts[i]), w.distributor, w.distributor2); err != nil {
			return err
		}
	}
	first := starts[toPharmacy+1]
	if err := w.handOff(ctx, token(first), w.distributor2, w.dispenser2); err != nil {
		return err
	}
	if err := dispense(w.dispenser2, first); err != nil {
		return err
	}
	b.txs = w.txs - before
	b.atPharmacy = starts[1] + casePacks
	b.story = []string{
		fmt.Sprintf("packs [0, %d) stay at the manufacturer", half),
		fmt.Sprintf("packs [%d, %d) (the pallet's remainder) and %d more consignments of %d at the distributor", half, starts[consignments-1], consignments-1-toPharmacy-toWholesaler, size),
		fmt.Sprintf("%d consignments of %d at the pharmacy, the first case (%d packs) of each dispensed", toPharmacy, size, casePacks),
		fmt.Sprintf("%d consignments at a second distributor, one passed on to a second pharmacy, which dispensed a case", toWholesaler),
	}
	return nil
}

// handOff ships tokenID from one party to another, which accepts it.
func (w *world) handOff(ctx context.Context, tokenID *big.Int, from, to *party) error {
	if err := w.tx("ship")(w.contract.Ship(ctx, from.s, tokenID, to.addr)); err != nil {
		return err
	}
	return w.tx("accept")(w.contract.Accept(ctx, to.s, tokenID))
}

// index brings the projection up to date with one indexer.Sync.
func (w *world) index(ctx context.Context, pool *pgxpool.Pool) (pedigree.BlockRef, error) {
	ix := indexer.New(w.client, postgres.NewProjection(pool), indexer.Config{Contract: w.contract.Address, DeployBlock: w.deployBlock})
	return ix.Sync(ctx)
}
