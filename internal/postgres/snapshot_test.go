package postgres_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestVerifyOneSnapshot verifies packs in a loop while they are dispensed and indexed: every
// answer is as of one block, so a pack shows active exactly when its dispense is after the
// answer's block, and dispensed exactly when it is at or before it. (The interleaving is not
// forced: pgx parses a batch's statements before it runs any, so a lock cannot stop it half
// way; the loop makes a torn read likely if the reads were not one repeatable-read snapshot.)
func TestVerifyOneSnapshot(t *testing.T) {
	w := worldtest.New(t)
	w.Serve(t, slog.New(slog.DiscardHandler)) // the indexer follows the chain
	h := w.H
	caseToken := chain.SplitTokenID(w.Batch.ID, 48)
	packs := []int{52, 53, 54, 55, 56, 57, 58, 59}

	var mu sync.Mutex
	dispensedIn := map[int]uint64{} // pack -> the block of its dispense, once mined
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }() // also when the test stops early
	answers := 0
	verifier := postgres.NewVerifier(w.Pool, func() time.Time { return w.Now })
	for range 2 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				p := packs[i%len(packs)]
				got, err := verifier.Verify(ctx, pedigree.VerifyRequest{Code: w.Code(p), Scanner: &w.Dispenser, Source: "test"})
				if err != nil {
					if ctx.Err() == nil {
						t.Errorf("verify pack %d: %v", p, err)
					}
					return
				}
				mu.Lock()
				block, done := dispensedIn[p]
				answers++
				mu.Unlock()
				asOf := got.Evidence.Block
				switch got.Pack.State {
				case pedigree.PackActive:
					if done && block <= asOf {
						t.Errorf("pack %d: active as of block %d, but dispensed in block %d", p, asOf, block)
					}
				case pedigree.PackSupplied:
					// Its receipt may not be recorded here yet; when it is, it must be no later.
					if done && block > asOf {
						t.Errorf("pack %d: dispensed as of block %d, but its dispense is in block %d", p, asOf, block)
					}
				default:
					t.Errorf("pack %d: state %s", p, got.Pack.State)
				}
			}
		})
	}
	// Verifications before, during and after each block: each dispense waits for a few more
	// answers, however slow the machine.
	answered := func(n int) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			mu.Lock()
			got := answers
			mu.Unlock()
			if got >= n {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("only %d answers in 20 s, want %d", got, n)
			}
		}
	}
	for i, p := range packs {
		answered(4 * (i + 1))
		hash, proof := w.Batch.Proof(t, p)
		receipt := h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, uint32(p), hash, pedigree.PackSupplied, proof))
		mu.Lock()
		dispensedIn[p] = receipt.BlockNumber.Uint64()
		mu.Unlock()
	}
	w.Synced(t)
	answered(4*len(packs) + 4)
	cancel()
	wg.Wait()
	t.Logf("%d answers while %d packs were dispensed", answers, len(packs))
	if answers < 4*len(packs) {
		t.Fatalf("only %d answers for %d dispenses: too few to interleave", answers, len(packs))
	}
}
