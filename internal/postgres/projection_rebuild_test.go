package postgres_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestRebuildUnderLoad rebuilds the projection beside the live one and swaps it in while
// verifications run in a loop and the service's indexer follows a chain that grows: every
// answer is the one given before the rebuild, with no error; the swap waits for nothing but the
// live indexer, which carries on after it; and the projection equals a fresh reindex.
func TestRebuildUnderLoad(t *testing.T) {
	w := worldtest.New(t)
	w.Serve(t, slog.New(slog.DiscardHandler)) // the live indexer follows the chain
	h := w.H
	ctx := context.Background()
	verifier := postgres.NewVerifier(w.Pool, func() time.Time { return w.Now })

	// Anonymous verifications, whose verdicts the scan log never changes: packs with the
	// distributor (NOT_RELEASED), at the pharmacy (AUTHENTIC), supplied (SUPPLIED), recalled,
	// a serial the batch lacks, a GTIN with no batch. Packs 56 to 63 are dispensed meanwhile.
	var codes []pedigree.PackCode
	for _, p := range []int{0, 33, 48, 49, 50, 51, 55} {
		codes = append(codes, w.Code(p))
	}
	recalled, fake, unknown := w.Code(0), w.Code(0), w.Code(0)
	recalled.Lot, recalled.Serial = "RECALLED", w.Recalled.Serials[1]
	fake.Serial = "NOT-A-SERIAL"
	unknown.GTIN = "09506000134369"
	codes = append(codes, recalled, fake, unknown)
	answer := func(ctx context.Context, c pedigree.PackCode) (string, error) {
		v, err := verifier.Verify(ctx, pedigree.VerifyRequest{Code: c, Source: "test"})
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s pack %d %s, %d custody events", v.Verdict, v.Pack.Index, v.Pack.State, len(v.Provenance)), nil
	}
	want := make([]string, len(codes))
	verdicts := map[pedigree.Verdict]bool{}
	for i, c := range codes {
		var err error
		if want[i], err = answer(ctx, c); err != nil {
			t.Fatal(err)
		}
		verdicts[pedigree.Verdict(strings.Fields(want[i])[0])] = true
	}
	if len(verdicts) < 6 {
		t.Fatalf("the codes give only the verdicts %v", verdicts)
	}

	var answers, slowest atomic.Int64
	loop, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stop(); wg.Wait() }()
	for g := range 8 {
		wg.Go(func() {
			for i := g; loop.Err() == nil; i++ {
				c := i % len(codes)
				began := time.Now()
				got, err := answer(loop, codes[c])
				if loop.Err() != nil {
					return
				}
				if err != nil {
					t.Errorf("verify %s: %v", codes[c].Serial, err)
					return
				}
				if got != want[c] {
					t.Errorf("verify %s: got %q, want %q", codes[c].Serial, got, want[c])
				}
				answers.Add(1)
				if d := int64(time.Since(began)); d > slowest.Load() {
					slowest.Store(d)
				}
			}
		})
	}
	caseToken := chain.SplitTokenID(w.Batch.ID, 48)
	dispensed := 55
	dispense := func() uint64 {
		dispensed++
		hash, proof := w.Batch.Proof(t, dispensed)
		r := h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, uint32(dispensed), hash, pedigree.PackSupplied, proof))
		return r.BlockNumber.Uint64()
	}
	dispense()
	w.Synced(t)

	// The live projection went wrong where no verification looks: a participant the chain never
	// registered, a recall's time off by a day. The rebuild repairs it.
	if _, err := w.Pool.Exec(ctx, `
		INSERT INTO participants (account, number, role, gln, suspended, registered_by, changed_at, block_number, log_index)
		SELECT '\x00000000000000000000000000000000000000ee', 99, 'dispenser', '4012345000078', false, registered_by, changed_at, block_number, 99
		FROM participants LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Pool.Exec(ctx, `UPDATE recalls SET time = time - interval '1 day'`); err != nil {
		t.Fatal(err)
	}

	rebuild, err := postgres.NewRebuild(ctx, w.Pool)
	if err != nil {
		t.Fatal(err)
	}
	defer rebuild.Close()
	t.Run("ErrSecondRebuild", func(t *testing.T) {
		if _, err := postgres.NewRebuild(ctx, w.Pool); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("got %v, want conflict", err)
		}
	})
	ix := indexer.New(h.Client, rebuild, indexer.Config{Contract: h.C.Address, DeployBlock: h.DeployBlock(), MaxRange: 4})
	built, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dispense()
	w.Synced(t)

	// The live indexer moves ahead of the rebuilt projection three times: before the swap,
	// which catches up; during the first catch-up, so the swap's transaction catches up again;
	// and inside that transaction, where the live indexer waits at its cursor until the swap
	// commits a projection past its block.
	calls, waited := 0, false
	began := time.Now()
	swapped, err := rebuild.Swap(ctx, func(ctx context.Context, live pedigree.BlockRef) error {
		calls++
		switch calls {
		case 1:
			if live.Number <= built.Number {
				t.Errorf("first catch-up to %d, but the rebuilt projection is at %d", live.Number, built.Number)
			}
			dispense()
			w.Synced(t)
			return nil // left to the transaction
		case 2:
			dispense()
			waited = waitForLock(t, w.Pool, "indexer_state")
		}
		_, err := ix.Sync(ctx)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rebuilt to block %d, swapped in at %d (live at %d) in %s: %d rows deleted, %d inserted, the live indexer paused %s",
		built.Number, swapped.New.Number, swapped.Live.Number, time.Since(began).Round(time.Millisecond),
		swapped.Deleted, swapped.Inserted, swapped.Paused.Round(time.Millisecond))
	if swapped.Deleted < 2 || swapped.Inserted < 3 {
		t.Fatalf("the swap deleted %d rows and inserted %d: it did not repair the live projection", swapped.Deleted, swapped.Inserted)
	}
	if calls != 2 || !waited || swapped.New.Number != swapped.Live.Number+1 {
		t.Fatalf("catch-ups %d, live indexer waited %t, swapped in at %d with the live one at %d: not the race this test sets up",
			calls, waited, swapped.New.Number, swapped.Live.Number)
	}

	// The live indexer carries on, and the blocks it indexes next are verified.
	w.Synced(t)
	block := dispense()
	w.Synced(t)
	v, err := verifier.Verify(ctx, pedigree.VerifyRequest{Code: w.Code(dispensed), Source: "test"})
	if err != nil || v.Pack.State != pedigree.PackSupplied || v.Evidence.Block < block {
		t.Fatalf("pack %d dispensed in block %d after the swap: %s as of block %d (%v)", dispensed, block, v.Pack.State, v.Evidence.Block, err)
	}
	time.Sleep(50 * time.Millisecond)
	stop()
	wg.Wait()
	t.Logf("%d answers, none changed; the slowest took %s", answers.Load(), time.Duration(slowest.Load()).Round(time.Millisecond))
	if answers.Load() < 100 {
		t.Fatalf("only %d answers", answers.Load())
	}

	var left bool
	if err := w.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, postgres.RebuildSchema).Scan(&left); err != nil || left {
		t.Fatalf("schema %s left behind: %t %v", postgres.RebuildSchema, left, err)
	}
	got, err := postgres.DumpProjection(ctx, w.Pool)
	if err != nil {
		t.Fatal(err)
	}
	fresh := pgtest.NewPool(t)
	if _, err := indexer.New(h.Client, postgres.NewProjection(fresh), indexer.Config{Contract: h.C.Address, DeployBlock: h.DeployBlock()}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	wantDump, err := postgres.DumpProjection(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	if got != wantDump {
		t.Fatalf("the projection differs from a fresh reindex:\n got %.3000s\nwant %.3000s", got, wantDump)
	}
}

// waitForLock reports whether a session comes to wait for a lock on table within 5 s.
func waitForLock(t *testing.T, pool *pgxpool.Pool, table string) bool {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		var waiting bool
		if err := pool.QueryRow(context.Background(),
			`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE relation = $1::text::regclass AND NOT granted)`, table).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting {
			return true
		}
	}
	return false
}
