package indexer_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
	"github.com/pedigree-rx/pedigree/migrations"
)

const gtin = 9506000134352

// story drives the contract through every kind of event, with lots tagged so that stories
// told on two branches of a fork can be told apart.
func story(h *chaintest.Harness, tag string) {
	h.TB.Helper()
	b := h.Register(gtin, tag+"-A", 64)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, b.ID, 32))
	tail := chain.SplitTokenID(b.ID, 32)
	h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, tail, h.Distributor2.Addr))
	h.Ok(h.C.CancelShipment(h.Ctx, h.Manufacturer.S, tail))
	h.HandOff(tail, h.Manufacturer, h.Distributor)
	h.Ok(h.C.Split(h.Ctx, h.Distributor.S, tail, 48))
	caseToken := chain.SplitTokenID(b.ID, 48)
	h.HandOff(caseToken, h.Distributor, h.Dispenser)
	h.Ok(h.C.SetPackStates(h.Ctx, h.Dispenser.S, caseToken, pedigree.PackSupplied, b.Multi(h.TB, 48, 49, 50, 51)))
	hash, proof := b.Proof(h.TB, 52)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 52, hash, pedigree.PackStolen, proof))
	h.Ok(h.C.UndoPackStates(h.Ctx, h.Dispenser.S, caseToken, []uint64{49}))
	h.Ok(h.C.SuspendParticipant(h.Ctx, h.Regulator.S, h.Dispenser2.Addr))
	h.Ok(h.C.ReinstateParticipant(h.Ctx, h.Regulator.S, h.Dispenser2.Addr))
	// A recalled batch's stock comes back: packs [4, 8), at the pharmacy at the recall, lose
	// pack 5 to destruction and return to the manufacturer, which splits what it holds.
	r := h.Register(gtin, tag+"-R", 8)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, r.ID, 4))
	back := chain.SplitTokenID(r.ID, 4)
	h.HandOff(back, h.Manufacturer, h.Dispenser)
	h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, r.ID, 2))
	hash, proof = r.Proof(h.TB, 5)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, back, 5, hash, pedigree.PackDestroyed, proof))
	h.HandOff(back, h.Dispenser, h.Manufacturer)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, r.ID, 2))
	// A prefix and a single GTIN go to the second manufacturer, or back when it holds them.
	to := h.Manufacturer2
	if owner, err := h.C.PrefixOwner(h.Ctx, "7012345"); err != nil || owner == h.Manufacturer2.Addr {
		to = h.Manufacturer
	}
	h.Ok(h.C.AssignPrefix(h.Ctx, h.Regulator.S, "7012345", to.Addr))
	h.Ok(h.C.AssignGTIN(h.Ctx, h.Regulator.S, singleGTIN, to.Addr))
}

// singleGTIN is a GTIN under the manufacturer's prefix that the story assigns on its own.
const singleGTIN = 9506000999999

func newIndexer(h *chaintest.Harness, pool *pgxpool.Pool, maxRange uint64) *indexer.Indexer {
	return indexer.New(h.Client, postgres.NewProjection(pool), indexer.Config{
		Contract: h.C.Address, DeployBlock: h.DeployBlock(), MaxRange: maxRange, PollInterval: 20 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(testWriter{h.TB}, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
}

func sync_(t testing.TB, ix *indexer.Indexer) pedigree.BlockRef {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cur, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return cur
}

func dump(t testing.TB, pool *pgxpool.Pool) string {
	t.Helper()
	d, err := postgres.DumpProjection(context.Background(), pool)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// reindexed returns the dump of the projection built from scratch in a fresh database.
func reindexed(t testing.TB, h *chaintest.Harness) string {
	t.Helper()
	pool := pgtest.NewPool(t)
	sync_(t, newIndexer(h, pool, 5000))
	return dump(t, pool)
}

func sameDump(t testing.TB, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("projections differ at line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
}

func query[T any](t testing.TB, pool *pgxpool.Pool, sql string, args ...any) T {
	t.Helper()
	var v T
	if err := pool.QueryRow(context.Background(), sql, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return v
}

func TestIndexStory(t *testing.T) {
	h := chaintest.New(t)
	story(h, "S")
	pool := pgtest.NewPool(t)
	cur := sync_(t, newIndexer(h, pool, 7)) // small ranges: a range boundary falls between related events
	if head := h.Head(); cur.Number != head.Number.Uint64() || cur.Hash != pedigree.Hash(head.Hash()) {
		t.Fatalf("cursor %d, head %d", cur.Number, head.Number)
	}

	batch := pedigree.TokenIDFromBig(chain.BatchID(gtin, "S-A"))
	tree, err := merkle.New(chaintest.Serials("S-A-", 64))
	if err != nil {
		t.Fatal(err)
	}
	m, m2 := fmt.Sprintf("%x", h.Manufacturer.Addr[:]), fmt.Sprintf("%x", h.Manufacturer2.Addr[:])
	caseToken := pedigree.TokenIDFromBig(chain.SplitTokenID(chain.BatchID(gtin, "S-A"), 48))
	for _, tc := range []struct {
		name, sql string
		args      []any
		want      string
	}{
		{"Participants", `SELECT count(*)::text FROM participants WHERE superseded_at IS NULL`, nil, "8"},
		{"ReinstatedIsActive", `SELECT suspended::text FROM participants WHERE superseded_at IS NULL AND account = $1`, []any{h.Dispenser2.Addr[:]}, "false"},
		{"SuspendedStays", `SELECT suspended::text FROM participants WHERE superseded_at IS NULL AND account = $1`, []any{h.Suspended.Addr[:]}, "true"},
		{"ParticipantVersions", `SELECT count(*)::text FROM participants WHERE account = $1`, []any{h.Dispenser2.Addr[:]}, "3"},
		{"Batch", `SELECT gtin || ' ' || lot || ' ' || quantity || ' ' || status FROM batches WHERE superseded_at IS NULL AND batch_id = $1`, []any{batch[:]}, "09506000134352 S-A 64 active"},
		{"Roots", `SELECT encode(serials_root, 'hex') || ' ' || encode(index_root, 'hex') || ' ' || encode(sorted_root, 'hex') FROM batches WHERE superseded_at IS NULL AND batch_id = $1`, []any{batch[:]},
			fmt.Sprintf("%x %x %x", tree.Root(), tree.IndexRoot(), tree.SortedRoot())},
		{"Assignments", `SELECT string_agg(code || ':' || encode(manufacturer, 'hex'), ',' ORDER BY code) FROM gtin_assignments WHERE superseded_at IS NULL`, nil,
			"09506000999999:" + m2 + ",4012345:" + m2 + ",7012345:" + m2 + ",9506000:" + m},
		{"Recalled", `SELECT status || ' ' || recall_reason FROM batches WHERE superseded_at IS NULL AND lot = 'S-R'`, nil, "recalled 2"},
		{"RecallRow", `SELECT count(*)::text FROM recalls`, nil, "1"},
		{"RecalledTokens", `SELECT string_agg(t.range_start || '-' || t.range_end || ':' || encode(t.holder, 'hex'), ',' ORDER BY t.range_start) FROM tokens t JOIN batches b ON b.batch_id = t.batch_id AND b.superseded_at IS NULL WHERE t.superseded_at IS NULL AND b.lot = 'S-R'`, nil,
			fmt.Sprintf("0-2:%s,2-4:%s,4-8:%s", m, m, m)},
		{"RecalledDestroyed", `SELECT string_agg(p.pack_index || ':' || p.state, ',') FROM pack_states p JOIN batches b ON b.batch_id = p.batch_id AND b.superseded_at IS NULL WHERE p.superseded_at IS NULL AND b.lot = 'S-R'`, nil, "5:destroyed"},
		{"RecalledCustody", `SELECT string_agg(kind || ':' || range_start || '-' || range_end, ',' ORDER BY c.block_number, c.log_index) FROM custody_events c JOIN batches b ON b.batch_id = c.batch_id AND b.superseded_at IS NULL WHERE b.lot = 'S-R'`, nil,
			"registered:0-8,split:4-8,shipped:4-8,accepted:4-8,shipped:4-8,accepted:4-8,split:2-4"},
		{"Tokens", `SELECT string_agg(range_start || '-' || range_end, ',' ORDER BY range_start) FROM tokens WHERE superseded_at IS NULL AND batch_id = $1`, []any{batch[:]}, "0-32,32-48,48-64"},
		{"CaseHolder", `SELECT encode(holder, 'hex') FROM tokens WHERE superseded_at IS NULL AND token_id = $1`, []any{caseToken[:]}, fmt.Sprintf("%x", h.Dispenser.Addr[:])},
		{"NothingPending", `SELECT count(*)::text FROM tokens WHERE superseded_at IS NULL AND pending_to IS NOT NULL`, nil, "0"},
		{"PackStates", `SELECT string_agg(pack_index || ':' || state, ',' ORDER BY pack_index) FROM pack_states WHERE superseded_at IS NULL AND batch_id = $1`, []any{batch[:]}, "48:supplied,49:active,50:supplied,51:supplied,52:stolen"},
		{"PackDay", `SELECT (day = current_date)::text FROM pack_states WHERE superseded_at IS NULL AND pack_index = 48`, nil, "true"},
		{"Custody", `SELECT string_agg(kind || ':' || range_start || '-' || range_end, ',' ORDER BY block_number, log_index) FROM custody_events WHERE batch_id = $1`, []any{batch[:]},
			"registered:0-64,split:32-64,shipped:32-64,cancelled:32-64,shipped:32-64,accepted:32-64,split:48-64,shipped:48-64,accepted:48-64"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := query[string](t, pool, tc.sql, tc.args...); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}

	t.Run("SyncAgainChangesNothing", func(t *testing.T) {
		before := dump(t, pool)
		sync_(t, newIndexer(h, pool, 7))
		sameDump(t, dump(t, pool), before)
	})
	t.Run("ReindexEqualsLive", func(t *testing.T) {
		live := dump(t, pool)
		if err := postgres.NewProjection(pool).Reset(context.Background()); err != nil {
			t.Fatal(err)
		}
		sync_(t, newIndexer(h, pool, 5000))
		sameDump(t, dump(t, pool), live)
	})
	t.Run("ErrOtherContract", func(t *testing.T) {
		other := indexer.New(h.Client, postgres.NewProjection(pool), indexer.Config{Contract: h.Manufacturer.Addr, DeployBlock: 1})
		_, err := other.Sync(context.Background())
		if pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("got %v, want a conflict", err)
		}
	})
}

func TestReorg(t *testing.T) {
	h := chaintest.New(t)
	pool := pgtest.NewPool(t)
	ix := newIndexer(h, pool, 3)
	story(h, "BASE")
	base := h.Head()
	sync_(t, ix)

	story(h, "OLD") // the branch the chain will drop
	sync_(t, ix)
	if n := query[int](t, pool, `SELECT count(*)::int FROM batches WHERE lot LIKE 'OLD-%' AND superseded_at IS NULL`); n != 2 {
		t.Fatalf("old branch not indexed: %d batches", n)
	}

	t.Run("ShorterBranch", func(t *testing.T) {
		h.Fork(base.Hash())
		sync_(t, ix)
		sameDump(t, dump(t, pool), reindexed(t, h))
		if n := query[int](t, pool, `SELECT count(*)::int FROM custody_events WHERE block_number > $1`, base.Number.Int64()); n != 0 {
			t.Fatalf("%d custody events of the dropped branch remain", n)
		}
	})
	t.Run("LongerBranch", func(t *testing.T) {
		story(h, "NEW")
		story(h, "NEWER")
		sync_(t, ix)
		sameDump(t, dump(t, pool), reindexed(t, h))
		if n := query[int](t, pool, `SELECT count(*)::int FROM batches WHERE lot LIKE 'OLD-%'`); n != 0 {
			t.Fatalf("%d batches of the dropped branch remain", n)
		}
		if n := query[int](t, pool, `SELECT count(*)::int FROM batches WHERE lot LIKE 'NEW%' AND superseded_at IS NULL`); n != 4 {
			t.Fatalf("new branch: %d batches, want 4", n)
		}
	})
	t.Run("ReplacedHead", func(t *testing.T) {
		// The same height on both branches: only the hashes tell them apart.
		parent := h.Head()
		h.Register(gtin, "TIP-1", 1)
		sync_(t, ix)
		h.Fork(parent.Hash())
		h.Register(gtin, "TIP-2", 1)
		sync_(t, ix)
		sameDump(t, dump(t, pool), reindexed(t, h))
	})
}

func TestRestartMidStream(t *testing.T) {
	h := chaintest.New(t)
	for i := range 4 {
		story(h, fmt.Sprint("R", i))
	}
	head := h.Head().Number.Uint64()
	pool := pgtest.NewPool(t)
	projection := postgres.NewProjection(pool)

	// Stop indexers at arbitrary points, mid-transaction included, until one gets to the end.
	for stop := time.Millisecond; ; stop *= 2 {
		ctx, cancel := context.WithTimeout(context.Background(), stop)
		_, _ = newIndexer(h, pool, 2).Sync(ctx)
		cancel()
		st, err := projection.State(context.Background())
		if err == nil && st.Cursor.Number == head {
			break
		}
		if stop > time.Minute {
			t.Fatal("never caught up")
		}
	}
	sameDump(t, dump(t, pool), reindexed(t, h))
}

func TestPostgresRestart(t *testing.T) {
	h := chaintest.New(t)
	cluster := pgtest.NewCluster(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pool, err := postgres.Open(ctx, cluster.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, err := postgres.Migrate(ctx, pool, migrations.FS); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- newIndexer(h, pool, 4).Run(ctx) }()

	story(h, "BEFORE")
	waitForHead(t, h, pool)
	if err := cluster.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	story(h, "AFTER")
	waitForHead(t, h, pool)
	sameDump(t, dump(t, pool), reindexed(t, h))
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}

func TestTwoIndexers(t *testing.T) {
	h := chaintest.New(t)
	pool := pgtest.NewPool(t)
	second, err := pgxpool.New(context.Background(), pool.Config().ConnString())
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, p := range []*pgxpool.Pool{pool, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- newIndexer(h, p, 2).Run(ctx)
		}()
	}
	for i := range 3 {
		story(h, fmt.Sprint("T", i))
	}
	waitForHead(t, h, pool)
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	}
	sameDump(t, dump(t, pool), reindexed(t, h))
}

// waitForHead waits until the projection's cursor is the chain's head.
func waitForHead(t testing.TB, h *chaintest.Harness, pool *pgxpool.Pool) {
	t.Helper()
	head := h.Head()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		st, err := postgres.NewProjection(pool).State(context.Background())
		if err == nil && st.Cursor.Number == head.Number.Uint64() && st.Cursor.Hash == pedigree.Hash(head.Hash()) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the projection did not reach block %d within a minute", head.Number)
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestCursorPastConfirmations starts an indexer with confirmations on a projection another
// indexed without (a reindex swapped in, say): it waits for the chain to confirm the cursor's
// block, then goes on, and the projection equals a reindex.
func TestCursorPastConfirmations(t *testing.T) {
	h := chaintest.New(t)
	pool := pgtest.NewPool(t)
	story(h, "C")
	head := sync_(t, newIndexer(h, pool, 2000))
	ix := indexer.New(h.Client, postgres.NewProjection(pool), indexer.Config{
		Contract: h.C.Address, DeployBlock: h.DeployBlock(), Confirmations: 3,
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := ix.Sync(ctx)
	if err != nil || got != head {
		t.Fatalf("Sync with the cursor past the confirmed blocks: %+v %v, want %+v", got, err, head)
	}
	story(h, "D")
	if got, err = ix.Sync(ctx); err != nil || got.Number != h.Head().Number.Uint64()-3 {
		t.Fatalf("Sync after the chain grew: %+v %v, want block %d", got, err, h.Head().Number.Uint64()-3)
	}
	sync_(t, newIndexer(h, pool, 2000))
	sameDump(t, dump(t, pool), reindexed(t, h))
}
