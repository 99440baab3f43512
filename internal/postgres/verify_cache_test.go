package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestVerifyFollowsTheProjection keeps one Verifier, whose memory holds the batch after its
// first answer, while the chain changes the pack: a block indexed by another instance (an
// indexer that does not tell this Verifier), a block indexed by one that does, a rollback of
// the projection, and an organisation renamed. Each answer after a change shows it, and names
// a block at or after the change's.
func TestVerifyFollowsTheProjection(t *testing.T) {
	w := worldtest.New(t)
	ctx := context.Background()
	v := postgres.NewVerifier(w.Pool, func() time.Time { return w.Now })
	verify := func(t *testing.T, index int, scanner *pedigree.Organisation) pedigree.Verification {
		t.Helper()
		got, err := v.Verify(ctx, pedigree.VerifyRequest{Code: w.Code(index), Scanner: scanner, Source: "test"})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	projection := postgres.NewProjection(w.Pool)
	index := func(t *testing.T, applied func(context.Context, pedigree.BlockRef) error) pedigree.BlockRef {
		t.Helper()
		ix := indexer.New(w.H.Client, projection, indexer.Config{Contract: w.H.C.Address, DeployBlock: w.H.DeployBlock(), Applied: applied})
		cursor, err := ix.Sync(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return cursor
	}
	dispense := func(t *testing.T, i int, state pedigree.PackState) uint64 {
		t.Helper()
		proof, err := w.Batch.Tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		r, err := w.H.C.SetPackState(ctx, w.H.Dispenser.S, chain.SplitTokenID(w.Batch.ID, 48), uint32(i), merkle.SerialHash(w.Batch.Serials[i]), state, proof)
		if err != nil {
			t.Fatal(err)
		}
		return r.BlockNumber.Uint64()
	}

	first := verify(t, 52, &w.Dispenser)
	if first.Verdict != pedigree.VerdictAuthentic {
		t.Fatalf("before: %s", first.Verdict)
	}
	var fork pedigree.BlockRef
	t.Run("IndexedElsewhere", func(t *testing.T) {
		fork = index(t, nil)
		block := dispense(t, 52, pedigree.PackSupplied)
		index(t, nil) // another instance's indexer: this Verifier learns of it from the cursor
		got := verify(t, 52, &w.Dispenser)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned || got.Evidence.Block < block {
			t.Fatalf("after the dispense in block %d: %s as of block %d", block, got.Verdict, got.Evidence.Block)
		}
		if other := verify(t, 53, &w.Dispenser); other.Verdict != pedigree.VerdictAuthentic || other.Evidence.Block < block {
			t.Fatalf("another pack: %s as of block %d", other.Verdict, other.Evidence.Block)
		}
	})
	t.Run("IndexedHere", func(t *testing.T) {
		verify(t, 54, &w.Dispenser) // in memory
		block := dispense(t, 54, pedigree.PackDestroyed)
		index(t, func(ctx context.Context, _ pedigree.BlockRef) error { return v.Follow(ctx) })
		if got := verify(t, 54, &w.Dispenser); got.Pack.State != pedigree.PackDestroyed || got.Evidence.Block < block {
			t.Fatalf("after the destruction in block %d: %s as of block %d", block, got.Pack.State, got.Evidence.Block)
		}
	})
	t.Run("RolledBack", func(t *testing.T) {
		// A reorganisation rolls the projection back past both changes: the packs are active
		// again, as of the fork.
		if err := projection.Rollback(ctx, fork); err != nil {
			t.Fatal(err)
		}
		for _, i := range []int{52, 54} {
			if got := verify(t, i, &w.Dispenser); got.Pack.State != pedigree.PackActive || got.Evidence.Block != fork.Number || got.Evidence.BlockHash != fork.Hash {
				t.Fatalf("pack %d after the rollback to block %d: %s as of block %d", i, fork.Number, got.Pack.State, got.Evidence.Block)
			}
		}
		index(t, nil)
		if got := verify(t, 52, &w.Dispenser); got.Pack.State != pedigree.PackSupplied {
			t.Fatalf("pack 52 indexed again: %s", got.Pack.State)
		}
	})
	t.Run("OrganisationRenamed", func(t *testing.T) {
		if _, err := w.Pool.Exec(ctx, `UPDATE organisations SET name = 'Corner Pharmacy Ltd' WHERE id = $1`, w.Dispenser.ID); err != nil {
			t.Fatal(err)
		}
		if got := verify(t, 53, &w.Dispenser); got.Custodian == nil || got.Custodian.Name != "Corner Pharmacy Ltd" {
			t.Fatalf("custodian %+v, want the new name", got.Custodian)
		}
	})
}
