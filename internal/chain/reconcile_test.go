package chain_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// crashWorld is a registrar over a simulated chain and a database in which registrations are
// left as a process killed at some step would leave them.
type crashWorld struct {
	t     *testing.T
	h     *chaintest.Harness
	pool  *pgxpool.Pool
	ctx   context.Context
	maker pedigree.Organisation
	r     *chain.Registrar
	// orphan stores as an instance that has died: what it stores is orphaned at once.
	// owned stores as an instance that lives through the test.
	orphan, owned *postgres.Batches
	today         uint16
	chainID       *big.Int
	product       pedigree.Product
}

func newCrashWorld(t *testing.T) *crashWorld {
	h := chaintest.New(t)
	pool := pgtest.NewPool(t)
	ctx := t.Context()
	maker, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Acme Pharma", GLN: "4012345000016", Role: pedigree.RoleManufacturer, Account: pedigree.Address(h.Manufacturer.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	live, err := postgres.JoinInstance(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(live.Close)
	w := &crashWorld{t: t, h: h, pool: pool, ctx: ctx, maker: maker, orphan: postgres.NewBatches(pool), owned: postgres.NewBatches(pool),
		product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}}
	w.owned.Instance = live
	now := time.Unix(int64(h.Head().Time), 0).UTC()
	w.today = uint16(now.Unix() / 86400)
	w.r = chain.NewRegistrar(h.C, chain.NewSenders(h.Manufacturer.S), w.owned, func() time.Time { return now }, slog.New(slog.DiscardHandler))
	if w.chainID, err = h.Client.ChainID(ctx); err != nil {
		t.Fatal(err)
	}
	return w
}

// registration returns the registration of lot with serials as Register would store it, and
// its mint's call.
func (w *crashWorld) registration(lot string, serials []string, request string) (pedigree.Registration, chain.NewBatch) {
	w.t.Helper()
	tree, err := merkle.New(serials)
	if err != nil {
		w.t.Fatal(err)
	}
	master, err := chain.MasterDataHash(w.product)
	if err != nil {
		w.t.Fatal(err)
	}
	gtin := uint64(9506000134352)
	reg := pedigree.Registration{
		BatchDetails: pedigree.BatchDetails{
			ID: pedigree.TokenIDFromBig(chain.BatchID(gtin, lot)), GTIN: "09506000134352", Lot: lot, Product: w.product,
			MasterDataHash: pedigree.Hash(master), SerialsRoot: pedigree.Hash(tree.Root()), Quantity: len(serials),
			OrganisationID: w.maker.ID, Status: pedigree.RegistrationPending,
		},
		Manufacturer: w.maker.Account, Request: request,
	}
	return reg, chain.NewBatch{GTIN: gtin, Lot: lot, ExpiryDay: w.today + 365, Quantity: uint32(len(serials)),
		IndexRoot: tree.IndexRoot(), SortedRoot: tree.SortedRoot(), MasterDataHash: master}
}

// store stores reg in s, as step 1 of a registration does.
func (w *crashWorld) store(s *postgres.Batches, reg pedigree.Registration, serials []string) {
	w.t.Helper()
	if err := s.Begin(w.ctx, reg, serials); err != nil {
		w.t.Fatal(err)
	}
}

// sign signs a transaction of the manufacturer calling the contract with data at nonce, with
// gas enough that no estimate is needed (so a mint that will revert can be signed).
func (w *crashWorld) sign(nonce uint64, to common.Address, data []byte) *types.Transaction {
	w.t.Helper()
	head := w.h.Head()
	tip := big.NewInt(1_000_000_000)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: w.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 3_000_000, To: &to, Data: data,
	}), types.LatestSignerForChainID(w.chainID), w.h.Manufacturer.Key)
	if err != nil {
		w.t.Fatal(err)
	}
	return tx
}

// mint signs reg's mint of call at the manufacturer's next nonce and records it in s, as step
// 2 of a registration does before it sends it.
func (w *crashWorld) mint(s *postgres.Batches, reg *pedigree.Registration, call chain.NewBatch) *types.Transaction {
	w.t.Helper()
	tx := w.sign(w.nonce(), w.h.C.Address, w.h.C.PackRegisterBatch(call))
	raw, err := tx.MarshalBinary()
	if err != nil {
		w.t.Fatal(err)
	}
	hash := pedigree.Hash(tx.Hash())
	if ok, err := s.RecordMint(w.ctx, reg.ID, raw, hash, nil); err != nil || !ok {
		w.t.Fatalf("record mint: %v %v", ok, err)
	}
	reg.Mint, reg.TxHash = raw, &hash
	return tx
}

func (w *crashWorld) nonce() uint64 {
	w.t.Helper()
	n, err := w.h.Client.PendingNonceAt(w.ctx, w.h.Manufacturer.Addr)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// send sends tx to the node, which mines it at once.
func (w *crashWorld) send(tx *types.Transaction) {
	w.t.Helper()
	if err := w.h.Client.SendTransaction(w.ctx, tx); err != nil {
		w.t.Fatal(err)
	}
}

// stored returns the stored registration of lot, and whether there is one; serials says how
// many serials it has.
func (w *crashWorld) stored(lot string) (reg pedigree.Registration, found bool, serials int) {
	w.t.Helper()
	id := pedigree.TokenIDFromBig(chain.BatchID(9506000134352, lot))
	reg, err := w.orphan.Load(w.ctx, id)
	if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
		found = false
	} else if err != nil {
		w.t.Fatal(err)
	} else {
		found = true
	}
	if s, err := w.orphan.Serials(w.ctx, id); err == nil {
		serials = len(s)
	}
	return reg, found, serials
}

// onChain returns the serials root of lot's batch on chain, zero when there is none.
func (w *crashWorld) onChain(lot string) common.Hash {
	b, err := w.h.C.Batch(w.ctx, chain.BatchID(9506000134352, lot))
	if chain.IsRevert(err, "PedigreeUnknownBatch") {
		return common.Hash{}
	}
	if err != nil {
		w.t.Fatal(err)
	}
	return b.SerialsRoot
}

// TestReconcile leaves a registration in each state a crash can leave it in and runs the
// reconciler: each is finished or undone by the rule for its state, and a registration an
// instance still works on is left to it.
func TestReconcile(t *testing.T) {
	w := newCrashWorld(t)
	tt := t
	w.r.Wait = 2 * time.Second
	// want: "confirmed" (with the mint want is tx's, when tx is set), "undone" (no row, no
	// serials, nothing on chain but what the case put there), or "pending" (left as it was).
	for i, tc := range []struct {
		name string
		// prepare leaves lot's registration as a crash would, and returns the transaction that
		// minted the batch, when the case knows it.
		prepare func(lot string) *types.Transaction
		want    string
		// nonces is how many transactions of the manufacturer the reconciler adds to the chain.
		nonces uint64
	}{
		{"StoredOrphaned", func(lot string) *types.Transaction {
			reg, _ := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			return nil
		}, "undone", 0},
		{"StoredByALiveInstance", func(lot string) *types.Transaction {
			reg, _ := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.owned, reg, chaintest.Serials(lot, 5))
			return nil
		}, "pending", 0},
		{"StoredByALiveInstanceStale", func(lot string) *types.Transaction {
			reg, _ := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.owned, reg, chaintest.Serials(lot, 5))
			if _, err := pgxExec(w, `UPDATE batch_details SET updated_at = now() - interval '1 hour' WHERE lot = $1`, lot); err != nil {
				w.t.Fatal(err)
			}
			return nil
		}, "undone", 0},
		{"StoredMintedAnotherWay", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			tx := w.sign(w.nonce(), w.h.C.Address, w.h.C.PackRegisterBatch(call))
			w.send(tx)
			return tx
		}, "confirmed", 0},
		{"SentMined", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			tx := w.mint(w.orphan, &reg, call)
			w.send(tx)
			return tx
		}, "confirmed", 0},
		{"SentMinedReverted", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			call.ExpiryDay = w.today - 2 // PedigreeInvalidExpiry
			w.send(w.mint(w.orphan, &reg, call))
			return nil
		}, "undone", 0},
		{"SentBatchOnChainWithOtherSerials", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			w.mint(w.orphan, &reg, call) // recorded, never sent; meanwhile another list is minted
			w.h.RegisterSerials(w.h.Manufacturer, 9506000134352, lot, chaintest.Serials("OTHER", 5))
			return nil
		}, "undone", 0},
		{"SentUnknownToTheNode", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			return w.mint(w.orphan, &reg, call) // recorded, never sent: sent now, once
		}, "confirmed", 1},
		{"SentDroppedNonceUsed", func(lot string) *types.Transaction {
			reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
			w.store(w.orphan, reg, chaintest.Serials(lot, 5))
			tx := w.mint(w.orphan, &reg, call)
			w.send(w.sign(tx.Nonce(), w.h.Manufacturer.Addr, nil)) // another transaction takes its nonce
			return nil
		}, "undone", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			defer func() { w.t = tt }()
			lot := fmt.Sprintf("RECONCILE-%d", i)
			minted := tc.prepare(lot)
			before := w.nonce()
			if err := w.r.Reconcile(w.ctx); err != nil {
				t.Fatal(err)
			}
			if got := w.nonce() - before; got != tc.nonces {
				t.Errorf("the reconciler sent %d transactions, want %d", got, tc.nonces)
			}
			reg, found, serials := w.stored(lot)
			switch tc.want {
			case "undone":
				if found || serials != 0 {
					t.Fatalf("registration %+v with %d serials left, want it undone", reg, serials)
				}
			case "pending":
				if !found || reg.Status != pedigree.RegistrationPending || serials != 5 {
					t.Fatalf("registration %+v with %d serials (found %v), want it left pending", reg, serials, found)
				}
			case "confirmed":
				if !found || reg.Status != pedigree.RegistrationConfirmed || reg.TxHash == nil || reg.Block == 0 || serials != 5 {
					t.Fatalf("registration %+v with %d serials (found %v), want it confirmed", reg, serials, found)
				}
				if minted != nil && common.Hash(*reg.TxHash) != minted.Hash() {
					t.Fatalf("confirmed with %s, want the mint %s", reg.TxHash, minted.Hash())
				}
				if w.onChain(lot) != common.Hash(reg.SerialsRoot) {
					t.Fatal("the batch on chain does not have the registration's serials")
				}
			}
		})
	}
	t.Run("SentInThePool", func(t *testing.T) {
		w.t = t
		defer func() { w.t = tt }()
		// In the node's pool, not mined: followed for Wait, then left for the next pass.
		lot := "POOL-1"
		reg, call := w.registration(lot, chaintest.Serials(lot, 5), "")
		w.store(w.orphan, reg, chaintest.Serials(lot, 5))
		tx := w.mint(w.orphan, &reg, call)
		if err := w.h.Backend.Client().SendTransaction(w.ctx, tx); err != nil { // no block yet
			t.Fatal(err)
		}
		w.r.Wait = 300 * time.Millisecond
		if err := w.r.Reconcile(w.ctx); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := w.stored(lot); got.Status != pedigree.RegistrationPending || !got.Sent() {
			t.Fatalf("a mint in the pool: %+v, want it left sent", got)
		}
		w.h.Backend.Commit()
		if err := w.r.Reconcile(w.ctx); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := w.stored(lot); got.Status != pedigree.RegistrationConfirmed || common.Hash(*got.TxHash) != tx.Hash() {
			t.Fatalf("the mint mined: %+v, want it confirmed", got)
		}
	})
}

// TestRegisterAfterCrash retries registrations a crash cut short: a retry under the same
// request name answers the registration's outcome, finishing it if need be and minting at
// most once; a retry without one registers the lot afresh once the stale registration is
// undone, and never waits on one whose instance lives.
func TestRegisterAfterCrash(t *testing.T) {
	w := newCrashWorld(t)
	batch := func(lot, request string, serials []string) pedigree.NewBatch {
		return pedigree.NewBatch{GTIN: "09506000134352", Lot: lot, Expiry: time.Unix(int64(w.today+365)*86400, 0).UTC(), Product: w.product, Serials: serials, Request: request}
	}
	register := func(t *testing.T, b pedigree.NewBatch, wantTxs uint64) pedigree.RegisteredBatch {
		t.Helper()
		w.t = t
		before := w.nonce()
		got, err := w.r.Register(w.ctx, w.maker, b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != pedigree.RegistrationConfirmed || got.Block == 0 {
			t.Fatalf("got %+v, want confirmed", got)
		}
		if n := w.nonce() - before; n != wantTxs {
			t.Fatalf("%d transactions sent, want %d", n, wantTxs)
		}
		if w.onChain(b.Lot) == (common.Hash{}) {
			t.Fatal("the batch is not on chain")
		}
		return got
	}

	t.Run("RetryOfStored", func(t *testing.T) {
		serials := chaintest.Serials("RS", 5)
		reg, _ := w.registration("RETRY-STORED", serials, "key-1")
		w.store(w.orphan, reg, serials)
		register(t, batch("RETRY-STORED", "key-1", serials), 1)
	})
	t.Run("RetryOfSent", func(t *testing.T) {
		serials := chaintest.Serials("RT", 5)
		reg, call := w.registration("RETRY-SENT", serials, "key-2")
		w.store(w.orphan, reg, serials)
		tx := w.mint(w.orphan, &reg, call) // recorded; the process died before sending it
		got := register(t, batch("RETRY-SENT", "key-2", serials), 1)
		if common.Hash(got.TxHash) != tx.Hash() {
			t.Fatalf("confirmed with %s, want the recorded mint %s", got.TxHash, tx.Hash())
		}
		// Once more: the outcome again, and nothing sent.
		if again := register(t, batch("RETRY-SENT", "key-2", serials), 0); again.TxHash != got.TxHash || again.Block != got.Block {
			t.Fatalf("second retry: %+v, want %+v", again, got)
		}
	})
	t.Run("RetryOfMinedGenerated", func(t *testing.T) {
		b := batch("RETRY-GEN", "key-3", nil)
		b.Quantity = 7
		first := register(t, b, 1)
		again := register(t, b, 0)
		if len(first.Serials) != 7 || !slices.Equal(first.Serials, again.Serials) || again.TxHash != first.TxHash {
			t.Fatalf("retry of a generated batch: %+v, want %+v", again, first)
		}
	})
	t.Run("WithoutKeyAfterCrash", func(t *testing.T) {
		reg, _ := w.registration("NO-KEY", chaintest.Serials("NK", 5), "")
		w.store(w.orphan, reg, chaintest.Serials("NK", 5))
		// Another serial list: the stale registration is undone, this one registered.
		register(t, batch("NO-KEY", "", chaintest.Serials("NEW", 6)), 1)
	})
	t.Run("AlreadyOnChainWithTheseSerials", func(t *testing.T) {
		serials := chaintest.Serials("OC", 5)
		_, call := w.registration("ON-CHAIN", serials, "")
		tx := w.sign(w.nonce(), w.h.C.Address, w.h.C.PackRegisterBatch(call))
		w.send(tx)
		got := register(t, batch("ON-CHAIN", "", serials), 0)
		if common.Hash(got.TxHash) != tx.Hash() {
			t.Fatalf("confirmed with %s, want the mint %s", got.TxHash, tx.Hash())
		}
	})
	t.Run("ErrInProgress", func(t *testing.T) {
		reg, _ := w.registration("BUSY", chaintest.Serials("BU", 5), "")
		w.store(w.owned, reg, chaintest.Serials("BU", 5)) // a live instance is registering it
		_, err := w.r.Register(w.ctx, w.maker, batch("BUSY", "", chaintest.Serials("BU", 5)))
		if pedigree.ErrorCode(err) != pedigree.ECONFLICT || !strings.Contains(pedigree.ErrorMessage(err), "already being registered") {
			t.Fatalf("got %v, want ECONFLICT: already being registered", err)
		}
	})
	t.Run("ErrOtherKey", func(t *testing.T) {
		serials := chaintest.Serials("OK", 5)
		register(t, batch("OTHER-KEY", "key-4", serials), 1)
		if _, err := w.r.Register(w.ctx, w.maker, batch("OTHER-KEY", "key-5", serials)); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("another request for a registered lot: %v, want ECONFLICT", err)
		}
	})
}

func pgxExec(w *crashWorld, sql string, args ...any) (int64, error) {
	tag, err := w.pool.Exec(w.ctx, sql, args...)
	return tag.RowsAffected(), err
}
