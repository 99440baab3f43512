package chain_test

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
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
)

// autoMine is the simulated backend's client, mining a block after every transaction, as the
// embedded dev chain does; it is the real chain, not a stand-in.
type autoMine struct {
	simulated.Client
	backend *simulated.Backend
}

func (a autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.backend.Commit()
	return nil
}

// account is a funded key with its own Sender.
type account struct {
	Addr common.Address
	Key  *ecdsa.PrivateKey
	S    *chain.Sender
}

// harness is a fresh simulated chain with pedigree deployed and a cast of participants.
type harness struct {
	tb      testing.TB
	ctx     context.Context
	backend *simulated.Backend
	client  autoMine
	C       *chain.Contract

	Regulator, Manufacturer, Manufacturer2, Distributor, Distributor2 account
	Dispenser, Dispenser2, Suspended, Stranger                        account
}

// GLNs with valid check digits, one per participant.
const (
	glnRegulator     uint64 = 4012345000009
	glnManufacturer  uint64 = 4012345000016
	glnManufacturer2 uint64 = 4012345000023
	glnDistributor   uint64 = 4012345000030
	glnDistributor2  uint64 = 4012345000047
	glnDispenser     uint64 = 4012345000054
	glnDispenser2    uint64 = 4012345000061
	glnSuspended     uint64 = 4012345000078
)

func newHarness(tb testing.TB) *harness {
	tb.Helper()
	keys := make([]*ecdsa.PrivateKey, 9)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatal(err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	backend := simulated.NewBackend(alloc, devchain.SimulatedOsaka())
	tb.Cleanup(func() { backend.Close() })
	h := &harness{tb: tb, ctx: context.Background(), backend: backend, client: autoMine{backend.Client(), backend}}
	chainID, err := h.client.ChainID(h.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	acct := func(k *ecdsa.PrivateKey) account {
		addr, sign := chain.KeySigner(k, chainID)
		return account{Addr: addr, Key: k, S: chain.NewSender(h.client, addr, sign)}
	}
	h.Regulator, h.Manufacturer, h.Manufacturer2 = acct(keys[0]), acct(keys[1]), acct(keys[2])
	h.Distributor, h.Distributor2 = acct(keys[3]), acct(keys[4])
	h.Dispenser, h.Dispenser2, h.Suspended, h.Stranger = acct(keys[5]), acct(keys[6]), acct(keys[7]), acct(keys[8])

	addr, _, err := chain.Deploy(h.ctx, h.Regulator.S, glnRegulator)
	if err != nil {
		tb.Fatal(err)
	}
	h.C = chain.NewContract(h.client, addr)
	for _, p := range []struct {
		a    account
		role chain.Role
		gln  uint64
	}{
		{h.Manufacturer, chain.RoleManufacturer, glnManufacturer},
		{h.Manufacturer2, chain.RoleManufacturer, glnManufacturer2},
		{h.Distributor, chain.RoleDistributor, glnDistributor},
		{h.Distributor2, chain.RoleDistributor, glnDistributor2},
		{h.Dispenser, chain.RoleDispenser, glnDispenser},
		{h.Dispenser2, chain.RoleDispenser, glnDispenser2},
		{h.Suspended, chain.RoleDistributor, glnSuspended},
	} {
		h.ok(h.C.RegisterParticipant(h.ctx, h.Regulator.S, p.a.Addr, p.role, p.gln))
	}
	h.ok(h.C.SuspendParticipant(h.ctx, h.Regulator.S, h.Suspended.Addr))
	return h
}

// ok fails the test unless a transaction succeeded.
func (h *harness) ok(receipt *types.Receipt, err error) *types.Receipt {
	h.tb.Helper()
	if err != nil {
		h.tb.Fatalf("transaction failed: %v", err)
	}
	return receipt
}

// reverts fails the test unless err is a revert with the custom error name.
func reverts(tb testing.TB, err error, name string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("transaction succeeded, want revert %s", name)
	}
	if !chain.IsRevert(err, name) {
		tb.Fatalf("got error %v, want revert %s", err, name)
	}
}

// testBatch is a registered batch with its serials and tree.
type testBatch struct {
	ID      *big.Int
	Serials []string
	Tree    *merkle.Tree
}

// serials returns n distinct serials.
func serials(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%08d", prefix, i)
	}
	return out
}

// today returns the chain's current day number.
func (h *harness) today() uint16 {
	h.tb.Helper()
	head, err := h.client.HeaderByNumber(h.ctx, nil)
	if err != nil {
		h.tb.Fatal(err)
	}
	return uint16(head.Time / 86400)
}

// register registers a batch of n packs as the manufacturer.
func (h *harness) register(gtin uint64, lot string, n int) testBatch {
	h.tb.Helper()
	ss := serials(lot+"-", n)
	tree, err := merkle.New(ss)
	if err != nil {
		h.tb.Fatal(err)
	}
	h.ok(h.C.RegisterBatch(h.ctx, h.Manufacturer.S, chain.NewBatch{
		GTIN: gtin, Lot: lot, ExpiryDay: h.today() + 365, Quantity: uint32(n),
		SerialsRoot: tree.Root(), MasterDataHash: crypto.Keccak256Hash([]byte("master data")),
	}))
	return testBatch{ID: chain.BatchID(gtin, lot), Serials: ss, Tree: tree}
}

// proof returns pack index's serial hash and proof.
func (b testBatch) proof(tb testing.TB, index int) (common.Hash, []common.Hash) {
	tb.Helper()
	p, err := b.Tree.Proof(index)
	if err != nil {
		tb.Fatal(err)
	}
	return merkle.SerialHash(b.Serials[index]), p
}

// multi returns the multiproof for indexes.
func (b testBatch) multi(tb testing.TB, indexes ...int) chain.PackProof {
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

// handOff ships tokenID from one account to another and accepts it.
func (h *harness) handOff(tokenID *big.Int, from, to account) {
	h.tb.Helper()
	h.ok(h.C.Ship(h.ctx, from.S, tokenID, to.Addr))
	h.ok(h.C.Accept(h.ctx, to.S, tokenID))
}

// owner returns the holder of tokenID.
func (h *harness) owner(tokenID *big.Int) common.Address {
	h.tb.Helper()
	o, err := h.C.OwnerOf(h.ctx, tokenID)
	if err != nil {
		h.tb.Fatal(err)
	}
	return o
}

// advance moves the chain's clock forward by d (an empty block with a later timestamp).
func (h *harness) advance(d time.Duration) {
	h.tb.Helper()
	if err := h.backend.AdjustTime(d); err != nil {
		h.tb.Fatal(err)
	}
}

func ethCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
