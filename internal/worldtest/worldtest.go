// Package worldtest builds, for tests, a world to verify packs in: a simulated chain with
// pedigree's contract and a story (a batch split, handed on to a pharmacy, one pack dispensed;
// a second batch recalled), the projection indexed into a fresh database, the serial lists
// stored, and organisations with API tokens.
package worldtest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/httpapi"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// GTIN is the GTIN of the world's batches (09506000134352).
const GTIN = 9506000134352

// World is a chain with a story, its projection, and the organisations of the cast.
type World struct {
	H        *chaintest.Harness
	Pool     *pgxpool.Pool
	Batch    chaintest.Batch // lot VERIFY, 64 packs: [48, 64) at the dispenser, pack 50 supplied
	Recalled chaintest.Batch // lot RECALLED, 4 packs, recalled for reason 5

	Regulator, Manufacturer, Distributor, Dispenser, Dispenser2 pedigree.Organisation
	// Now is the time of the chain's head when the world was built.
	Now time.Time
}

// New builds the world.
func New(t testing.TB) *World {
	t.Helper()
	ctx := context.Background()
	w := &World{H: chaintest.New(t), Pool: pgtest.NewPool(t)}
	h := w.H
	orgs := postgres.NewOrganisations(w.Pool)
	org := func(name string, role pedigree.Role, gln string, a chaintest.Account) pedigree.Organisation {
		o, err := orgs.Create(ctx, pedigree.Organisation{Name: name, GLN: gln, Role: role, Account: pedigree.Address(a.Addr)})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	w.Regulator = org("Medicines Agency", pedigree.RoleRegulator, "4012345000009", h.Regulator)
	w.Manufacturer = org("Acme Pharma", pedigree.RoleManufacturer, "4012345000016", h.Manufacturer)
	w.Distributor = org("Wholesale One", pedigree.RoleDistributor, "4012345000030", h.Distributor)
	w.Dispenser = org("Corner Pharmacy", pedigree.RoleDispenser, "4012345000054", h.Dispenser)
	w.Dispenser2 = org("Other Pharmacy", pedigree.RoleDispenser, "4012345000061", h.Dispenser2)

	// A batch of 64: packs [32, 64) go to the distributor, [48, 64) on to the pharmacy, which
	// dispenses pack 50. A second batch is recalled.
	w.Batch = h.Register(GTIN, "VERIFY", 64)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, w.Batch.ID, 32))
	tail := chain.SplitTokenID(w.Batch.ID, 32)
	h.HandOff(tail, h.Manufacturer, h.Distributor)
	h.Ok(h.C.Split(h.Ctx, h.Distributor.S, tail, 48))
	caseToken := chain.SplitTokenID(w.Batch.ID, 48)
	h.HandOff(caseToken, h.Distributor, h.Dispenser)
	hash, proof := w.Batch.Proof(t, 50)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 50, hash, pedigree.PackSupplied, proof))
	w.Recalled = h.Register(GTIN, "RECALLED", 4)
	h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, w.Recalled.ID, 5))

	batches := postgres.NewBatches(w.Pool)
	for _, b := range []chaintest.Batch{w.Batch, w.Recalled} {
		lot := b.Serials[0][:len(b.Serials[0])-9]
		err := batches.Create(ctx, pedigree.BatchDetails{
			ID: pedigree.TokenIDFromBig(b.ID), GTIN: "09506000134352", Lot: lot, Quantity: len(b.Serials),
			Product:     map[string]any{"name": "Demoprofen", "strength": "200 mg", "form": "tablet"},
			SerialsRoot: pedigree.Hash(b.Tree.Root()), OrganisationID: w.Manufacturer.ID, Status: "confirmed",
		}, b.Serials)
		if err != nil {
			t.Fatal(err)
		}
	}
	ix := indexer.New(h.Client, postgres.NewProjection(w.Pool), indexer.Config{Contract: h.C.Address, DeployBlock: h.DeployBlock()})
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	w.Now = time.Unix(int64(h.Head().Time), 0).UTC()
	return w
}

// Verify verifies code at time at, as scanner (nil: anonymous).
func (w *World) Verify(t testing.TB, at time.Time, code pedigree.PackCode, scanner *pedigree.Organisation) pedigree.Verification {
	t.Helper()
	v := postgres.NewVerifier(w.Pool, func() time.Time { return at })
	got, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: code, Scanner: scanner, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// Code returns the code of pack index of the VERIFY batch, expiry included.
func (w *World) Code(index int) pedigree.PackCode {
	expiry := time.Unix(int64(w.H.Today()+365)*86400, 0).UTC()
	return pedigree.PackCode{GTIN: "09506000134352", Lot: "VERIFY", Serial: w.Batch.Serials[index], Expiry: &expiry}
}

// Token returns a new API token of org.
func (w *World) Token(t testing.TB, org pedigree.Organisation) string {
	t.Helper()
	token, err := postgres.NewTokens(w.Pool).Create(context.Background(), org.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// User creates a web user of org and returns its email and password.
func (w *World) User(t testing.TB, org pedigree.Organisation) (email, password string) {
	t.Helper()
	email, password = fmt.Sprintf("user%d@%s.test", org.ID, strings.ToLower(strings.ReplaceAll(org.Name, " ", "-"))), "correct horse battery"
	if _, err := postgres.NewUsers(w.Pool, time.Now).Create(context.Background(), org.ID, email, "A "+org.Role.String(), password); err != nil {
		t.Fatal(err)
	}
	return email, password
}

// Serve serves pedigree's HTTP API over the world, every service wired as `pedigree dev`
// wires them, with an indexer following the chain; log receives the server's log.
func (w *World) Serve(t testing.TB, log *slog.Logger) *httptest.Server {
	t.Helper()
	now := func() time.Time { return w.Now }
	senders := map[pedigree.Address]*chain.Sender{}
	for _, a := range []chaintest.Account{w.H.Regulator, w.H.Manufacturer, w.H.Distributor, w.H.Dispenser, w.H.Dispenser2} {
		senders[pedigree.Address(a.Addr)] = a.S
	}
	batches := postgres.NewBatches(w.Pool)
	var indexed indexer.Watermark
	s, err := httpapi.NewServer(log, httpapi.Deps{
		Verifier:    postgres.NewVerifier(w.Pool, now),
		Tokens:      postgres.NewTokens(w.Pool),
		Alerts:      postgres.NewAlerts(w.Pool),
		Batches:     chain.NewRegistrar(w.H.C, senders, batches, now, log),
		Custody:     chain.NewActions(w.H.C, senders, batches),
		Provenance:  postgres.NewProvenance(w.Pool),
		Packs:       batches,
		Idempotency: postgres.NewIdempotency(w.Pool),
		Users:       postgres.NewUsers(w.Pool, time.Now),
		Directory:   postgres.NewDirectory(w.Pool),
		Indexed:     indexed.Wait,
		Ready:       func(ctx context.Context) error { return w.Pool.Ping(ctx) },
		Now:         now,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(context.Background())
	ix := indexer.New(w.H.Client, postgres.NewProjection(w.Pool), indexer.Config{Contract: w.H.C.Address, DeployBlock: w.H.DeployBlock(), PollInterval: 5 * time.Millisecond, Watermark: &indexed})
	done := make(chan struct{})
	go func() { defer close(done); _ = ix.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return srv
}

// Synced waits until the projection has the chain's head.
func (w *World) Synced(t testing.TB) {
	t.Helper()
	head := w.H.Head()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		st, err := postgres.NewProjection(w.Pool).State(context.Background())
		if err == nil && st.Cursor.Number >= head.Number.Uint64() {
			return
		}
	}
	t.Fatal("the projection did not catch up within 10 s")
}
