package verify

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

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
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

// MinSerials is the smallest batch the story fits in: a case and a pack more in every
// consignment, so that the pharmacy holds a pack it has not dispensed.
const MinSerials = 2 * consignments * (casePacks + 1)

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

// senders returns every party's Sender, for the service.
func (w *world) senders() []*chain.Sender {
	var out []*chain.Sender
	for _, p := range w.parties() {
		out = append(out, p.s)
	}
	return out
}

func (w *world) close() { w.backend.Close() }

// newWorld starts a simulated chain under Osaka rules that mines a block per transaction,
// deploys pedigree's contract as the regulator and registers the cast.
func newWorld(ctx context.Context) (*world, error) {
	c, err := kit.NewChain(ctx, participantCount, 1000, kit.GLNRegulator)
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
	w.regulator = &party{addr: c.Regulator.From(), s: c.Regulator, name: "Medicines Agency", role: pedigree.RoleRegulator, gln: kit.GLNRegulator}
	w.manufacturer = mk(c.Keys[1], w.manufacturerChain, "Acme Pharma", pedigree.RoleManufacturer, kit.GLNManufacturer)
	w.distributor = mk(c.Keys[2], w.client, "Wholesale One", pedigree.RoleDistributor, kit.GLNDistributor)
	w.distributor2 = mk(c.Keys[3], w.client, "Wholesale Two", pedigree.RoleDistributor, kit.GLNDistributor2)
	w.dispenser = mk(c.Keys[4], w.client, "Corner Pharmacy", pedigree.RoleDispenser, kit.GLNDispenser)
	w.dispenser2 = mk(c.Keys[5], w.client, "Other Pharmacy", pedigree.RoleDispenser, kit.GLNDispenser2)

	for _, p := range w.parties()[1:] {
		if err := w.tx("register participant " + p.name)(w.contract.RegisterParticipant(ctx, w.regulator.s, p.addr, p.role, p.gln)); err != nil {
			return nil, err
		}
	}
	// The manufacturer registers GTINs of its GS1 company prefix only.
	if err := w.tx("assign the manufacturer's prefix")(w.contract.AssignPrefix(ctx, w.regulator.s, gtin14[1:8], w.manufacturer.addr)); err != nil {
		return nil, err
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
func (w *world) storeOrganisations(ctx context.Context, orgs *postgres.Organisations) error {
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
	estimate, prepare, send, mine, receipts kit.Stat
	sentAt                                  time.Time // when the last send returned, before mining
}

func (t *timedChain) reset() {
	t.mu.Lock()
	t.estimate, t.prepare, t.send, t.mine, t.receipts, t.sentAt = kit.Stat{}, kit.Stat{}, kit.Stat{}, kit.Stat{}, kit.Stat{}, time.Time{}
	t.mu.Unlock()
}

func (t *timedChain) timed(s *kit.Stat, began time.Time) {
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

// batch is the registered batch: its serials, tree and expiry, and the story told of it.
type batch struct {
	id      *big.Int
	serials []string
	tree    *merkle.Tree
	expiry  time.Time // UTC midnight of the last day of use
	script  *demo.Script
	// atPharmacy is an active pack at the pharmacy.
	atPharmacy int
}

// story is the batch's story (demo.Story): the manufacturer keeps the first half and hands
// the second, a pallet, to the distributor, which cuts it into consignments; the first go to
// the pharmacy, the next to a second distributor, which passes the first of its own on to a
// second pharmacy; each pharmacy dispenses the first case of every consignment it holds (a
// multiproof per case).
func story(b pedigree.NewBatch) demo.Story {
	n := len(b.Serials)
	return demo.Story{
		Batch: b, Ship: n - n/2, Consignments: consignments, ToPharmacy: toPharmacy, ToWholesaler: toWholesaler, Dispense: casePacks,
	}
}

// custody tells the batch's story on the chain, as the cast.
func (w *world) custody(ctx context.Context, b *batch, nb pedigree.NewBatch) error {
	cast := demo.Cast{Senders: map[demo.Part]*chain.Sender{}}
	for p, party := range map[demo.Part]*party{
		demo.Manufacturer: w.manufacturer, demo.Distributor: w.distributor, demo.Dispenser: w.dispenser,
		demo.Distributor2: w.distributor2, demo.Dispenser2: w.dispenser2,
	} {
		cast.Senders[p] = party.s
	}
	sc, err := story(nb).Tell(ctx, w.contract, cast)
	if err != nil {
		return err
	}
	at, ok := sc.Active(demo.Dispenser)
	if !ok {
		return fmt.Errorf("the story leaves no active pack at the pharmacy")
	}
	b.script, b.atPharmacy = sc, at
	w.txs += sc.Sent
	return nil
}

// where says, for the report, where the story left the batch's packs.
func (b *batch) where() []string {
	var out []string
	for _, p := range []demo.Part{demo.Manufacturer, demo.Distributor, demo.Dispenser, demo.Distributor2, demo.Dispenser2} {
		held := b.script.Held(p)
		if len(held) == 0 {
			continue
		}
		packs, dispensed := 0, 0
		for _, c := range held {
			packs += c.End - c.Start
			for i := c.Start; i < c.End; i++ {
				if b.script.State(i) == pedigree.PackSupplied {
					dispensed++
				}
			}
		}
		line := fmt.Sprintf("%-13s %s packs in %d tokens", p, kit.Thousands(packs), len(held))
		if dispensed > 0 {
			line += fmt.Sprintf(", %s of them dispensed, a case of %d at a time", kit.Thousands(dispensed), casePacks)
		}
		out = append(out, line)
	}
	return out
}
