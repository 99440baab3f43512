package chain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestSenderConcurrent sends from 50 goroutines through one Sender on the embedded node (a
// block per transaction, as `pedigree dev` runs it): every transaction is mined, each with its
// own nonce, and none fails with "nonce too low".
func TestSenderConcurrent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	regulator, _ := crypto.GenerateKey()
	funds := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
	node, err := devchain.Start(ctx, devchain.Config{
		DataDir: t.TempDir(),
		Alloc: types.GenesisAlloc{
			crypto.PubkeyToAddress(key.PublicKey):       {Balance: funds},
			crypto.PubkeyToAddress(regulator.PublicKey): {Balance: funds},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	client := node.Client()
	chainID := node.ChainID()

	regAddr, regSign := chain.KeySigner(regulator, chainID)
	regSender := chain.NewSender(client, regAddr, regSign)
	addr, _, err := chain.Deploy(ctx, regSender, chaintest.GLNRegulator)
	if err != nil {
		t.Fatal(err)
	}
	c := chain.NewContract(client, addr)

	from, sign := chain.KeySigner(key, chainID)
	s := chain.NewSender(client, from, sign)
	const n = 50
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Reads that revert are decoded too: a non-participant cannot register anyone.
			if i%10 == 0 {
				_, err := c.RegisterParticipant(ctx, s, common.Address{byte(i + 1)}, pedigree.RoleDispenser, chaintest.GLNDispenser)
				if !chain.IsRevert(err, "PedigreeNotParticipant") {
					errs[i] = err
				}
				return
			}
			to := common.Address{0xee, byte(i)}
			receipts[i], errs[i] = s.Transact(ctx, &to, nil)
		}()
	}
	wg.Wait()

	nonces := map[uint64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Errorf("goroutine %d: %v", i, errs[i])
			continue
		}
		if receipts[i] == nil {
			continue
		}
		tx, _, err := client.TransactionByHash(ctx, receipts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Errorf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()] = true
	}
	if got, want := len(nonces), n-n/10; got != want {
		t.Errorf("mined %d transactions, want %d", got, want)
	}
	final, err := client.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if final != uint64(n-n/10) {
		t.Errorf("account nonce %d, want %d: a revert consumed a nonce or a send was lost", final, n-n/10)
	}
}

// TestSenderRevertOnceMined shows a transaction that passed its estimate but reverted when
// mined still comes back as a named error, with its hash.
func TestSenderRevertOnceMined(t *testing.T) {
	h := chaintest.New(t)
	b := h.Register(gtinA, "RACE", 4)
	// Two shipments of the same token sent before either is mined: both pass estimation on the
	// same state, the second reverts in its block. This sender does not mine by itself.
	backend := h.Backend
	chainID, _ := backend.Client().ChainID(h.Ctx)
	addr, sign := chain.KeySigner(h.Manufacturer.Key, chainID)
	s := chain.NewSender(backend.Client(), addr, sign)
	first, err := s.Send(h.Ctx, &h.C.Address, h.C.Binding().PackShip(b.ID, h.Distributor.Addr))
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.Send(h.Ctx, &h.C.Address, h.C.Binding().PackShip(b.ID, h.Distributor2.Addr))
	if err != nil {
		t.Fatal(err)
	}
	backend.Commit()
	if _, err := s.Wait(h.Ctx, first); err != nil {
		t.Fatal(err)
	}
	receipt, err := s.Wait(h.Ctx, second)
	chaintest.Reverts(t, err, "PedigreeShipmentPending")
	if receipt == nil || receipt.Status != types.ReceiptStatusFailed {
		t.Fatalf("receipt: %+v", receipt)
	}
}
