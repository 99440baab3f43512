package devchain_test

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestDirect reads logs and headers from the node directly and over its JSON-RPC client: the
// answers are the same, not-found included.
func TestDirect(t *testing.T) {
	key, other := newKey(t), newKey(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := startChain(t, devchain.Config{DataDir: t.TempDir(), Alloc: types.GenesisAlloc{from: {Balance: new(big.Int).Mul(oneEther, big.NewInt(100))}}})
	ctx := testContext(t)
	addr, sign := chain.KeySigner(key, c.ChainID())
	s := chain.NewSender(c.Client(), addr, sign)
	contract, receipt, err := chain.Deploy(ctx, s, 4012345000009)
	if err != nil {
		t.Fatal(err)
	}
	pc := chain.NewContract(c.Client(), contract)
	for i, gln := range []uint64{4012345000030, 4012345000047} {
		to := crypto.PubkeyToAddress(other.PublicKey)
		if i == 1 {
			to = common.Address{0x01}
		}
		if _, err := pc.RegisterParticipant(ctx, s, to, pedigree.RoleDistributor, gln); err != nil {
			t.Fatal(err)
		}
	}
	d := c.Direct()
	if err := d.WaitLogIndex(ctx); err != nil {
		t.Fatalf("wait for the log index: %v", err)
	}
	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deploy := receipt.BlockNumber.Uint64()
	blockHash := receipt.BlockHash
	for _, q := range []ethereum.FilterQuery{
		{FromBlock: big.NewInt(int64(deploy)), ToBlock: big.NewInt(int64(head)), Addresses: []common.Address{contract}},
		{FromBlock: big.NewInt(0), ToBlock: big.NewInt(int64(head)), Addresses: []common.Address{contract}, Topics: [][]common.Hash{chain.EventTopics()}},
		{FromBlock: big.NewInt(int64(head)), Addresses: []common.Address{contract}},
		{BlockHash: &blockHash},
		{FromBlock: big.NewInt(int64(head)), ToBlock: big.NewInt(int64(deploy))},
	} {
		want, wantErr := c.Client().FilterLogs(ctx, q)
		got, err := d.FilterLogs(ctx, q)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%+v: direct error %v, over JSON-RPC %v", q, err, wantErr)
		}
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%+v: direct\n%+v\nover JSON-RPC\n%+v", q, got, want)
		}
	}
	for _, n := range []*big.Int{nil, big.NewInt(0), big.NewInt(int64(deploy)), big.NewInt(int64(head)), big.NewInt(int64(head + 5))} {
		want, wantErr := c.Client().HeaderByNumber(ctx, n)
		got, err := d.HeaderByNumber(ctx, n)
		if errors.Is(wantErr, ethereum.NotFound) != errors.Is(err, ethereum.NotFound) || (wantErr == nil) != (err == nil) {
			t.Fatalf("header %v: direct error %v, over JSON-RPC %v", n, err, wantErr)
		}
		if err == nil && got.Hash() != want.Hash() {
			t.Fatalf("header %v: direct %s, over JSON-RPC %s", n, got.Hash(), want.Hash())
		}
	}
}
