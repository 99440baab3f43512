// Package chaintest is test support for code that talks to pedigree's contract: a fresh
// simulated chain (Osaka rules) with the contract deployed and a cast of registered
// participants, and helpers to register batches, prove packs and move tokens.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Account is a funded key with its own Sender.
type Account struct {
	Addr common.Address
	Key  *ecdsa.PrivateKey
	S    *chain.Sender
}

// Harness is a fresh simulated chain with pedigree deployed and a cast of participants.
type Harness struct {
	TB      testing.TB
	Ctx     context.Context
	Backend *simulated.Backend
	Client  devchain.AutoMine
	C       *chain.Contract

	deployBlock uint64

	Regulator, Manufacturer, Manufacturer2, Distributor, Distributor2 Account
	Dispenser, Dispenser2, Suspended, Stranger                        Account

	// Keys are funded accounts registered nowhere, for tests that add them to participants as
	// signing keys.
	Keys [4]Account
}

// GLNs with valid check digits, one per participant of the cast.
const (
	GLNRegulator     uint64 = 4012345000009
	GLNManufacturer  uint64 = 4012345000016
	GLNManufacturer2 uint64 = 4012345000023
	GLNDistributor   uint64 = 4012345000030
	GLNDistributor2  uint64 = 4012345000047
	GLNDispenser     uint64 = 4012345000054
	GLNDispenser2    uint64 = 4012345000061
	GLNSuspended     uint64 = 4012345000078
)

// GS1 company prefixes of the cast's manufacturers, assigned at New: GTINs 0 9506000 ..... c are
// the manufacturer's (Register's GTIN 09506000134352 among them), 0 4012345 ..... c the second
// manufacturer's.
const (
	PrefixManufacturer  = "9506000"
	PrefixManufacturer2 = "4012345"
)

// New starts a simulated chain, deploys pedigree's contract and registers the cast: a
// manufacturer, a second manufacturer, two distributors, two dispensers, and a suspended
// distributor; the regulator deployed the contract and the stranger is registered nowhere.
// Each manufacturer is assigned its GS1 company prefix (PrefixManufacturer, PrefixManufacturer2).
func New(tb testing.TB) *Harness {
	tb.Helper()
	return NewOnChain(tb, 0)
}

// NewOnChain is New on a chain of its own id (0: the simulated backend's default, 1337), so
// a test with two chains can tell them apart as any checker would, by id.
func NewOnChain(tb testing.TB, id uint64) *Harness {
	tb.Helper()
	keys := make([]*ecdsa.PrivateKey, 9+len(Harness{}.Keys))
	alloc := types.GenesisAlloc{}
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatal(err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	options := []func(*node.Config, *ethconfig.Config){devchain.SimulatedOsaka()}
	if id != 0 {
		options = append(options, func(_ *node.Config, ethConf *ethconfig.Config) { ethConf.Genesis.Config = devchain.ChainConfig(id) })
	}
	backend := simulated.NewBackend(alloc, options...)
	tb.Cleanup(func() { backend.Close() })
	h := &Harness{TB: tb, Ctx: context.Background(), Backend: backend, Client: devchain.AutoMine{Client: backend.Client(), Backend: backend}}
	chainID, err := h.Client.ChainID(h.Ctx)
	if err != nil {
		tb.Fatal(err)
	}
	acct := func(k *ecdsa.PrivateKey) Account {
		addr, sign := chain.KeySigner(k, chainID)
		return Account{Addr: addr, Key: k, S: chain.NewSender(h.Client, addr, sign)}
	}
	h.Regulator, h.Manufacturer, h.Manufacturer2 = acct(keys[0]), acct(keys[1]), acct(keys[2])
	h.Distributor, h.Distributor2 = acct(keys[3]), acct(keys[4])
	h.Dispenser, h.Dispenser2, h.Suspended, h.Stranger = acct(keys[5]), acct(keys[6]), acct(keys[7]), acct(keys[8])
	for i := range h.Keys {
		h.Keys[i] = acct(keys[9+i])
	}

	addr, receipt, err := chain.Deploy(h.Ctx, h.Regulator.S, GLNRegulator)
	if err != nil {
		tb.Fatal(err)
	}
	h.deployBlock = receipt.BlockNumber.Uint64()
	h.C = chain.NewContract(h.Client, addr)
	for _, p := range []struct {
		a    Account
		role pedigree.Role
		gln  uint64
	}{
		{h.Manufacturer, pedigree.RoleManufacturer, GLNManufacturer},
		{h.Manufacturer2, pedigree.RoleManufacturer, GLNManufacturer2},
		{h.Distributor, pedigree.RoleDistributor, GLNDistributor},
		{h.Distributor2, pedigree.RoleDistributor, GLNDistributor2},
		{h.Dispenser, pedigree.RoleDispenser, GLNDispenser},
		{h.Dispenser2, pedigree.RoleDispenser, GLNDispenser2},
		{h.Suspended, pedigree.RoleDistributor, GLNSuspended},
	} {
		h.Ok(h.C.RegisterParticipant(h.Ctx, h.Regulator.S, p.a.Addr, p.role, p.gln))
	}
	h.Ok(h.C.SuspendParticipant(h.Ctx, h.Regulator.S, h.Suspended.Addr))
	h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, PrefixManufacturer, h.Manufacturer.Addr))
	h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, PrefixManufacturer2, h.Manufacturer2.Addr))
	return h
}

// Ok fails the test unless a transaction succeeded.
func (h *Harness) Ok(receipt *types.Receipt, err error) *types.Receipt {
	h.TB.Helper()
	if err != nil {
		h.TB.Fatalf("transaction failed: %v", err)
	}
	return receipt
}

// Reverts fails the test unless err is a revert with the custom error name.
func Reverts(tb testing.TB, err error, name string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("transaction succeeded, want revert %s", name)
	}
	if !chain.IsRevert(err, name) {
		tb.Fatalf("got error %v, want revert %s", err, name)
	}
}

// Batch is a registered batch with its serials and trees.
type Batch struct {
	ID      *big.Int
	Serials []string
	Tree    *merkle.Tree
}

// Serials returns n distinct serials, prefix followed by a number.
func Serials(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%08d", prefix, i)
	}
	return out
}

// Today returns the chain's current day number.
func (h *Harness) Today() uint16 {
	h.TB.Helper()
	head, err := h.Client.HeaderByNumber(h.Ctx, nil)
	if err != nil {
		h.TB.Fatal(err)
	}
	return uint16(head.Time / 86400)
}

// Register registers a batch of n packs as the manufacturer (gtin must be under its prefix).
func (h *Harness) Register(gtin uint64, lot string, n int) Batch {
	h.TB.Helper()
	return h.RegisterSerials(h.Manufacturer, gtin, lot, Serials(lot+"-", n))
}

// RegisterSerials registers a batch of the given serials as the manufacturer m.
func (h *Harness) RegisterSerials(m Account, gtin uint64, lot string, serials []string) Batch {
	h.TB.Helper()
	tree, err := merkle.New(serials)
	if err != nil {
		h.TB.Fatal(err)
	}
	h.Ok(h.C.RegisterBatch(h.Ctx, m.S, chain.NewBatch{
		GTIN: gtin, Lot: lot, ExpiryDay: h.Today() + 365, Quantity: uint32(len(serials)),
		IndexRoot: tree.IndexRoot(), SortedRoot: tree.SortedRoot(), MasterDataHash: crypto.Keccak256Hash([]byte("master data")),
	}))
	return Batch{ID: chain.BatchID(gtin, lot), Serials: serials, Tree: tree}
}

// Absent returns the proof that serial is not in the batch.
func (b Batch) Absent(tb testing.TB, serial string) pedigree.NonMembership {
	tb.Helper()
	p, err := b.Tree.NonMembership(merkle.SerialHash(serial))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// Proof returns pack index's serial hash and proof.
func (b Batch) Proof(tb testing.TB, index int) (common.Hash, []common.Hash) {
	tb.Helper()
	p, err := b.Tree.Proof(index)
	if err != nil {
		tb.Fatal(err)
	}
	return merkle.SerialHash(b.Serials[index]), p
}

// Multi returns the multiproof for indexes.
func (b Batch) Multi(tb testing.TB, indexes ...int) chain.PackProof {
	tb.Helper()
	mp, err := b.Tree.MultiProof(indexes)
	if err != nil {
		tb.Fatal(err)
	}
	p := chain.PackProof{Proof: mp.Proof, Flags: mp.Flags}
	for _, i := range mp.Indexes {
		p.Indexes = append(p.Indexes, i)
		p.SerialHashes = append(p.SerialHashes, merkle.SerialHash(b.Serials[i]))
	}
	return p
}

// HandOff ships tokenID from one Account to another and accepts it.
func (h *Harness) HandOff(tokenID *big.Int, from, to Account) {
	h.TB.Helper()
	h.Ok(h.C.Ship(h.Ctx, from.S, tokenID, to.Addr))
	h.Ok(h.C.Accept(h.Ctx, to.S, tokenID))
}

// Owner returns the holder of tokenID.
func (h *Harness) Owner(tokenID *big.Int) common.Address {
	h.TB.Helper()
	o, err := h.C.OwnerOf(h.Ctx, tokenID)
	if err != nil {
		h.TB.Fatal(err)
	}
	return o
}

// Advance moves the chain's clock forward by d (an empty block with a later timestamp).
func (h *Harness) Advance(d time.Duration) {
	h.TB.Helper()
	if err := h.settled(func() error { return h.Backend.AdjustTime(d) }); err != nil {
		h.TB.Fatal(err)
	}
}

// settled runs op, which the simulated backend refuses while its transaction pool lists
// pending transactions, and retries it for a while when refused: the pool drops the
// transactions of a new block in the background, so right after a receipt has arrived it can
// still list the transaction that was just mined.
func (h *Harness) settled(op func() error) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := op()
		if err == nil || time.Now().After(deadline) || !poolBusy(err) {
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// poolBusy reports whether err is the simulated backend refusing because its pool lists
// pending transactions (it has no error value to compare with).
func poolBusy(err error) bool {
	msg := err.Error()
	return msg == "could not adjust time on non-empty block" || msg == "pending block dirty"
}

// EthCall is a call message to to with data.
func EthCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// Senders returns the Sender of every account of the cast.
func (h *Harness) Senders() []*chain.Sender {
	out := []*chain.Sender{h.Regulator.S, h.Manufacturer.S, h.Manufacturer2.S, h.Distributor.S, h.Distributor2.S,
		h.Dispenser.S, h.Dispenser2.S, h.Suspended.S, h.Stranger.S}
	for _, k := range h.Keys {
		out = append(out, k.S)
	}
	return out
}

// Fork makes the block with hash parent the head, dropping the blocks after it, as a
// reorganisation does; the senders forget their nonces.
func (h *Harness) Fork(parent common.Hash) {
	h.TB.Helper()
	if err := h.settled(func() error { return h.Backend.Fork(parent) }); err != nil {
		h.TB.Fatal(err)
	}
	// The pool puts the dropped blocks' transactions back; drop them too, as if they had been
	// replaced by others on the new branch. Rollback waits for the pool to settle first.
	h.Backend.Rollback()
	for _, s := range h.Senders() {
		s.Reset()
	}
}

// Head returns the chain's head block header.
func (h *Harness) Head() *types.Header {
	h.TB.Helper()
	head, err := h.Client.HeaderByNumber(h.Ctx, nil)
	if err != nil {
		h.TB.Fatal(err)
	}
	return head
}

// DeployBlock returns the block the contract was deployed in.
func (h *Harness) DeployBlock() uint64 { return h.deployBlock }
