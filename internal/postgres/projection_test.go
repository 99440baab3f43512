package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestProjectionCursor(t *testing.T) {
	ctx := context.Background()
	p := postgres.NewProjection(pgtest.NewPool(t))
	start := pedigree.ProjectionState{ChainID: 1337, Contract: pedigree.Address{1}, DeployBlock: 5, Cursor: pedigree.BlockRef{Number: 4, Hash: pedigree.Hash{4}}}

	t.Run("ErrNotStarted", func(t *testing.T) {
		if _, err := p.State(ctx); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Fatalf("got %v, want not found", err)
		}
	})
	t.Run("Init", func(t *testing.T) {
		if err := p.Init(ctx, start); err != nil {
			t.Fatal(err)
		}
		if err := p.Init(ctx, start); err != nil {
			t.Fatalf("second Init: %v", err)
		}
		other := start
		other.Contract = pedigree.Address{2}
		if err := p.Init(ctx, other); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("Init for another contract: got %v, want conflict", err)
		}
	})
	reg := pedigree.ParticipantRegistered{
		EventMeta: pedigree.EventMeta{Block: 6, BlockHash: pedigree.Hash{6}, TxHash: pedigree.Hash{0x66}, Time: time.Unix(1_800_000_000, 0).UTC()},
		Account:   pedigree.Address{9}, Role: pedigree.RoleDispenser, GLN: "4012345000054", Number: 2, By: pedigree.Address{1},
	}
	next := pedigree.BlockRange{Cursor: start.Cursor, To: pedigree.BlockRef{Number: 7, Hash: pedigree.Hash{7}},
		Blocks: []pedigree.BlockRef{{Number: 6, Hash: pedigree.Hash{6}}}, Events: []pedigree.Event{reg}}

	t.Run("Apply", func(t *testing.T) {
		if err := p.Apply(ctx, next); err != nil {
			t.Fatal(err)
		}
		st, err := p.State(ctx)
		if err != nil || st.Cursor != next.To {
			t.Fatalf("cursor %+v (%v), want %+v", st.Cursor, err, next.To)
		}
	})
	t.Run("ErrSameRangeTwice", func(t *testing.T) {
		if err := p.Apply(ctx, next); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("got %v, want conflict", err)
		}
	})
	t.Run("ErrStaleCursor", func(t *testing.T) {
		stale := next
		stale.Cursor = pedigree.BlockRef{Number: 7, Hash: pedigree.Hash{0xee}} // the right height, another branch
		stale.To = pedigree.BlockRef{Number: 8, Hash: pedigree.Hash{8}}
		stale.Events = nil
		if err := p.Apply(ctx, stale); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("got %v, want conflict", err)
		}
		if st, _ := p.State(ctx); st.Cursor != next.To {
			t.Fatalf("cursor moved to %+v", st.Cursor)
		}
	})
	t.Run("Rollback", func(t *testing.T) {
		if err := p.Rollback(ctx, start.Cursor); err != nil {
			t.Fatal(err)
		}
		blocks, err := p.IndexedBlocks(ctx, 100, 10)
		if err != nil || len(blocks) != 0 {
			t.Fatalf("indexed blocks after rollback: %v %v", blocks, err)
		}
		if err := p.Apply(ctx, next); err != nil {
			t.Fatalf("apply after rollback: %v", err)
		}
	})
}
